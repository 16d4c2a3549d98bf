import { describe, expect, it } from 'vitest';
import { LruStore, type StoredResponse } from './lru-store';

function page(bytes: number): StoredResponse {
  return { status: 200, headers: {}, body: Buffer.alloc(bytes, 0x61) };
}

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('LruStore', () => {
  it('returns what was stored until the time to live has passed', () => {
    const time = clock();
    const store = new LruStore({ maxBytes: 10_000, ttlMs: 5_000, now: time.now });
    const response = page(100);
    store.set('a', response);
    time.advance(4_999);
    expect(store.get('a')).toBe(response);
    time.advance(1);
    expect(store.get('a')).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
  });

  it('drops the least recently used entries past the byte bound', () => {
    const store = new LruStore({ maxBytes: 3_300, ttlMs: 60_000 });
    store.set('a', page(400));
    store.set('b', page(400));
    store.set('c', page(400));
    expect(store.get('a')).toBeDefined();
    for (const key of ['d', 'e', 'f', 'g', 'h', 'i']) store.set(key, page(400));
    expect(store.bytes).toBeLessThanOrEqual(3_300);
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('i')).toBeDefined();
    expect(store.get('c')).toBeDefined();
  });

  it('refuses a single response larger than an eighth of the bound', () => {
    const store = new LruStore({ maxBytes: 8_000, ttlMs: 60_000 });
    expect(store.set('big', page(1_001))).toBe(false);
    expect(store.get('big')).toBeUndefined();
    expect(store.set('small', page(900))).toBe(true);
  });

  it('counts a replaced entry once', () => {
    const store = new LruStore({ maxBytes: 80_000, ttlMs: 60_000 });
    store.set('a', page(500));
    store.set('a', page(700));
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(700 + 'a'.length);
  });

  it('empties on clear and moves to a new generation', () => {
    const store = new LruStore({ maxBytes: 80_000, ttlMs: 60_000 });
    store.set('a', page(10));
    const before = store.generation;
    store.clear();
    expect(store.get('a')).toBeUndefined();
    expect(store.bytes).toBe(0);
    expect(store.generation).toBe(before + 1);
  });
});
