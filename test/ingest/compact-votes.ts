/** The votes an article yields, in the compact form the vote tests compare (one home for both vote test files). */
import { extractArticle } from '../../src/ingest/extract-article.js';
import type { Gazetteer } from '../../src/ingest/gazetteer.js';

export const compactVotes = (text: string, publishedOn: string, gazetteer: Gazetteer) =>
  extractArticle({ text, publishedOn, gazetteer }).votes.map((v) => ({
    body: v.body,
    date: v.voted.date,
    outcome: v.outcome,
    tally: [v.tally.yes, v.tally.no, v.tally.abstain],
    vetoes: v.positions.filter((p) => p.veto).map((p) => p.member),
    positions: Object.fromEntries(v.positions.map((p) => [p.member, p.position])),
  }));
