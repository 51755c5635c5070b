/**
 * The two baselines the API is measured against, each a bare node:http server in its own process:
 *
 * - `minimal`: per request, ONE better-sqlite3 prepared statement returning the same page of records as the API
 *   (nested values built by SQLite's JSON functions, see baseline-sql.ts), JSON.parse of those columns and
 *   JSON.stringify of the envelope (or a plain CSV writer). No framework, no validation, no headers beyond
 *   Content-Type and Content-Length.
 * - `transport`: the API's own response bytes for each URL, captured beforehand, sent from memory: what Node's
 *   HTTP stack alone costs on this machine.
 *
 * usage: node --import tsx bench/lib/baseline-server.ts <minimal|transport> <port> <plan.json> [database]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import type { BaselineSpec } from './scenarios.js';

export interface TransportEntry {
  url: string;
  contentType: string;
  bodyBase64: string;
}

const [mode, portText, planPath, databasePath] = process.argv.slice(2);
if ((mode !== 'minimal' && mode !== 'transport') || !portText || !planPath) {
  process.stderr.write('usage: baseline-server.ts <minimal|transport> <port> <plan.json> [database]\n');
  process.exit(2);
}

type Handler = () => { type: string; body: string | Buffer };
const routes = new Map<string, Handler>();

const csvValue = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

if (mode === 'transport') {
  for (const entry of JSON.parse(readFileSync(planPath, 'utf8')) as TransportEntry[]) {
    const body = Buffer.from(entry.bodyBase64, 'base64');
    routes.set(entry.url, () => ({ type: entry.contentType, body }));
  }
} else {
  if (!databasePath) throw new Error('minimal mode needs the database path');
  const db = new Database(databasePath, { readonly: true });
  db.pragma('query_only = ON');
  for (const { url, spec } of JSON.parse(readFileSync(planPath, 'utf8')) as { url: string; spec: BaselineSpec }[]) {
    const statement = db.prepare(spec.sql);
    const json = spec.json;
    if (spec.mode === 'single') {
      routes.set(url, () => {
        const row = statement.get(...spec.params) as Record<string, unknown>;
        for (const c of json) row[c] = JSON.parse(row[c] as string);
        return { type: 'application/json; charset=utf-8', body: JSON.stringify(row) };
      });
    } else if (spec.mode === 'list') {
      routes.set(url, () => {
        const rows = statement.all(...spec.params) as Record<string, unknown>[];
        let next: string | null = null;
        if (rows.length > spec.limit) {
          rows.length = spec.limit;
          const last = rows[rows.length - 1] as Record<string, unknown>;
          next = Buffer.from(JSON.stringify({ k: [last._k, last.id] })).toString('base64url');
        }
        for (const row of rows) {
          delete row._k;
          for (const c of json) row[c] = JSON.parse(row[c] as string);
        }
        return {
          type: 'application/json; charset=utf-8',
          body: JSON.stringify({ data: rows, page: { limit: spec.limit, next_cursor: next } }),
        };
      });
    } else {
      routes.set(url, () => {
        const rows = statement.all(...spec.params) as Record<string, unknown>[];
        if (rows.length > spec.limit) rows.length = spec.limit;
        if (rows.length === 0) return { type: 'text/csv; charset=utf-8', body: '' };
        const columns = Object.keys(rows[0] as object).filter((c) => c !== '_k');
        let out = `${columns.map(csvValue).join(',')}\r\n`;
        for (const row of rows) out += `${columns.map((c) => csvValue(row[c])).join(',')}\r\n`;
        return { type: 'text/csv; charset=utf-8', body: out };
      });
    }
  }
}

const server = createServer((request, response) => {
  const handler = routes.get(request.url ?? '');
  if (!handler) {
    response.writeHead(request.url === '/readyz' ? 200 : 404, { 'content-type': 'text/plain' });
    response.end(request.url === '/readyz' ? 'ready' : 'not found');
    return;
  }
  try {
    const { type, body } = handler();
    response.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(String(error));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(portText), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
