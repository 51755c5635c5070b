/**
 * `tsx scripts/answer-digests.ts DATABASE [CHECKOUT]`: one line per request, `status content-type sha256 url`, for
 * every URL a refactor could change the answer of, asked in-process of the app of CHECKOUT (default: this one) over
 * the database DATABASE, once computing its answers and once serving the build's rendered records. Run it at two
 * commits over the same database file (cursors and ETags derive from its build id) and diff the outputs: a refactor
 * that changed no answer gives no diff.
 *
 * The URLs: every list of the OpenAPI document plain, with each documented parameter example alone, all of them
 * together, with every facet it answers and in each format, three pages deep through `next_cursor`; the single view of every record
 * the lists return; the bench scenarios (bench/lib/scenarios.ts); a few malformed requests; the explorer pages.
 * A problem document's `request_id` is random per request and is left out of its digest.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildScenarios } from '../bench/lib/scenarios.js';

const [database, checkout = resolve(import.meta.dirname, '..')] = process.argv.slice(2);
if (!database) throw new Error('usage: tsx scripts/answer-digests.ts DATABASE [CHECKOUT]');

const { buildApp } = (await import(resolve(checkout, 'src/app.ts'))) as typeof import('../src/app.js');
const { loadConfig } = (await import(resolve(checkout, 'src/config.ts'))) as typeof import('../src/config.js');

type Operation = {
  parameters?: { name: string; in: string; example?: unknown; schema?: { example?: unknown; items?: { enum?: string[] } } }[];
};

async function digests(app: FastifyInstance): Promise<string[]> {
  const lines: string[] = [];
  const seen = new Set<string>();
  const ask = async (url: string) => {
    if (seen.has(url)) return undefined;
    seen.add(url);
    const response = await app.inject({ url });
    const type = String(response.headers['content-type'] ?? '');
    const body = type.includes('problem+json') ? response.body.replace(/"request_id":"[^"]*"/, '') : response.body;
    lines.push(`${response.statusCode} ${type} ${createHash('sha256').update(body).digest('hex')} ${url}`);
    return response;
  };
  const document = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, { get?: Operation }> };
  const paths = Object.entries(document.paths).filter(([, item]) => item.get);
  for (const [path, item] of paths) {
    if (path.includes('{')) continue;
    const examples = (item.get?.parameters ?? [])
      .filter((p) => p.in === 'query' && (p.example ?? p.schema?.example) !== undefined)
      .map((p) => `${p.name}=${encodeURIComponent(String(p.example ?? p.schema?.example))}`);
    // Every facet the list answers, at once.
    const facets = item.get?.parameters?.find((p) => p.name === 'facets')?.schema?.items?.enum ?? [];
    const everyFacet =
      facets.length > 0
        ? [`facets=${facets.join(',')}`, `facets=${facets.join(',')}&${examples.filter((e) => !e.startsWith('facets=')).join('&')}`]
        : [];
    const queries = [
      '',
      ...examples,
      examples.join('&'),
      ...everyFacet,
      'format=csv',
      'format=ndjson',
      'limit=500',
      'sort=-date',
      'bogus=1',
    ];
    for (const query of queries) await ask(query ? `${path}?${query}` : path);
    // Keyset paging: three pages of two.
    let url: string | undefined = `${path}?limit=2`;
    for (let page = 0; page < 3 && url; page++) {
      const response = await ask(url);
      const next = response?.statusCode === 200 ? (response.json() as { page?: { next_cursor?: string | null } }).page?.next_cursor : null;
      url = next ? `${path}?limit=2&cursor=${encodeURIComponent(next)}` : undefined;
    }
    // Every record's single view, where the list has one.
    const single = paths.find(([p]) => p === `${path}/{id}`);
    const all = await app.inject({ url: `${path}?limit=500` });
    if (single && all.statusCode === 200) {
      for (const record of (all.json() as { data: { id: string }[] }).data) await ask(`${path}/${encodeURIComponent(record.id)}`);
      await ask(`${path}/no-such-record`);
    }
  }
  for (const scenario of buildScenarios(database as string).scenarios) await ask(scenario.url);
  for (const page of ['/', '/search?q=veto', '/timeline', '/quantities']) await ask(page);
  return lines;
}

for (const rendered of ['false', 'true']) {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', RENDERED_RESPONSES: rendered });
  config.databasePath = database;
  const app = await buildApp(config);
  await app.ready();
  for (const line of await digests(app)) process.stdout.write(`rendered=${rendered} ${line}\n`);
  await app.close();
}
