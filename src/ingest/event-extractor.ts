/**
 * Events: dated happenings an article reports in its own voice (meetings, talks, votes and vetoes, shelling,
 * offensives, trips, evacuations, pauses, appeals, press conferences), one per kind and day, with the actors the
 * sentence names. A sentence without a date the text gives (a stated or relative date) is not an event: "the
 * bombing goes on" dates nothing. Quoted speech is a statement, not an event.
 */
import type { EVENT_TYPES } from '../db/schema.js';
import type { When } from '../seed/annotation-schema.js';
import type { ArticleAnalysis } from './article-analysis.js';
import { contains, overlaps, type Span, splitSentences } from './text-segments.js';

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

// The first trigger that fits a sentence names its kind; the more specific kinds come first.
const TRIGGERS: [RegExp, EventType, string][] = [
  [/\bveto(?:ed|es|ing)?\b|\bblocked (?:adoption|a resolution|the resolution|the draft)/iu, 'veto', 'Veto'],
  [/\b(?:voted|vote (?:on|in)|adopted (?:a |the )?resolution|resolution (?:was )?(?:adopted|passed))\b/iu, 'un_vote', 'UN vote'],
  [
    /\b(?:emergency (?:special )?session|(?:Security Council|General Assembly|council|assembly) (?:met|meeting|session|debate)|(?:meeting|session) of the (?:Security Council|General Assembly))\b/iu,
    'un_meeting',
    'UN meeting',
  ],
  [/\b(?:press conference|news conference|(?:news |press )?briefing|told reporters)\b/iu, 'press_conference', 'Press conference'],
  [/\b(?:talks|negotiat(?:ions|ed|ing))\b/iu, 'talks', 'Talks'],
  [/\b(?:met|meets|meeting|summit)\b/iu, 'meeting', 'Meeting'],
  [/\b(?:travel(?:l?ed|s)?|visit(?:ed|s)?|arrived|trip)\b/iu, 'trip', 'Trip'],
  [/\b(?:evacuat(?:ed|ion|ions|ing)|bused out|buses (?:left|carried))\b/iu, 'evacuation', 'Evacuation'],
  [/\b(?:pause|ceasefire|cease-fire|truce|halt(?:ed)? (?:its |the )?(?:strikes|bombing|attacks))\b/iu, 'pause', 'Pause'],
  [/\b(?:offensive|advance[ds]?|assault|push(?:ed)? into|recaptur(?:ed|e)|captured|seized)\b/iu, 'offensive', 'Offensive'],
  [
    /\b(?:shell(?:ed|ing)|bomb(?:ed|ing|ings|ardment)|air ?strikes?|strikes? (?:on|hit)|struck|barrel bombs?|raids?)\b/iu,
    'bombardment',
    'Bombardment',
  ],
  [/\b(?:besieg(?:ed|ing)|siege)\b/iu, 'siege', 'Siege'],
  [/\b(?:fled|displaced|flee(?:ing)?)\b/iu, 'displacement', 'Displacement'],
  [/\b(?:appeal(?:ed)?|called on|urged)\b/iu, 'appeal', 'Appeal'],
  [/\b(?:announced|announcement)\b/iu, 'announcement', 'Announcement'],
];

const clip = (value: string, max: number) => {
  const flat = value.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
};

export function extractEvents(article: ArticleAnalysis): ExtractedEvent[] {
  const { text } = article;
  const events: ExtractedEvent[] = [];
  for (const paragraph of article.paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      if (article.title && sentence.text.trim() === article.title.trim()) continue;
      // The writer's words only: a sentence that is mostly a quotation is somebody's statement.
      const quoted = article.quotations
        .filter((q) => overlaps(q, sentence))
        .reduce((n, q) => n + (Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start)), 0);
      if (quoted > (sentence.end - sentence.start) / 2) continue;
      const dated = article.dateMentions.find((d) => contains(sentence, d) && d.when.date !== null && d.when.basis !== 'publication');
      if (!dated) continue;
      const outside = (span: Span) => !article.quotations.some((q) => contains(q, span));
      const trigger = TRIGGERS.find(([pattern]) => pattern.test(sentence.text));
      if (!trigger) continue;
      const [, type, label] = trigger;
      const actorIds = [...new Set(article.actorMentions.filter((m) => contains(sentence, m) && outside(m)).map((m) => m.id))];
      const location = article.locationMentions.find((m) => contains(sentence, m) && outside(m))?.id ?? null;
      const existing = events.find((e) => e.type === type && e.when.date === dated.when.date);
      const evidence = { start: sentence.start, end: sentence.end };
      if (existing) {
        existing.evidence.push(evidence);
        for (const actor of actorIds)
          if (!existing.actors.some((a) => a.actor === actor)) existing.actors.push({ actor, role: 'participant' });
        existing.location ??= location;
        continue;
      }
      const lead = actorIds[0] ? article.gazetteer.actors.get(actorIds[0])?.name : undefined;
      const place = location ? article.gazetteer.locations.get(location)?.name : undefined;
      events.push({
        type,
        title: clip([label, lead ? `: ${lead}` : '', place ? ` in ${place}` : ''].join(''), 120),
        summary: clip(sentence.text, 400),
        when: dated.when,
        location,
        actors: actorIds.map((actor) => ({ actor, role: 'participant' })),
        evidence: [evidence],
        confidence: dated.when.basis === 'stated' ? 0.6 : 0.5,
      });
    }
  }
  return events;
}
