/**
 * One table of settings (src/config.ts): README's configuration table and .env.example must list exactly those
 * settings, with the same defaults, and README with the same help text (as Datasette's test_settings_are_documented).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, SETTINGS } from '../../src/config.js';
import { PROJECT_ROOT } from '../../src/paths.js';

const settings = Object.entries(SETTINGS).map(([name, s]) => ({ name, default: s.default, help: s.help }));

describe('settings are documented', () => {
  it("README's configuration table lists every setting, in order, with its default and its help text", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
    const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| `([^`]*)` \| (.+) \|$/gm)].map((m) => ({
      name: m[1],
      default: m[2],
      help: m[3],
    }));
    expect(rows).toEqual(settings);
  });

  it('.env.example sets every setting, and only those, to its default', () => {
    const example = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8');
    const lines = [...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => ({ name: m[1], default: m[2] }));
    expect(lines).toEqual(settings.map(({ name, default: value }) => ({ name, default: value })));
  });

  it('each documented default is what the server gets when the variable is unset', () => {
    const fromDefaults = loadConfig({});
    const fromDocs = loadConfig(Object.fromEntries(settings.map((s) => [s.name, s.default])));
    expect(fromDocs).toEqual(fromDefaults);
  });
});
