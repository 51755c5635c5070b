/**
 * Runs the extractors on one article: statements first (figures inside a statement take its date and speaker),
 * then figures, votes and events. Speakers are resolved twice over: the first pass finds the names the gazetteer does not know, so
 * that in the second a pronoun or a surname before the full name can still find them.
 */
import { type ArticleAnalysis, type ArticleInput, analyzeArticle } from './article-analysis.js';
import { type ExtractedEvent, extractEvents } from './event-extractor.js';
import { type ExtractedFigure, extractFigures, type UnrecordedNumber } from './figure-extractor.js';
import { isOrganisationName } from './issuer-voice.js';
import { outletState } from './proper-names.js';
import { doubtSpeakers } from './speaker-model.js';
import { type ProposedActor, SpeakerResolver } from './speaker-resolution.js';
import { type ExtractedStatement, extractStatements } from './statement-extractor.js';
import { type ExtractedVote, extractVotes } from './vote-extractor.js';

export interface ArticleExtraction {
  analysis: ArticleAnalysis;
  statements: ExtractedStatement[];
  figures: ExtractedFigure[];
  votes: ExtractedVote[];
  events: ExtractedEvent[];
  unrecorded: UnrecordedNumber[];
  proposals: ProposedActor[];
  /** The article's speaker resolver, with the mentions it found (the speaker model reads them). */
  resolver: SpeakerResolver;
}

/**
 * (s51) What a news outlet says in its own voice is no statement: a wire's "KNA reports that ...", "KNA recalls that
 * ..." (the Kainji News Agency by its initials) tell the story, as its unattributed sentences do. Only where the
 * publisher is a news outlet (an organisation's release speaks for it: issuer-voice.ts) and the speaker goes by the
 * publisher's name or its initials.
 */
const OWN_VOICE_VERB = /^(?:reports?|reported|recalls?|recalled|learnt|learned|learns|understands|gathered|notes|noted)$/iu;
function withoutOutletsOwnVoice(statements: ExtractedStatement[], publisher: string | null): ExtractedStatement[] {
  if (!publisher || isOrganisationName(publisher)) return statements;
  const words = publisher.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !/^The$/u.test(w));
  const own = new Set([publisher.toLowerCase(), publisher.replace(/^The\s+/u, '').toLowerCase()]);
  if (words.length >= 2)
    own.add(
      words
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    );
  return statements.filter((s) => {
    // The wire's verbs of telling its own story ("reports", "recalls", "learnt"): an account's posts or a group's own
    // words under its name stay its statements.
    if (!OWN_VOICE_VERB.test(s.verb.text)) return true;
    const names = s.speaker.status === 'proposed' ? [s.speaker.proposal.name, ...s.speaker.proposal.aliases] : [];
    return !names.some((n) => own.has(n.replace(/^the\s+/iu, '').toLowerCase()));
  });
}

export function extractArticle(input: ArticleInput): ArticleExtraction {
  const analysis = analyzeArticle(input);
  const resolver = new SpeakerResolver(
    analysis.text,
    analysis.gazetteer,
    analysis.actorMentions,
    analysis.locationMentions,
    analysis.quotations,
    input.publishedOn,
    outletState(analysis.url, analysis.text),
    analysis.title,
    analysis.publisher,
    analysis.quiz,
  );
  // The votes once: a remark made at one takes its day, and events are told of them too.
  const votes = extractVotes(analysis);
  extractStatements(analysis, resolver, votes);
  const statements = withoutOutletsOwnVoice(extractStatements(analysis, resolver, votes), analysis.publisher);
  doubtSpeakers(analysis, resolver, statements);
  const { figures, unrecorded } = extractFigures(analysis, statements);
  const used = new Set(statements.flatMap((s) => (s.speaker.status === 'proposed' ? [s.speaker.proposal.id] : [])));
  return {
    analysis,
    statements,
    figures,
    votes,
    events: extractEvents(analysis, votes, statements),
    unrecorded,
    resolver,
    // A body named only in a speaker's role (affiliations) is drafted too: the curator meets it with its person.
    proposals: resolver
      .proposals()
      .filter((p) => used.has(p.id) || resolver.proposals().some((q) => used.has(q.id) && q.affiliations?.includes(p.id))),
  };
}
