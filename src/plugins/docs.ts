/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas, served at /openapi.json, with Swagger UI at
 * /docs. `npm run openapi` writes the same document to openapi.yaml, and a test fails when the two differ.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openapiTransform, openapiTransformObject } from './openapi-transform.js';

export const API_VERSION = '1.0.0';

const DESCRIPTION = `A sourced, structured database of the 2016 siege of Aleppo and the UN diplomacy over it, built from five
news articles (October to December 2016: VOA, Al Arabiya, Human Rights First, Metro).

**Every fact is traceable to the exact characters of the article it came from**: events, statements, votes and
figures carry \`evidence\`, a list of \`{source_id, start, end, quote}\` where \`quote\` is exactly
\`source.text.slice(start, end)\`. A fact reported by several articles is one record with evidence from each.

Dates say how sure they are (\`*_precision\`, \`*_basis\`); numbers keep their uncertainty (\`raw_text\`, \`qualifier\`,
\`value\`/\`low\`/\`high\`); every person, state or organisation has one id across all articles.

Lists: \`{data, page: {limit, next_cursor}}\`, keyset-paged with an opaque \`cursor\`; filters take comma-separated values
meaning any of them; an unknown or malformed parameter is a 400 problem+json naming it; \`format=csv\` or
\`Accept: text/csv\` returns CSV. Responses carry an ETag derived from the database build and the code release.`;

const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self'",
].join('; ');

export default fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Aleppo Ledger API', version: API_VERSION, description: DESCRIPTION, license: { name: 'MIT', identifier: 'MIT' } },
        servers: [{ url: '/', description: 'This server' }],
        // The data is public and read-only: no operation asks for credentials, which an empty list states.
        security: [],
        tags: [
          { name: 'events', description: 'Dated happenings: vetoes, meetings, pauses, offensives, talks, trips.' },
          { name: 'statements', description: 'Who said what, when, and where it is written.' },
          { name: 'votes', description: "UN Security Council and General Assembly votes, vetoes and each member's position." },
          {
            name: 'figures',
            description: 'Numbers about people (trapped, besieged, killed, displaced) and other counts, with their uncertainty.',
          },
          {
            name: 'quantities',
            description:
              "One measured thing (people trapped in eastern Aleppo), every source's claim about it side by side, and the envelope they allow.",
          },
          { name: 'timeline', description: 'Events and votes (and statements) in date order, as JSON or as a TimelineJS3 document.' },
          { name: 'actors', description: 'People, states, organisations, UN bodies and armed groups: one id each across all articles.' },
          { name: 'locations', description: 'Places, nested by parent.' },
          { name: 'sources', description: 'The articles, with their full text.' },
          {
            name: 'annotations',
            description: 'Every evidence span as a W3C Web Annotation (JSON-LD): the article, the words, and the record they support.',
          },
          {
            name: 'exports',
            description: 'Everything at once: the tables as a Frictionless Data Package of CSVs, and the SQLite file itself.',
          },
          { name: 'health', description: 'Liveness and readiness probes.' },
        ],
      },
      transform: openapiTransform,
      transformObject: openapiTransformObject,
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      // BaseLayout: without the standalone top bar, whose logo is an SVG with an inline <style> that a strict
      // style-src blocks (and whose URL box only invites loading other documents).
      uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true, layout: 'BaseLayout' },
      // Not the plugin's default policy: that one has `upgrade-insecure-requests`, so over plain HTTP by any name
      // but localhost (a LAN address, a Docker host name) the browser asks for every asset over HTTPS and the
      // page stays blank.
      staticCSP: DOCS_CSP,
    });
  },
  { name: 'docs' },
);
