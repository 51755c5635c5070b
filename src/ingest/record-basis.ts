/**
 * The mechanisms that make records, each a short stable key an extractor writes on the record it makes (`basis`).
 * Confidence is calibrated per key (confidence-calibration.ts): the share of the records a mechanism drafted on the
 * dev set that were right. A new mechanism gets a key of its own here, so its records are measured apart and do not
 * borrow the reliability of another's. A key no dev record backs with enough records takes a coarser key's confidence
 * (last the kind's own); `npm run calibrate:ingest` lists those keys.
 */

/** The form that made a statement. */
export const STATEMENT_FORMS = [
  /** Prose: a quotation or a clause with a verb of saying and its subject ("X said", "according to X"). */
  'prose',
  /** Speech relayed through a relative or another person ("My father said ..." inside someone's quotation). */
  'relayed',
  /** An issuer's own voice in its release ("The Forum calls on ..."). */
  'issuer',
  /** In a release, another subject's position the issuer reports ("The Secretary-General is alarmed ..."). */
  'issuer-other',
  /** In a release, what the issuer's own people report ("Our colleagues on the ground say ..."). */
  'issuer-source',
  /**
   * (s18) In a release narrated in the third person, a remark whose "He"/"She" the extractor gave to someone else, given
   * to the narrated subject of the sentence before ("The Secretary-General commended .... He said ...").
   */
  'narrated-pronoun',
  /** A labelled turn of a transcript or a record of proceedings ("MR X (Norland): ..."). */
  'turn',
  /** (s18) An answer of an interview printed without labels: the paragraphs after a question paragraph. */
  'question-turn',
  /** (s36) A quotation with no verb, after a sentence whose subject is a person doing something ("Mr Roe paused."). */
  'action-beat',
] as const;
export type StatementForm = (typeof STATEMENT_FORMS)[number];

/** What gave a figure its meaning. */
export const FIGURE_BASES = [
  /** What happened to the people counted ("45 medics have died"). */
  'happened',
  /** The counted noun's own metric ("12 hospitals", "300 airstrikes"). */
  'counted-metric',
  /** A count of things the sentence gives a meaning to. */
  'thing',
  /** A meaning carried from another count of the sentence. */
  'inherited',
  /** People with nothing said to have happened to them ("a population of 1.5 million"). */
  'people-only',
  /** A number with no noun that counts again the count before it ("up from some 8,000"). */
  'counted-again',
  /**
   * (s64) A qualified number or a range in thousands with no noun and no count before it to count again ("put the
   * civilian toll at more than 450", "a lower one of about 9,500", "estimates ranged from 20,000 to 40,000").
   */
  'qualified-alone',
  /** (s64) A percentage of a whole no metric reads ("nearly 60 percent of the newly damaged structures"). */
  'unnamed-share',
] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

/** How a vote was read (the draft adds what it claims: a tally, a veto, or neither). */
export const VOTE_BASES = [
  /** A vote its sentence reports. */
  'sentence',
  /** One of the days a sentence lists ("voted on Monday and again on Wednesday"). */
  'listed-day',
  /** A vote its sentence reports with no day, dated by an earlier sentence that dates the body's vote (the lead). */
  'lead-day',
  /** A vote still to come whose day the text does not give ("could be put to a vote in the coming days"). */
  'pending-undated',
] as const;
export type VoteBasis = (typeof VOTE_BASES)[number];

/** How a happening's day was found (the draft adds its type, the trigger's class). */
export const EVENT_BASES = [
  /**
   * The sitting a record of proceedings is the record of, on its header's day; (s31) also the meeting or hearing a
   * document's heading names, on the heading's day.
   */
  'sitting',
  /** A vote's own day. */
  'vote',
  /** A date in the trigger's sentence. */
  'date-in-sentence',
  /** A further date of the sentence ("met on Monday and again on Wednesday"). */
  'date-again',
  /** A day counted from a clause ("a day after seizing X"). */
  'counted-from-clause',
  /** A happening of the sentence named again ("the talks"). */
  'named-again',
  /** An appeal that is itself a remark: the remark's day. */
  'appeal-remark',
  /** The setting of a remark ("told a news conference"): the remark's day. */
  'remark-setting',
  /** Reported as under way: the article's day. */
  'under-way',
  /** A bombardment that resumed, with no day of its own: the last day its paragraph gave before it (s20). */
  'resumed-after-day',
] as const;
export type EventBasis = (typeof EVENT_BASES)[number];
