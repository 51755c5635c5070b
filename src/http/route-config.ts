/**
 * What a route says about itself, in its Fastify route config (read back through `request.routeOptions.config`
 * by the plugins, and through `route.config` by the OpenAPI transform) instead of plugins matching URLs.
 * `rateLimit: false` is @fastify/rate-limit's own switch.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route answers: a page of a list, one record, or a health probe. */
    kind?: RouteKind;
    /** `false`: the caching plugin never keeps, revalidates or lets a cache keep its answers (probes must be live). */
    cache?: boolean;
    /** The one media type the route answers, when not JSON (the OpenAPI document lists it instead of JSON and CSV). */
    produces?: string;
    /**
     * `true`: the route's ETag is a digest of the bytes it sends (a file), set by the route, which answers
     * `If-None-Match` itself; the caching plugin neither derives nor checks one. Cache-Control is as for any GET.
     */
    ownEtag?: boolean;
  }
}

export type RouteKind = 'list' | 'record' | 'probe';

/** The route config of a list of records, of one record, and of a health probe. */
export const LIST_ROUTE = { kind: 'list' } as const;
export const RECORD_ROUTE = { kind: 'record' } as const;
export const PROBE_ROUTE = { kind: 'probe', rateLimit: false, cache: false } as const;

/** `events` -> `event`, `quantities` -> `quantity`: what one record of a resource is called (operation ids, 404s). */
export const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word);
