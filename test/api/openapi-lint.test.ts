/**
 * The committed openapi.yaml (equal to the served document: openapi.test.ts) read by the linters client authors
 * use: Redocly with its recommended rules (redocly.yaml) and Spectral with `spectral:oas` (.spectral.yaml). Each
 * must report no error and no warning; the rules turned off are named, with the reason, in those files.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { useTemporaryDirectory } from '../helpers/files.js';

const run = promisify(execFile);
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules', '.bin', name);
const dir = useTemporaryDirectory('lint');

interface Finding {
  rule: string;
  severity: string;
  where: string;
  message: string;
}

async function redocly(): Promise<Finding[]> {
  // Exit code 1 on errors; the JSON report on stdout says what they were either way.
  const { stdout } = await run(bin('redocly'), ['lint', 'openapi.yaml', '--format=json'], { cwd: PROJECT_ROOT }).catch(
    (error: { stdout: string }) => ({ stdout: error.stdout }),
  );
  const report = JSON.parse(stdout) as {
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
  };
  return report.problems.map((p) => ({ rule: p.ruleId, severity: p.severity, where: p.location[0]?.pointer ?? '', message: p.message }));
}

async function spectral(): Promise<Finding[]> {
  const out = join(dir, 'spectral.json');
  await run(bin('spectral'), ['lint', 'openapi.yaml', '--ruleset', '.spectral.yaml', '-f', 'json', '-o', out, '--fail-severity', 'error'], {
    cwd: PROJECT_ROOT,
  }).catch(() => undefined);
  const severities = ['error', 'warning', 'info', 'hint'];
  const results = JSON.parse(readFileSync(out, 'utf8')) as { code: string; severity: number; message: string; path: string[] }[];
  return results.map((r) => ({
    rule: r.code,
    severity: severities[r.severity] ?? String(r.severity),
    where: r.path.join('.'),
    message: r.message,
  }));
}

describe('openapi.yaml under the linters client authors run', () => {
  // Each CLI costs a few seconds, so both run once, side by side.
  const findings = Promise.all([redocly(), spectral()]);

  it('passes `redocly lint` (recommended) with no error and no warning', async () => {
    const [fromRedocly] = await findings;
    expect(fromRedocly.filter((f) => f.severity === 'error' || f.severity === 'warn')).toEqual([]);
  });

  it('passes `spectral lint` (spectral:oas) with no error and no warning', async () => {
    const [, fromSpectral] = await findings;
    expect(fromSpectral.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
  });
});
