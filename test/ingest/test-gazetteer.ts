/**
 * A small gazetteer of invented actors and places, so that the extractor tests show the rules work for any names
 * the YAML files hold, not only the seed corpus's.
 */

import { extractArticle } from '../../src/ingest/extract-article.js';
import { Gazetteer } from '../../src/ingest/gazetteer.js';
import { actorEntry, locationEntry } from '../../src/seed/annotation-schema.js';

export const testGazetteer = new Gazetteer(
  [
    {
      id: 'maria-lindqvist',
      name: 'Maria Lindqvist',
      kind: 'person',
      aliases: ['Lindqvist', 'Maria Lindqvist'],
      roles: ['Swedish Foreign Minister'],
    },
    {
      id: 'omar-haddad',
      name: 'Omar Haddad',
      kind: 'person',
      aliases: ['Haddad', 'Omar Haddad', 'the mediator'],
      roles: ['U.N. mediator'],
    },
    {
      id: 'peter-okafor',
      name: 'Peter Okafor',
      kind: 'person',
      aliases: ['Okafor', 'Peter Okafor'],
      roles: ['head of the relief mission'],
    },
    {
      id: 'helene-dubois',
      name: 'Hélène Dubois',
      kind: 'person',
      aliases: ['Dubois', 'Hélène Dubois'],
      roles: ['Norlandic Ambassador'],
    },
    {
      id: 'walid-mouallem',
      name: 'Walid al-Mouallem',
      kind: 'person',
      aliases: ['Walid al-Mouallem', 'Mouallem'],
    },
    { id: 'relief-watch', name: 'Relief Watch', kind: 'organization', aliases: ['Relief Watch'] },
    { id: 'sweden', name: 'Sweden', kind: 'state', country_code: 'SWE', aliases: ['Sweden', 'Swedish'] },
    { id: 'norland', name: 'Norland', kind: 'state', country_code: 'NRL', aliases: ['Norland', 'Norlandic', 'Norlandic government'] },
    { id: 'russia', name: 'Russia', kind: 'state', country_code: 'RUS', aliases: ['Russia', 'Russian'] },
    { id: 'syria', name: 'Syria', kind: 'state', country_code: 'SYR', aliases: ['Syria', 'Syrian government'] },
    { id: 'european-union', name: 'European Union', kind: 'organization', aliases: ['European Union', 'EU'] },
    { id: 'united-nations', name: 'United Nations', kind: 'un_body', aliases: ['United Nations', 'U.N.', 'UN'] },
  ].map((a) => actorEntry.parse(a)),
  [
    { id: 'norland', name: 'Norland', kind: 'country', aliases: ['Norland'] },
    { id: 'port-vell', name: 'Port Vell', kind: 'city', parent_id: 'norland', aliases: ['Port Vell', 'the port city'] },
    { id: 'old-town', name: 'Old Town', kind: 'district', parent_id: 'port-vell', aliases: ['Old Town', 'the old town'] },
    { id: 'stockholm', name: 'Stockholm', kind: 'city', aliases: ['Stockholm'] },
    // A city that holds a venue where a body sits (as New York holds the UN's headquarters in seed/locations.yaml).
    { id: 'lakehaven', name: 'Lakehaven', kind: 'city', aliases: ['Lakehaven'] },
    { id: 'hall-of-nations', name: 'Hall of Nations', kind: 'venue', parent_id: 'lakehaven', aliases: [] },
  ].map((l) => locationEntry.parse(l)),
);

/** Statements of a text as [speaker, kind, evidence...] rows, for compact assertions. */
export function statementsOf(text: string, publishedOn = '2016-12-14', publisher: string | null = null) {
  const { statements } = extractArticle({ text, publishedOn, publisher, gazetteer: testGazetteer });
  return statements.map((s) => ({
    speaker: s.speaker.status === 'actor' ? s.speaker.id : `proposed:${s.speaker.proposal.id}`,
    kind: s.kind,
    evidence: s.evidence.map((e) => text.slice(e.start, e.end)),
    said: s.said.date,
    place: s.place,
    role: s.speakerRole,
  }));
}

export function figuresOf(text: string, publishedOn = '2016-12-14') {
  const { figures } = extractArticle({ text, publishedOn, gazetteer: testGazetteer });
  return figures.map((f) => ({
    raw: f.raw,
    value: f.value,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    unit: f.unit,
    metric: f.metric,
    asOf: f.asOf.date,
  }));
}
