/**
 * A statement's id names its speaker (`<speaker id>-<date>-<words>`, as the ingest writes it). When a curator fixes
 * the speaker of a drafted statement, the id still names the person first guessed: the seed loads it (an id is
 * never changed by the build) but warns, naming the file, the record and both actors, while it is `extracted`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadCorpus } from '../../src/seed/load-corpus.js';
import { idNamesAnotherSpeaker } from '../../src/seed/record-checks.js';
import { copySeed, type SeedCopy } from '../helpers/seed-copy.js';

const KNOWN = new Map([
  ['vik-ostrand', 'vik-ostrand'],
  ['norland', 'norland'],
  ['norland-foreign-ministry', 'norland-foreign-ministry'],
  ['vik-o', 'vik-ostrand'],
]);
const scope = { actor: (id: string) => KNOWN.get(id) };

describe('idNamesAnotherSpeaker', () => {
  it('names the actor an id starts with when the speaker is someone else', () => {
    expect(idNamesAnotherSpeaker(scope, 'vik-ostrand-2016-12-03-the-corridor-is-open', 'norland')).toBe('vik-ostrand');
    expect(idNamesAnotherSpeaker(scope, 'norland-undated-talks-will-go-on', 'vik-ostrand')).toBe('norland');
    expect(idNamesAnotherSpeaker(scope, 'norland-foreign-ministry-2016-12-09-no-comment', 'norland')).toBe('norland-foreign-ministry');
  });

  it('is null when the id names the speaker, an entry merged into the speaker, or no actor at all', () => {
    expect(idNamesAnotherSpeaker(scope, 'norland-foreign-ministry-2016-12-09-no-comment', 'norland-foreign-ministry')).toBeNull();
    expect(idNamesAnotherSpeaker(scope, 'vik-o-2016-12-03-the-corridor-is-open', 'vik-ostrand')).toBeNull();
    expect(idNamesAnotherSpeaker(scope, 'ostrand-2016-12-03-corridor', 'norland')).toBeNull();
  });
});

let copy: SeedCopy | undefined;
afterEach(() => {
  copy?.remove();
  copy = undefined;
});

const ALARABIYA = 'alarabiya-2016-12-03-aleppo-under-fire.yaml';

function loadWithStatement(record: object): string[] {
  copy = copySeed();
  copy.edit(`annotations/${ALARABIYA}`, (text) => {
    const doc = parse(text) as Record<string, object[]>;
    doc.statements = [...(doc.statements ?? []), record];
    return stringify(doc);
  });
  return loadCorpus({ seedDir: copy.seedDir, migrationsDir: copy.migrationsDir }).warnings;
}

const fixedSpeaker = (method: string) => ({
  id: 'sergei-lavrov-2016-12-02-follow-advice',
  speaker: 'staffan-de-mistura',
  kind: 'direct',
  said: { date: '2016-12-02', precision: 'day', basis: 'relative', note: 'test' },
  evidence: ['We’ll follow his advice.'],
  method,
  confidence: method === 'extracted' ? 0.8 : 1,
});

describe('the seed build, on a drafted statement whose speaker a curator fixed', () => {
  it('warns, naming the file, the record, the actor the id names and the speaker', () => {
    const warnings = loadWithStatement(fixedSpeaker('extracted'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(ALARABIYA);
    expect(warnings[0]).toContain('sergei-lavrov-2016-12-02-follow-advice');
    expect(warnings[0]).toContain('names "sergei-lavrov" but the speaker is "staffan-de-mistura"');
  });

  it('says nothing once the record is curated: its id then stands as it is', () => {
    expect(loadWithStatement(fixedSpeaker('curated'))).toEqual([]);
  });
});
