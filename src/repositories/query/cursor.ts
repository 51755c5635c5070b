/**
 * Opaque keyset cursors. A cursor carries the sort it belongs to and the last row's key, signed with an HMAC
 * keyed by the database build, so a tampered cursor (or one from another build, whose order may differ) is
 * refused (InvalidCursor) instead of silently skipping or repeating records.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursor } from '../domain-errors.js';

export type CursorKey = (string | number)[];

interface CursorBody {
  s: string;
  k: CursorKey;
}

export class CursorCodec {
  private readonly secret: string;

  constructor(buildId: string) {
    this.secret = `aleppo-ledger-cursor:${buildId}`;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
  }

  encode(sort: string, key: CursorKey): string {
    const payload = Buffer.from(JSON.stringify({ s: sort, k: key } satisfies CursorBody)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  decode(cursor: string, sort: string, arity: number): CursorKey {
    const invalid = (reason: string) => new InvalidCursor(reason);
    const dot = cursor.indexOf('.');
    if (dot <= 0) throw invalid('is not a cursor issued by this API');
    const payload = cursor.slice(0, dot);
    const signature = Buffer.from(cursor.slice(dot + 1));
    const expected = Buffer.from(this.sign(payload));
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      throw invalid('was altered, or was issued for another version of the data; start again without a cursor');
    }
    let body: CursorBody;
    try {
      body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CursorBody;
    } catch {
      throw invalid('is not a cursor issued by this API');
    }
    if (body.s !== sort) throw invalid(`belongs to sort "${body.s}", not "${sort}"; keep the same sort while paging`);
    if (!Array.isArray(body.k) || body.k.length !== arity || !body.k.every((v) => typeof v === 'string' || typeof v === 'number')) {
      throw invalid('is not a cursor issued by this API');
    }
    return body.k;
  }
}
