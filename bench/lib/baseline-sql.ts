/**
 * SQL for the *minimal compute* baseline: one prepared statement per request that returns the same page of
 * records as the API, with nested values (references, evidence, positions, embedded records) built by SQLite's
 * JSON functions. The baseline server only JSON.parses those columns and JSON.stringifies the envelope, so the
 * difference between it and the API is the framework, validation, serialization and the API's own queries.
 *
 * Joins that only look up a name are written CROSS JOIN (SQLite keeps the written order), so the baseline always
 * drives from the main table's index: it is the cheapest plan, which is what a baseline should be.
 */

const ref = (idExpr: string, nameExpr: string) =>
  `CASE WHEN ${idExpr} IS NULL THEN NULL ELSE json_object('id', ${idExpr}, 'name', ${nameExpr}) END`;
const bool = (expr: string) => `CASE WHEN ${expr} IS NULL THEN NULL WHEN ${expr} THEN json('true') ELSE json('false') END`;

/** The evidence spans of one record, in the curator's order, as a JSON array. */
export const evidenceJson = (type: string, idExpr: string) =>
  `(SELECT coalesce(json_group_array(json_object('source_id', source_id, 'start', start, 'end', "end", 'quote', quote)), json('[]'))
     FROM (SELECT source_id, start, "end", quote FROM evidence WHERE record_type = '${type}' AND record_id = ${idExpr} ORDER BY seq))`;

/** Source summaries of one record, oldest first. */
export const sourcesJson = (type: string, idExpr: string) =>
  `(SELECT coalesce(json_group_array(json_object('id', id, 'title', title, 'publisher', publisher, 'url', url, 'published_on', published_on)), json('[]'))
     FROM (SELECT DISTINCT so.id, so.title, so.publisher, so.url, so.published_on FROM evidence ev CROSS JOIN sources so ON so.id = ev.source_id
           WHERE ev.record_type = '${type}' AND ev.record_id = ${idExpr} ORDER BY so.published_on, so.id))`;

// ---- statements ----------------------------------------------------------------------------------------------

export const STATEMENT_FROM = 'statements s CROSS JOIN actors sp ON sp.id = s.speaker_id LEFT JOIN locations pl ON pl.id = s.place_id';

/** Columns of a statement; `speaker`, `place`, `evidence` are JSON. */
export const STATEMENT_COLUMNS = `s.id, ${ref('sp.id', 'sp.name')} AS speaker, s.speaker_role, s.text, s.kind, s.said_on, s.said_precision,
  s.said_basis, s.said_note, ${ref('pl.id', 'pl.name')} AS place, s.event_id, s.method, s.confidence, ${evidenceJson('statement', 's.id')} AS evidence`;
export const STATEMENT_JSON = ['speaker', 'place', 'evidence'];

/** One statement as a JSON object (for embedding). */
const statementObject = `json_object('id', s.id, 'speaker', json(${ref('sp.id', 'sp.name')}), 'speaker_role', s.speaker_role, 'text', s.text,
  'kind', s.kind, 'said_on', s.said_on, 'said_precision', s.said_precision, 'said_basis', s.said_basis, 'said_note', s.said_note,
  'place', json(${ref('pl.id', 'pl.name')}), 'event_id', s.event_id, 'method', s.method, 'confidence', s.confidence,
  'evidence', json(${evidenceJson('statement', 's.id')}))`;

/** Flat columns for CSV (nested fields flattened the way the API names them). */
export const STATEMENT_CSV_COLUMNS = `s.id AS "id", sp.id AS "speaker.id", sp.name AS "speaker.name", s.speaker_role AS "speaker_role", s.text AS "text",
  s.kind AS "kind", s.said_on AS "said_on", s.said_precision AS "said_precision", s.said_basis AS "said_basis", s.said_note AS "said_note",
  pl.id AS "place.id", pl.name AS "place.name", s.event_id AS "event_id", s.method AS "method", s.confidence AS "confidence",
  (SELECT count(*) FROM evidence WHERE record_type = 'statement' AND record_id = s.id) AS "evidence.count",
  (SELECT group_concat(source_id, '|') FROM (SELECT DISTINCT source_id FROM evidence WHERE record_type = 'statement' AND record_id = s.id)) AS "evidence.source_ids",
  (SELECT group_concat(quote, ' | ') FROM (SELECT quote FROM evidence WHERE record_type = 'statement' AND record_id = s.id ORDER BY seq)) AS "evidence.quotes"`;

// ---- events -------------------------------------------------------------------------------------------------

export const EVENT_FROM = 'events e LEFT JOIN locations l ON l.id = e.location_id';
const eventActors = `(SELECT coalesce(json_group_array(json_object('id', a.id, 'name', a.name, 'role', ea.role)), json('[]'))
   FROM (SELECT ea.rowid AS r, ea.actor_id, ea.role FROM event_actors ea WHERE ea.event_id = e.id ORDER BY ea.rowid) ea CROSS JOIN actors a ON a.id = ea.actor_id)`;
export const EVENT_COLUMNS = `e.id, e.type, e.title, e.summary, e.date_start, e.date_end, e.date_precision, e.date_basis, e.date_note,
  ${ref('l.id', 'l.name')} AS location, ${eventActors} AS actors, e.method, e.confidence, ${evidenceJson('event', 'e.id')} AS evidence`;
export const EVENT_JSON = ['location', 'actors', 'evidence'];

// ---- votes --------------------------------------------------------------------------------------------------

const positionsJson = (voteId: string) =>
  `(SELECT coalesce(json_group_array(json_object('member', json_object('id', a.id, 'name', a.name), 'position', p.position, 'veto', json(${bool('p.veto')}))), json('[]'))
     FROM (SELECT member_id, position, veto FROM vote_positions WHERE vote_id = ${voteId} ORDER BY rowid) p CROSS JOIN actors a ON a.id = p.member_id)`;
const vetoedByJson = (voteId: string) =>
  `(SELECT coalesce(json_group_array(json_object('id', a.id, 'name', a.name)), json('[]'))
     FROM (SELECT member_id FROM vote_positions WHERE vote_id = ${voteId} AND veto = 1 ORDER BY rowid) p CROSS JOIN actors a ON a.id = p.member_id)`;
const sponsorsJson = (voteId: string) =>
  `(SELECT coalesce(json_group_array(json_object('id', a.id, 'name', a.name)), json('[]'))
     FROM (SELECT actor_id FROM vote_sponsors WHERE vote_id = ${voteId} ORDER BY rowid) vs CROSS JOIN actors a ON a.id = vs.actor_id)`;

export const VOTE_COLUMNS = `v.id, v.body, v.voted_on, v.voted_precision, v.voted_basis, v.voted_note, v.subject, ${sponsorsJson('v.id')} AS sponsors,
  v.outcome, ${bool('v.binding')} AS binding, ${vetoedByJson('v.id')} AS vetoed_by,
  json_object('yes', v.tally_yes, 'no', v.tally_no, 'abstain', v.tally_abstain) AS tally, v.tally_basis, v.tally_note,
  ${positionsJson('v.id')} AS positions, v.event_id, v.method, v.confidence, ${evidenceJson('vote', 'v.id')} AS evidence`;
export const VOTE_JSON = ['sponsors', 'binding', 'vetoed_by', 'tally', 'positions', 'evidence'];

const voteObject = `json_object('id', v.id, 'body', v.body, 'voted_on', v.voted_on, 'voted_precision', v.voted_precision,
  'voted_basis', v.voted_basis, 'voted_note', v.voted_note, 'subject', v.subject, 'sponsors', json(${sponsorsJson('v.id')}),
  'outcome', v.outcome, 'binding', json(${bool('v.binding')}), 'vetoed_by', json(${vetoedByJson('v.id')}),
  'tally', json_object('yes', v.tally_yes, 'no', v.tally_no, 'abstain', v.tally_abstain), 'tally_basis', v.tally_basis,
  'tally_note', v.tally_note, 'positions', json(${positionsJson('v.id')}), 'event_id', v.event_id, 'method', v.method,
  'confidence', v.confidence, 'evidence', json(${evidenceJson('vote', 'v.id')}))`;

// ---- figures ------------------------------------------------------------------------------------------------

const figureObject = `json_object('id', f.id, 'metric', f.metric, 'category', f.category, 'value', f.value, 'low', f.low, 'high', f.high,
  'qualifier', f.qualifier, 'raw_text', f.raw_text, 'unit', f.unit, 'subject', f.subject, 'location', json(${ref('fl.id', 'fl.name')}),
  'as_of', f.as_of, 'as_of_precision', f.as_of_precision, 'as_of_basis', f.as_of_basis, 'as_of_note', f.as_of_note,
  'claimed_by', json(${ref('fc.id', 'fc.name')}), 'event_id', f.event_id, 'method', f.method, 'confidence', f.confidence,
  'evidence', json(${evidenceJson('figure', 'f.id')}))`;

/** The single event view: the event, its statements, votes, figures (each with evidence) and sources, in one row. */
export const EVENT_DETAIL_SQL = `SELECT ${EVENT_COLUMNS},
  (SELECT coalesce(json_group_array(json(o)), json('[]')) FROM (SELECT ${statementObject} AS o FROM ${STATEMENT_FROM}
     WHERE s.event_id = e.id ORDER BY s.sort_date, s.id)) AS statements,
  (SELECT coalesce(json_group_array(json(o)), json('[]')) FROM (SELECT ${voteObject} AS o FROM votes v WHERE v.event_id = e.id ORDER BY v.sort_date, v.id)) AS votes,
  (SELECT coalesce(json_group_array(json(o)), json('[]')) FROM (SELECT ${figureObject} AS o FROM figures f
     LEFT JOIN locations fl ON fl.id = f.location_id LEFT JOIN actors fc ON fc.id = f.claimed_by_id
     WHERE f.event_id = e.id ORDER BY f.sort_date, f.id)) AS figures,
  ${sourcesJson('event', 'e.id')} AS sources
  FROM ${EVENT_FROM} WHERE e.id = ?`;
export const EVENT_DETAIL_JSON = [...EVENT_JSON, 'statements', 'votes', 'figures', 'sources'];

export const VOTE_DETAIL_SQL = `SELECT ${VOTE_COLUMNS}, ${sourcesJson('vote', 'v.id')} AS sources FROM votes v WHERE v.id = ?`;
export const VOTE_DETAIL_JSON = [...VOTE_JSON, 'sources'];
