/**
 * A draft annotation file for one article, in the curated format: every statement and figure the extractors found,
 * marked `method: extracted` with a confidence, each checked the way the seed will check it.
 *
 * Speakers the gazetteer does not know: the statement is NOT recorded (attributing it to the nearest known actor
 * would put words in the wrong mouth, and an unknown id would stop the seed). It is held back, written into the
 * draft as a YAML comment ready to uncomment, and the speaker is proposed in seed/proposed-actors/<source>.yaml.
 * Once the curator adds the actor (or an alias to an existing one), the comment becomes a record.
 */
import type { EvidenceQuote, When } from '../seed/annotation-schema.js';
import type { ArticleInput } from './article-analysis.js';
import { evidenceQuote } from './evidence-quotes.js';
import { type ArticleExtraction, extractArticle } from './extract-article.js';
import type { ExtractedFigure, UnrecordedNumber } from './figure-extractor.js';
import { keywords, RecordIds } from './record-ids.js';
import { foldRepeatedStatements } from './repeated-statements.js';
import type { ProposedActor } from './speaker-resolution.js';
import type { ExtractedStatement, StatementKind } from './statement-extractor.js';
import { figureProblem, statementProblem } from './validate-draft.js';

export interface StatementDraft {
  id: string;
  speaker: string;
  speaker_role?: string;
  kind: StatementKind;
  said: When;
  place?: string;
  evidence: EvidenceQuote[];
  method: 'extracted';
  confidence: number;
  note?: string;
}

export interface FigureDraft {
  id: string;
  metric: ExtractedFigure['metric'];
  category: ExtractedFigure['category'];
  raw_text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: ExtractedFigure['qualifier'];
  unit: string;
  subject: string;
  location?: string;
  as_of: When;
  claimed_by?: string;
  evidence: EvidenceQuote[];
  method: 'extracted';
  confidence: number;
  note?: string;
}

export interface HeldBack {
  record: StatementDraft | FigureDraft;
  reason: string;
}

export interface Draft {
  source: string;
  statements: { record: StatementDraft; extracted: ExtractedStatement }[];
  figures: { record: FigureDraft; extracted: ExtractedFigure }[];
  /** Records that would not load: speakers still to be added to actors.yaml, or a failed check. */
  heldBack: HeldBack[];
  /** The same speech printed again (a caption, a standfirst): recorded once. */
  repeats: { keptId: string; passage: string }[];
  proposals: ProposedActor[];
  mentions: { actors: [string, number][]; locations: [string, number][] };
  unrecorded: UnrecordedNumber[];
  extraction: ArticleExtraction;
}

export interface DraftInput extends ArticleInput {
  sourceId: string;
  /** Ids already used by other annotation files: drafted ids must not collide with them. */
  takenIds?: Iterable<string>;
}

const countBy = (ids: string[]): [string, number][] => {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

export function extractDraft(input: DraftInput): Draft {
  const extraction = extractArticle(input);
  const { text } = extraction.analysis;
  const ids = new RecordIds(input.takenIds ?? []);
  const draft: Draft = {
    source: input.sourceId,
    statements: [],
    figures: [],
    heldBack: [],
    repeats: [],
    proposals: extraction.proposals,
    mentions: {
      actors: countBy(extraction.analysis.actorMentions.map((m) => m.id)),
      locations: countBy(extraction.analysis.locationMentions.map((m) => m.id)),
    },
    unrecorded: extraction.unrecorded,
    extraction,
  };

  const { kept, repeats } = foldRepeatedStatements(text, extraction.statements);
  const idOf = new Map<ExtractedStatement, string>();
  for (const statement of kept) {
    const speaker = statement.speaker.status === 'actor' ? statement.speaker.id : statement.speaker.proposal.id;
    const firstPassage = statement.evidence.map((e) => text.slice(e.start, e.end)).join(' ');
    const record: StatementDraft = {
      id: ids.claim(speaker, statement.said.date ?? 'undated', keywords(firstPassage)),
      speaker,
      ...(statement.speakerRole ? { speaker_role: statement.speakerRole } : {}),
      kind: statement.kind,
      said: statement.said,
      ...(statement.place ? { place: statement.place } : {}),
      evidence: statement.evidence.map((span) => evidenceQuote(text, span)),
      method: 'extracted',
      confidence: statement.confidence,
    };
    idOf.set(statement, record.id);
    if (statement.speaker.status === 'proposed') {
      draft.heldBack.push({
        record,
        reason: `speaker "${statement.speaker.proposal.name}" is not in actors.yaml (proposed as ${speaker})`,
      });
      continue;
    }
    const problem = statementProblem(text, input.gazetteer, record);
    if (problem) draft.heldBack.push({ record, reason: problem });
    else draft.statements.push({ record, extracted: statement });
  }
  for (const { kept: original, repeat } of repeats) {
    draft.repeats.push({ keptId: idOf.get(original) ?? '?', passage: repeat.evidence.map((e) => text.slice(e.start, e.end)).join(' … ') });
  }

  for (const figure of extraction.figures) {
    const claimedBy = figure.claimedBy?.status === 'actor' ? figure.claimedBy.id : undefined;
    const record: FigureDraft = {
      id: ids.claim(figure.asOf.date ?? 'undated', figure.metric, figure.raw, figure.unit),
      metric: figure.metric,
      category: figure.category,
      raw_text: figure.raw,
      value: figure.value,
      low: figure.low,
      high: figure.high,
      qualifier: figure.qualifier,
      unit: figure.unit,
      subject: figure.subject,
      ...(figure.location ? { location: figure.location } : {}),
      as_of: figure.asOf,
      ...(claimedBy ? { claimed_by: claimedBy } : {}),
      evidence: figure.evidence.map((span) => evidenceQuote(text, span)),
      method: 'extracted',
      confidence: figure.confidence,
      ...(figure.claimedBy?.status === 'proposed'
        ? { note: `claimed by ${figure.claimedBy.proposal.name}, proposed as actor ${figure.claimedBy.proposal.id}` }
        : {}),
    };
    const problem = figureProblem(text, input.gazetteer, record);
    if (problem) draft.heldBack.push({ record, reason: problem });
    else draft.figures.push({ record, extracted: figure });
  }
  return draft;
}
