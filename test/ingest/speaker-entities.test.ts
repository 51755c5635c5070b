/**
 * The people and bodies an article speaks of, as one model per article: where a speaker is (not whom they speak for),
 * titles and descriptions that name nobody, names given in an aside, what its pronouns have already said of a
 * person's sex, and the asides that describe a speaker. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { testGazetteer } from './test-gazetteer.js';

function speakers(text: string) {
  const { statements } = extractArticle({ text, publishedOn: '2016-12-14', gazetteer: testGazetteer });
  return statements.map((s) =>
    s.speaker.status === 'actor' ? s.speaker.id : s.speaker.status === 'proposed' ? `${s.speaker.proposal.kind}:${s.speaker.proposal.name}` : '?',
  );
}

describe('a body or state after a preposition of place is where the speaker is', () => {
  it('keeps diplomats at a body a group of their own', () => {
    expect(speakers('Diplomats at the United Nations said the council could vote on Sunday.')).toEqual([
      'group:Diplomats at the United Nations',
    ]);
    expect(speakers('Western diplomats in Russia say the talks are stuck.')).toEqual(['group:Western diplomats in Russia']);
  });

  it('keeps one unnamed official in a state that person, however the remark is reported', () => {
    expect(speakers('A rebel official in Syria said the buses would move at dawn.')).toEqual(['person:rebel official (unnamed)']);
    expect(speakers('Agencies quoted a rebel official in Russia as saying the deal had been brokered by Norland.')).toEqual([
      'person:rebel official (unnamed)',
    ]);
  });

  it('still reads officials of a body, or a spokesman for it, as the body', () => {
    expect(speakers('U.N. officials said the convoy was ready.')).toEqual(['united-nations']);
    expect(speakers('A spokesman in Geneva for the United Nations said the trucks were ready.')).toEqual(['united-nations']);
  });
});

describe('an office, a party or a nationality with no name names nobody new', () => {
  it('gives "The High Commissioner, X, said" and a later "the High Commissioner said" to X', () => {
    const text =
      'The High Commissioner, Kofi Brandt, said this morning that the city was being ground to dust. “We will not stay silent,” the High Commissioner said.';
    expect(speakers(text)).toEqual(['person:Kofi Brandt', 'person:Kofi Brandt']);
  });

  it('does not take "the Vermont Democrat" or "the Nordic Liberal" for a name', () => {
    expect(
      speakers('Sen. Ruth Alder, the Vermont Democrat who chairs the budget committee, said the plan had “failed every test.”'),
    ).toEqual(['person:Ruth Alder']);
    expect(speakers('Karin Vold, the Nordic Liberal who leads the opposition, told reporters the aid was too late.')).toEqual([
      'person:Karin Vold',
    ]);
  });
});

describe('groups named as the article names them', () => {
  it('keeps "Rebel officials" apart from "officials on both sides" named before', () => {
    const text =
      'Officials on both sides said the truce held. Rebel officials said the deal covered every civilian. The officials said buses were ready.';
    expect(speakers(text)).toEqual(['group:Officials on both sides', 'armed_group:Rebel officials', 'armed_group:Rebel officials']);
  });
});

describe('a name given in an aside is the speaker’s', () => {
  it('reads the first name a resident asked to be used, and the "he said" after it', () => {
    const text =
      'Another resident, a pharmacist who asked that only his first name, Karim, be used, said by phone that he had heard gunfire near the buses. “Nobody tells us anything,” he said.';
    expect(speakers(text)).toEqual(['person:Karim', 'person:Karim']);
  });

  it('reads a nom de guerre and a name a nurse uses', () => {
    expect(
      speakers('A commander of the Kestrel Brigade, who goes by the nom de guerre Abu Tarek al-Shami, said fighters had pulled back.'),
    ).toEqual(['person:Abu Tarek al-Shami']);
    expect(speakers('A nurse at the clinic, who uses the name Rania, said the ward had no power.')).toEqual(['person:Rania']);
  });
});

describe('an address after a place is no person', () => {
  it('does not take a county, state or country after "from X," for a name', () => {
    const text =
      'Dr Aoife Mulcahy, an emergency physician from Ennis, Co Clare, who has worked on the border since September, said her team expected 500 patients. “We have 40 beds,” she said.';
    expect(speakers(text)).toEqual(['person:Aoife Mulcahy', 'person:Aoife Mulcahy']);
    expect(speakers('Dana Holt, a student from Toledo, Ohio State, said the vigil would go ahead.')).toEqual(['person:Dana Holt']);
  });

  it('keeps a name after a fronted place phrase', () => {
    expect(speakers('Speaking in Geneva, Jan Egeland said the corridor was closed.')).toEqual(['person:Jan Egeland']);
    expect(speakers('Speaking to reporters in Stockholm, Rami Khoury said the corridor was closed.')).toEqual(['person:Rami Khoury']);
  });
});

describe('pronouns point to the person the article has built up', () => {
  it('does not point into the asides that describe the speaker', () => {
    const text =
      'Dr. Lena Brook, who works with Anton Weiss at the clinic, said the wards were full. “We cannot take more,” she said.';
    expect(speakers(text)).toEqual(['person:Lena Brook', 'person:Lena Brook']);
    const other =
      'Mira Sand, whose colleague Tomas Berg drove the convoy, said the road was mined. “Nobody could pass,” she told reporters.';
    expect(speakers(other)).toEqual(['person:Mira Sand', 'person:Mira Sand']);
  });

  it('remembers the sex an earlier pronoun gave a person', () => {
    const text =
      'Nour Haddadi, a 32-year-old teacher, waited by the buses. “Where will we go?” she said. Karl Mint, a driver, had waited since dawn. “Nobody tells us anything,” he said.';
    expect(speakers(text)).toEqual(['person:Nour Haddadi', 'person:Karl Mint']);
  });

  it('does not give a surname to the wrong one of two people who share it', () => {
    const text =
      'Omar Zaidan, whose cousin Bassam Zaidan is still inside, said he had not slept. “He sends a message every night,” he said.';
    expect(speakers(text)).toEqual(['person:Omar Zaidan', 'person:Omar Zaidan']);
  });

  it('leaves the full stop that ends a sentence out of the name before it', () => {
    const text = 'The last bus of the day left the square with Karl Mint. “Nobody tells us anything,” he said.';
    expect(speakers(text)).toEqual(['person:Karl Mint']);
  });
});
