import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/http/response-cache.js';

describe('ResponseCache', () => {
  it('stays within its byte budget by dropping the least recently used answer first', () => {
    const cache = new ResponseCache(10_000, 2);
    const body = 'x'.repeat(2_000);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, body, 'application/json', undefined);
    expect(cache.get('a')).toBeDefined(); // a is now the most recently used
    cache.set('e', body, 'application/json', undefined);
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe(body);
    expect(cache.get('e')?.body).toBe(body);
  });

  it('does not keep one answer larger than its share of the budget, nor anything when the budget is 0', () => {
    const cache = new ResponseCache(10_000, 2);
    cache.set('big', 'x'.repeat(6_000), 'text/csv', undefined);
    expect(cache.get('big')).toBeUndefined();
    const off = new ResponseCache(0);
    off.set('a', 'x', 'application/json', undefined);
    expect(off.enabled).toBe(false);
    expect(off.size.entries).toBe(0);
  });
});
