/**
 * Events: dated happenings an article reports in its own voice (meetings, talks, votes and vetoes, shelling,
 * offensives, trips, evacuations, pauses, appeals, press conferences), one per kind and day, with the actors the
 * sentence names. Each word that names a happening takes the date nearest it in its sentence, so one sentence can
 * report several ("fled ... on November 30, during an army offensive"); a happening with no date near it (a stated
 * or relative date, or one counted from the last date given) is not an event: "the bombing goes on" dates nothing.
 * Every vote the vote extractor finds is a `un_vote` or `veto` event on the vote's day. Quoted speech is a
 * statement, not an event.
 */
import type { EVENT_TYPES } from '../db/schema.js';
import type { When } from '../seed/annotation-schema.js';
import type { ArticleAnalysis } from './article-analysis.js';
import { type DateMention, resolveCountedFromBefore } from './date-expressions.js';
import { contains, overlaps, type Span, splitSentences } from './text-segments.js';
import { type ExtractedVote, extractVotes } from './vote-extractor.js';

export type EventType = (typeof EVENT_TYPES)[number];

export interface ExtractedEvent {
  type: EventType;
  title: string;
  summary: string;
  when: When;
  location: string | null;
  actors: { actor: string; role: string }[];
  evidence: Span[];
  confidence: number;
}

// Words that name a happening, by kind; where two overlap, the earlier kind in this list wins.
const TRIGGERS: [RegExp, EventType, string][] = [
  [/\bveto(?:ed|ing)?\b|\bblocked (?:adoption|a resolution|the resolution|the draft|a text|a draft)/giu, 'veto', 'Veto'],
  [
    /\b(?:voted|vote (?:on|in)|adopted (?:a |the )?(?:[\w-]+ )?(?:resolution|text)|resolution (?:was )?(?:adopted|passed))\b/giu,
    'un_vote',
    'UN vote',
  ],
  [
    /\b(?:emergency (?:special )?(?:session|meeting)|(?:Security Council|General Assembly|council|assembly) (?:met|meeting|session|debate)|(?:meeting|session|debate) (?:of|in) the (?:U\.?N\.? )?(?:Security Council|General Assembly|council|assembly)|(?:brief(?:ed|s)?|told|address(?:ed)?) the (?:U\.?N\.? )?(?:Security Council|General Assembly|council|assembly)|(?:council|assembly) (?:will|would) (?:hold|convene)(?: an?| its)?(?: [\w-]+)? (?:meeting|session)|(?:council|assembly) (?:will|would) meet)/giu,
    'un_meeting',
    'UN meeting',
  ],
  [
    /\b(?:press conference|news conference|(?:news |press )?briefing|told reporters in|spoke to (?:the media|reporters) in)\b/giu,
    'press_conference',
    'Press conference',
  ],
  [/\b(?:talks|negotiat(?:ions|ed|ing)|by (?:tele)?phone|phone call|telephone call|spoke (?:by phone )?with)\b/giu, 'talks', 'Talks'],
  [/\b(?:met|meets|meeting|summit)\b/giu, 'meeting', 'Meeting'],
  [/\b(?:travel(?:l?ed|s)?|visit(?:ed|s)?|arrived|trip|flew)\b/giu, 'trip', 'Trip'],
  [/\b(?:evacuat(?:ed|ion|ions|ing)|bused out|buses (?:left|carried)|convoys? (?:left|departed))\b/giu, 'evacuation', 'Evacuation'],
  [/\b(?:pause|ceasefire|cease-fire|truce|halt(?:ed)? (?:its |the )?(?:strikes|bombing|attacks))\b/giu, 'pause', 'Pause'],
  [
    /\b(?:offensive|advance[ds]?|assault|push(?:ed)? into|recaptur(?:ed|e)|captured|seized|seizing|entered|overran|took control)\b/giu,
    'offensive',
    'Offensive',
  ],
  [
    /\b(?:shell(?:ed|ing)|a shell|bomb(?:ed|ing|ings|ardment)|air ?strikes?|strikes? (?:on|hit)|struck|barrel bombs?|raids?)\b/giu,
    'bombardment',
    'Bombardment',
  ],
  [/\b(?:siege (?:of|began|was)|laid siege|besieging|encircled|cut off)\b/giu, 'siege', 'Siege'],
  [/\b(?:fled|displaced|flee(?:ing)?|(?:leave|left) their homes)\b/giu, 'displacement', 'Displacement'],
  [/\b(?:appeal(?:ed)?|called on|urged)\b/giu, 'appeal', 'Appeal'],
  [/\b(?:announced|announcement)\b/giu, 'announcement', 'Announcement'],
  [
    /\b(?:(?:situation |next )?report (?:will be|was) (?:issued|published)|(?:issued|published|released) (?:a|its) report)\b/giu,
    'report',
    'Report',
  ],
];

// What is asked for, voted on or aimed at has not happened: "a draft calling for a seven-day truce", "an end to air
// strikes", "to watch over the evacuation", "so it can evacuate the sick".
const SOUGHT =
  /\b(?:call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|sought|seek(?:s|ing)?|urg(?:e|es|ed|ing)|propos(?:e|ed|ing)|an end to|end (?:the|all)|stop(?:ping)?|halt(?:ing)?|to (?:watch over|monitor|allow|discuss|pass|prevent)|aimed at|allow for|so (?:it|they|that) (?:can|could)|in order to)\b[^.;,]{0,40}$/iu;
const SOUGHT_AFTER = /^[\w\s-]{0,12}\b(?:resolution|draft|text|proposal|plan)\b/iu;

// How far (in characters) a word naming a happening reaches for its date within a sentence.
const REACH = 90;

const clip = (value: string, max: number) => {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
};

const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

export function extractEvents(article: ArticleAnalysis, votes: ExtractedVote[] = extractVotes(article)): ExtractedEvent[] {
  const { text } = article;
  const events: ExtractedEvent[] = [];
  const outside = (span: Span) => !article.quotations.some((q) => contains(q, span));
  const dateMentions = resolveCountedFromBefore(article.dateMentions);
  const lead = (actorIds: string[], label: string, location: string | null) => {
    const name = actorIds[0] ? article.gazetteer.actors.get(actorIds[0])?.name : undefined;
    const place = location ? article.gazetteer.locations.get(location)?.name : undefined;
    return clip([label, name ? `: ${name}` : '', place ? ` in ${place}` : ''].join(''), 120);
  };
  const add = (type: EventType, label: string, when: DateMention['when'], sentence: Span & { text: string }, confidence: number) => {
    const actorIds = [...new Set(article.actorMentions.filter((m) => contains(sentence, m) && outside(m)).map((m) => m.id))];
    const location = article.locationMentions.find((m) => contains(sentence, m) && outside(m))?.id ?? null;
    const existing = events.find((e) => e.type === type && e.when.date === when.date);
    const evidence = { start: sentence.start, end: sentence.end };
    if (existing) {
      if (!existing.evidence.some((e) => e.start === evidence.start)) existing.evidence.push(evidence);
      for (const actor of actorIds)
        if (!existing.actors.some((a) => a.actor === actor)) existing.actors.push({ actor, role: 'participant' });
      existing.location ??= location;
      return;
    }
    events.push({
      type,
      title: lead(actorIds, label, location),
      summary: clip(sentence.text, 400),
      when,
      location,
      actors: actorIds.map((actor) => ({ actor, role: 'participant' })),
      evidence: [evidence],
      confidence,
    });
  };

  // Every vote is an event of its day: a veto where a member vetoed, else a vote (held or still to be held).
  for (const vote of votes) {
    if (vote.voted.date === null) continue;
    const first = vote.evidence[0] as Span;
    const vetoed = vote.positions.some((p) => p.veto);
    add(
      vetoed ? 'veto' : 'un_vote',
      vetoed ? 'Veto' : 'UN vote',
      vote.voted,
      { ...first, text: text.slice(first.start, first.end) },
      vote.confidence,
    );
  }

  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      if (article.title && sentence.text.trim() === article.title.trim()) continue;
      // The writer's words only: a sentence that is mostly a quotation is somebody's statement.
      const quoted = article.quotations
        .filter((q) => overlaps(q, sentence))
        .reduce((n, q) => n + (Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start)), 0);
      if (quoted > (sentence.end - sentence.start) / 2) continue;
      const dates = dateMentions.filter((d) => contains(sentence, d) && d.when.date !== null && d.when.basis !== 'publication');
      if (dates.length === 0) continue;
      // Each word naming a happening, outside quotation marks, the earlier kind winning where two overlap.
      const found: { span: Span; type: EventType; label: string }[] = [];
      for (const [pattern, type, label] of TRIGGERS)
        for (const m of sentence.text.matchAll(pattern)) {
          const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
          if (!outside(span) || found.some((f) => overlaps(f.span, span))) continue;
          found.push({ span, type, label });
        }
      found.sort((a, b) => a.span.start - b.span.start);
      for (const trigger of found) {
        const before = text.slice(Math.max(sentence.start, trigger.span.start - 80), trigger.span.start);
        if (SOUGHT.test(before) || (trigger.type === 'pause' && SOUGHT_AFTER.test(text.slice(trigger.span.end, trigger.span.end + 30))))
          continue;
        // The nearest date within reach, not across a semicolon or colon. (A date across "that" still counts: "said
        // Friday that forces would continue their bombing" dates the bombing too, as curators read it.)
        const between = (d: Span) => text.slice(Math.min(d.end, trigger.span.end), Math.max(d.start, trigger.span.start));
        const nearest = dates
          .filter((d) => gap(d, trigger.span) <= REACH && !/[;:]/u.test(between(d)))
          .sort((a, b) => gap(a, trigger.span) - gap(b, trigger.span))[0];
        if (!nearest) continue;
        // Votes and vetoes come from the vote extractor, which knows their day better than the nearest date.
        if ((trigger.type === 'veto' || trigger.type === 'un_vote') && votes.length > 0) continue;
        add(trigger.type, trigger.label, nearest.when, sentence, nearest.when.basis === 'stated' ? 0.6 : 0.5);
      }
    }
  }
  return events.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}
