/**
 * The learned speaker chooser (speaker-model.ts) on invented text: the features it reads of a (statement, candidate)
 * pair, the doubt it casts on the rules' pick, the stored weights' loader, and the stored model on a plain paragraph.
 * Every sentence here is written for the test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { readLogisticModel } from '../../src/ingest/logistic-model.js';
import {
  candidateNames,
  doubtSpeakers,
  scoreCandidates,
  speakerCandidates,
  speakerModel,
  statementPairs,
} from '../../src/ingest/speaker-model.js';
import { testGazetteer } from './test-gazetteer.js';

function extracted(text: string) {
  const x = extractArticle({ text, publishedOn: '2030-03-04', gazetteer: testGazetteer });
  return { ...x, context: speakerCandidates(x.analysis, x.resolver, x.statements) };
}

/** The features of each candidate (by its first name) for the statement holding `words`. */
function featuresOf(text: string, words: string): Record<string, Record<string, number>> {
  const x = extracted(text);
  const at = text.indexOf(words);
  const found = statementPairs(x.context, x.statements).find(({ statement }) =>
    statement.evidence.some((e) => e.start <= at && at < e.end),
  );
  if (!found) throw new Error(`no statement holds "${words}"`);
  return Object.fromEntries(found.pairs.map((p) => [candidateNames(testGazetteer, p.candidate)[0], p.features]));
}

const lead = 'Snow closed the mountain pass for a week.\n\n';

describe('speaker model features', () => {
  it('reads the subject before the verb, past an aside or an auxiliary', () => {
    for (const text of [
      'Maria Lindqvist said the road was closed.',
      "Maria Lindqvist, the convoy's driver, said the road was closed.",
      'Maria Lindqvist has said the road was closed.',
    ])
      expect(featuresOf(lead + text, 'the road')['Maria Lindqvist']?.subjectBefore).toBe(1);
    // A name inside the clause before another subject's verb is not its subject.
    const near = featuresOf(`${lead}Maria Lindqvist built the road, and Omar Haddad said it was closed.`, 'it was closed');
    expect(near['Maria Lindqvist']?.subjectBefore).toBeUndefined();
    expect(near['Omar Haddad']?.subjectBefore).toBe(1);
  });

  it('reads the speaker after the verb: "said X", "according to X"', () => {
    expect(featuresOf(`${lead}"The road is closed," said Maria Lindqvist.`, 'The road')['Maria Lindqvist']?.subjectAfter).toBe(1);
    expect(featuresOf(`${lead}"The road is closed," said Maria Lindqvist, the driver.`, 'The road')['Maria Lindqvist']?.subjectAfter).toBe(
      1,
    );
    expect(featuresOf(`${lead}The road is closed, according to Maria Lindqvist.`, 'The road')['Maria Lindqvist']?.accordingTo).toBe(1);
    // The one told is after the verb too, but no speaker.
    const near = featuresOf(`${lead}"The road is closed," Omar Haddad told Maria Lindqvist.`, 'The road');
    expect(near['Maria Lindqvist']?.subjectAfter).toBeUndefined();
    expect(near['Maria Lindqvist']?.listener).toBe(1);
  });

  it('reads the listener: the one told or spoken to', () => {
    for (const text of [
      'Omar Haddad told Maria Lindqvist that the road was closed.',
      'Speaking to Maria Lindqvist, Omar Haddad said the road was closed.',
      'In a call with Maria Lindqvist, Omar Haddad said the road was closed.',
    ])
      expect(featuresOf(lead + text, 'the road')['Maria Lindqvist']?.listener).toBe(1);
    expect(
      featuresOf(`${lead}Maria Lindqvist told Omar Haddad that the road was closed.`, 'the road')['Maria Lindqvist']?.listener,
    ).toBeUndefined();
  });

  it('reads the nearest person named before "he" or "she"', () => {
    for (const text of [
      'Maria Lindqvist drove the first truck. She said the road was closed.',
      'Maria Lindqvist drove the first truck.\n\nShe said the road was closed.',
      'Maria Lindqvist waited at the checkpoint all night. Later she said the road was closed.',
    ])
      expect(featuresOf(lead + text, 'the road')['Maria Lindqvist']?.['pronoun:nearestPerson']).toBe(1);
    // Another person named after her is nearer the pronoun.
    const near = featuresOf(`${lead}Maria Lindqvist drove behind Omar Haddad. He said the road was closed.`, 'the road');
    expect(near['Maria Lindqvist']?.['pronoun:nearestPerson']).toBeUndefined();
    expect(near['Omar Haddad']?.['pronoun:nearestPerson']).toBe(1);
  });

  it('bins where the candidate is named: the sentence, the paragraph, the paragraphs before', () => {
    const text = `${lead}Maria Lindqvist drove the truck.\n\nThe pass stayed shut. Omar Haddad waited. Peter Okafor said the road was closed.`;
    const f = featuresOf(text, 'the road');
    expect(f['Peter Okafor']?.['where:sentence']).toBe(1);
    expect(f['Omar Haddad']?.['where:paragraph']).toBe(1);
    expect(f['Maria Lindqvist']?.['where:back1']).toBe(1);
  });
});

describe('speaker doubt', () => {
  const text = `${lead}Omar Haddad told Maria Lindqvist that the road was closed.`;

  it('doubts the rules where the model would much rather have another candidate', () => {
    const x = extracted(text);
    doubtSpeakers(x.analysis, x.resolver, x.statements, { bias: -3, weights: { listener: 6 } });
    expect(x.statements.map((s) => s.speakerDoubted)).toEqual([true]);
  });

  it('does not doubt where the model agrees, or prefers another only a little', () => {
    const agree = extracted(text);
    doubtSpeakers(agree.analysis, agree.resolver, agree.statements, { bias: -3, weights: { subjectBefore: 6 } });
    expect(agree.statements.map((s) => s.speakerDoubted ?? false)).toEqual([false]);
    const little = extracted(text);
    doubtSpeakers(little.analysis, little.resolver, little.statements, { bias: 0, weights: { listener: 0.5 } });
    expect(little.statements.map((s) => s.speakerDoubted ?? false)).toEqual([false]);
  });
});

describe('stored speaker model', () => {
  it('refuses a malformed weights file, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speaker-model-'));
    const wrongField = join(dir, 'wrong-field.json');
    writeFileSync(wrongField, JSON.stringify({ bias: 0, weights: { listener: 'high' } }));
    expect(() => readLogisticModel(wrongField)).toThrow(new RegExp(`${wrongField}: weights\\.listener`));
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{ bias: ');
    expect(() => readLogisticModel(notJson)).toThrow(new RegExp(notJson));
  });

  it('picks the person who speaks on a plain paragraph, and leaves the rules undoubted there', () => {
    const x = extracted(
      `${lead}Omar Haddad met the drivers at the border post on Monday with Ms. Lindqvist. "The road is closed," he said.`,
    );
    const [first] = statementPairs(x.context, x.statements);
    const best = scoreCandidates(first?.pairs ?? [], speakerModel())[0];
    expect(best && candidateNames(testGazetteer, best.candidate)[0]).toBe('Omar Haddad');
    expect(x.statements.map((s) => s.speakerDoubted ?? false)).toEqual([false]);
  });
});
