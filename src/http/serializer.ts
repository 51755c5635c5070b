/**
 * Response serialization compiled from the same zod schemas that document the responses: each schema becomes
 * JSON Schema once, and fast-json-stringify compiles it into a serializer. That is several times faster than
 * validating with zod and calling JSON.stringify on every reply, and it writes only the fields the schema
 * declares, so an internal column can never leak into a response.
 *
 * A schema is compiled when it first serializes something, not when its route is registered, and once however
 * many routes and statuses answer with it: compiling every route's responses at start took about 400 ms of a
 * one-second cold start, for routes (CSV forms, error statuses, rare exports) most processes never answer.
 * test/api/serializers.test.ts compiles every route's response schemas, so a schema fast-json-stringify cannot
 * compile still fails a test rather than a client's first request.
 */
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };

/** `anyOf: [{type: 'string'}, {type: 'null'}]` becomes `type: ['string', 'null']`, which fjs serializes without a runtime schema check. */
function simplifyNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplifyNullable);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplifyNullable(value);
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nullIndex = anyOf.findIndex((branch) => branch.type === 'null');
    const other = anyOf[1 - nullIndex];
    if (nullIndex >= 0 && other && typeof other.type === 'string' && !('anyOf' in other)) {
      const { anyOf: _dropped, ...rest } = out;
      return { ...rest, ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

/** Structure only: descriptions and component ids belong to the OpenAPI document, not the serializer. */
export function zodToSerializationSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
    reused: 'inline',
    metadata: z.registry(),
  }) as JsonSchema;
  delete json.$schema;
  return simplifyNullable(json) as JsonSchema;
}

export type Serializer = (data: unknown) => string;

const compiled = new WeakMap<z.ZodType, Serializer>();

/** The serializer of `schema`, compiled on first call and shared by every caller that serializes with the same schema. */
export function serializerFor(schema: z.ZodType): Serializer {
  let serialize = compiled.get(schema);
  if (!serialize) {
    serialize = fastJson(zodToSerializationSchema(schema)) as Serializer;
    compiled.set(schema, serialize);
  }
  return serialize;
}

/** A serializer that compiles `schema` the first time it is called. */
export function lazySerializer(schema: z.ZodType): Serializer {
  let serialize: Serializer | undefined;
  return (data) => {
    serialize ??= serializerFor(schema);
    return serialize(data);
  };
}

const isZodSchema = (schema: unknown): schema is z.ZodType => schema instanceof z.ZodType;

export const compiledSerializer: FastifySerializerCompiler<unknown> = ({ schema }) => {
  if (isZodSchema(schema)) return lazySerializer(schema);
  return (data: unknown) => JSON.stringify(data);
};
