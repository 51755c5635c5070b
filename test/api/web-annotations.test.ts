import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodePointIndex } from '../../src/repositories/code-points.js';
import { type Page, testApp } from '../helpers/app.js';

interface Annotation {
  id: string;
  type: string;
  body: { id: string; type: string; format: string };
  target: {
    source: string;
    selector: [{ type: string; exact: string; prefix: string; suffix: string }, { type: string; start: number; end: number }];
  };
}
interface AnnotationPage {
  '@context': string;
  id: string;
  type: string;
  next?: string;
  items: Annotation[];
}

let app: FastifyInstance;
let annotations: Annotation[];
let pages = 0;
/** Article text by URL, as /v1/sources/{id} serves it. */
const articles = new Map<string, string>();

beforeAll(async () => {
  app = await testApp();
  const sources = (await app.inject({ url: '/v1/sources?limit=500' })).json() as Page<{ id: string; url: string }>;
  for (const source of sources.data) {
    articles.set(source.url, (await app.inject({ url: `/v1/sources/${source.id}` })).json().text);
  }
  annotations = [];
  let url: string | undefined = '/v1/annotations?limit=37';
  while (url) {
    const response = await app.inject({ url });
    expect(response.statusCode, url).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/);
    const page = response.json() as AnnotationPage;
    expect(page).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', id: url });
    annotations.push(...page.items);
    pages += 1;
    url = page.next;
  }
});
afterAll(() => app.close());

describe('GET /v1/annotations: evidence as W3C Web Annotations', () => {
  it('format=ndjson gives every annotation, one standalone JSON-LD object a line, each as its single view', async () => {
    const response = await app.inject({ url: '/v1/annotations?format=ndjson' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.body.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(annotations.length);
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      annotations.map((a) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...a })),
    );
    for (const index of [0, Math.floor(lines.length / 2), lines.length - 1]) {
      const single = await app.inject({ url: annotations[index]?.id as string });
      expect(lines[index], annotations[index]?.id).toBe(single.body);
    }
  });

  it('Accept: application/x-ndjson chooses NDJSON too, with the filters applied', async () => {
    const response = await app.inject({ url: '/v1/annotations?record_type=vote', headers: { accept: 'application/x-ndjson' } });
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.body.trim().split('\n');
    expect(lines).toHaveLength(annotations.filter((a) => a.body.id.includes('/votes/')).length);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('gives every evidence span of every record exactly once, over several pages', async () => {
    let spans = 0;
    for (const list of ['events', 'statements', 'votes', 'figures']) {
      const records = (await app.inject({ url: `/v1/${list}?limit=500` })).json() as Page<{ evidence: unknown[] }>;
      spans += records.data.reduce((sum, record) => sum + record.evidence.length, 0);
    }
    expect(pages).toBeGreaterThan(1);
    expect(annotations).toHaveLength(spans);
    expect(new Set(annotations.map((a) => a.id)).size).toBe(spans);
  });

  it('selects exactly the quoted words of the article: positions in code points, quote with up to 32 code points of context', () => {
    for (const annotation of annotations) {
      const text = articles.get(annotation.target.source);
      expect(text, annotation.target.source).toBeDefined();
      const codePoints = Array.from(text as string);
      const [quote, position] = annotation.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(codePoints.slice(position.start, position.end).join(''), annotation.id).toBe(quote.exact);
      expect(quote.prefix, annotation.id).toBe(codePoints.slice(Math.max(0, position.start - 32), position.start).join(''));
      expect(quote.suffix, annotation.id).toBe(codePoints.slice(position.end, position.end + 32).join(''));
    }
  });

  it("links each annotation's body to the record it supports, whose evidence holds the same words", async () => {
    const sample = annotations.filter((_, i) => i % 10 === 0);
    for (const annotation of sample) {
      const record = await app.inject({ url: annotation.body.id });
      expect(record.statusCode, annotation.body.id).toBe(200);
      expect(record.json().evidence.map((e: { quote: string }) => e.quote)).toContain(annotation.target.selector[0].exact);
      const one = await app.inject({ url: annotation.id });
      expect(one.statusCode, annotation.id).toBe(200);
      expect(one.json()).toEqual({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...annotation });
    }
  });

  it('filters by source, record type and record id', async () => {
    const rycroft = (
      await app.inject({ url: '/v1/annotations?record_id=rycroft-2016-12-09-too-little-too-late' })
    ).json() as AnnotationPage;
    expect(rycroft.items.length).toBe(3);
    expect(rycroft.items.every((a) => a.body.id === '/v1/statements/rycroft-2016-12-09-too-little-too-late')).toBe(true);
    const votes = (
      await app.inject({ url: '/v1/annotations?record_type=vote&source=hrf-2016-12-06-russia-vetoes-ceasefire&limit=500' })
    ).json() as AnnotationPage;
    expect(votes.items.length).toBeGreaterThan(0);
    expect(votes.items.every((a) => a.body.id.startsWith('/v1/votes/') && a.target.source.includes('humanrightsfirst.org'))).toBe(true);
    const unknown = await app.inject({ url: '/v1/annotations?source=no-such-article' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].parameter).toBe('source');
  });
});

describe('code point offsets', () => {
  it('count a character outside the BMP as one, where JavaScript counts two', () => {
    const index = new CodePointIndex('a\u{1F600}b c\u{1F4A9}d');
    expect(index.codePointAt(1)).toBe(1);
    expect(index.codePointAt(3)).toBe(2);
    expect(index.codePointAt(8)).toBe(6);
    expect(index.before(3, 1)).toBe('\u{1F600}');
    expect(index.after(5, 2)).toBe('c\u{1F4A9}');
  });

  it('agree with Array.from slicing at every character boundary of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const index = new CodePointIndex(text);
        let utf16 = 0;
        const points = Array.from(text);
        for (let i = 0; i <= points.length; i++) {
          expect(index.codePointAt(utf16)).toBe(i);
          expect(index.before(utf16, 3)).toBe(points.slice(Math.max(0, i - 3), i).join(''));
          expect(index.after(utf16, 3)).toBe(points.slice(i, i + 3).join(''));
          utf16 += points[i]?.length ?? 0;
        }
      }),
    );
  });
});
