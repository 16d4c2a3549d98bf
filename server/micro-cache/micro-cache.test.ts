import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LruStore } from './lru-store';
import { MICRO_CACHE_HEADER, withMicroCache, type RequestHandler } from './micro-cache';

const CSP = "default-src 'self'; frame-ancestors 'none'";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let now = 0;
let version = 1;
let calls: string[] = [];
let releaseSlow: (() => void) | null = null;
const store = new LruStore({ maxBytes: 1_000_000, ttlMs: 5_000, now: () => now });

/** Stands in for Next: answers like its ISR pages do, writing headers both ways and the body in pieces. */
const fakeNext: RequestHandler = async (req, res) => {
  const path = req.url ?? '';
  calls.push(`${req.method} ${path}`);
  if (path === '/api/revalidate') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"revalidated":true}');
    return;
  }
  if (path.startsWith('/en/slow')) await new Promise<void>((resolve) => (releaseSlow = resolve));
  if (path.startsWith('/en/fails-once') && handlerCalls(path) === 1) {
    await new Promise<void>((resolve) => (releaseSlow = resolve));
    res.destroy();
    return;
  }
  const nextCache = path.startsWith('/en/stale') ? 'STALE' : path.startsWith('/en/dynamic') ? undefined : 'HIT';
  res.setHeader('content-security-policy', CSP);
  res.setHeader('set-cookie', 'NEXT_LOCALE=en; Path=/; SameSite=lax');
  const text = `<html><body>page ${path} version ${version} ${'x'.repeat(2_000)}</body></html>`;
  const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? gzipSync(text) : Buffer.from(text);
  res.writeHead(path.includes('/missing') ? 404 : 200, {
    'content-type': 'text/html; charset=utf-8',
    etag: `"v${version}"`,
    'cache-control': nextCache ? 's-maxage=300' : 'private, no-store',
    ...(nextCache ? { 'x-nextjs-cache': nextCache } : {}),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.write(body.subarray(0, 100));
  res.end(body.subarray(100));
};

let server: Server;
let port = 0;
/** Requests the server has received, answered or not. */
let arrived = 0;

function send(path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Lets the request waiting in the fake handler finish. */
function releaseWaitingRequest(): void {
  const release = releaseSlow as (() => void) | null;
  releaseSlow = null;
  release?.();
}

const handlerCalls = (path: string) => calls.filter((call) => call.endsWith(` ${path}`)).length;

beforeAll(async () => {
  const handle = withMicroCache(fakeNext, { store, revalidatePath: '/api/revalidate', maxBodyBytes: 100_000 });
  server = createServer((req, res) => {
    arrived += 1;
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  store.clear();
  calls = [];
  arrived = 0;
  version = 1;
  now += 60_000;
});

describe('micro-cache in front of a handler', () => {
  it('answers the second request of a page from memory with the same bytes and headers', async () => {
    const first = await send('/en/articles/fair');
    const second = await send('/en/articles/fair');
    expect(first.headers[MICRO_CACHE_HEADER]).toBe('miss');
    expect(second.headers[MICRO_CACHE_HEADER]).toBe('hit');
    expect(handlerCalls('/en/articles/fair')).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString()).toContain('page /en/articles/fair version 1');
    expect(second.headers['content-security-policy']).toBe(CSP);
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['content-length']).toBe(String(first.body.length));
    expect(second.headers.etag).toBe('"v1"');
  });

  it('sets the locale cookie itself on a hit, only when the visitor lacks it', async () => {
    await send('/en');
    const withoutCookie = await send('/en');
    const withCookie = await send('/en', { headers: { cookie: 'NEXT_LOCALE=en' } });
    const otherLocale = await send('/en', { headers: { cookie: 'NEXT_LOCALE=kk' } });
    expect(withoutCookie.headers[MICRO_CACHE_HEADER]).toBe('hit');
    expect(withoutCookie.headers['set-cookie']).toEqual(['NEXT_LOCALE=en; Path=/; SameSite=lax']);
    expect(withCookie.headers['set-cookie']).toBeUndefined();
    expect(otherLocale.headers['set-cookie']).toEqual(['NEXT_LOCALE=en; Path=/; SameSite=lax']);
  });

  it('keeps compressed and plain copies apart', async () => {
    const gzipHeaders = { 'accept-encoding': 'gzip' };
    await send('/en', { headers: gzipHeaders });
    const zipped = await send('/en', { headers: gzipHeaders });
    const plain = await send('/en');
    expect(zipped.headers[MICRO_CACHE_HEADER]).toBe('hit');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toContain('page /en version 1');
    expect(plain.headers[MICRO_CACHE_HEADER]).toBe('miss');
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers a matching If-None-Match with 304 from memory', async () => {
    await send('/ru/entities/almaty');
    const notModified = await send('/ru/entities/almaty', { headers: { 'if-none-match': '"v1"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe('"v1"');
    expect(notModified.headers['content-security-policy']).toBe(CSP);
    const changed = await send('/ru/entities/almaty', { headers: { 'if-none-match': '"v0"' } });
    expect(changed.status).toBe(200);
    expect(handlerCalls('/ru/entities/almaty')).toBe(1);
  });

  it('answers HEAD from memory without a body', async () => {
    const page = await send('/kk');
    const head = await send('/kk', { method: 'HEAD' });
    expect(head.headers[MICRO_CACHE_HEADER]).toBe('hit');
    expect(head.headers['content-length']).toBe(String(page.body.length));
    expect(head.body.length).toBe(0);
  });

  it('passes router payload requests, the API and other methods to the handler untouched', async () => {
    for (const [path, headers] of [
      ['/en', { rsc: '1' }],
      ['/en?_rsc=abc', {}],
    ] as const) {
      await send(path, { headers });
      const again = await send(path, { headers });
      expect(again.headers[MICRO_CACHE_HEADER], path).toBeUndefined();
      expect(handlerCalls(path), path).toBe(2);
    }
  });

  it('does not store old copies Next is regenerating, nor errors', async () => {
    for (const path of ['/en/stale', '/en/missing']) {
      await send(path);
      const again = await send(path);
      expect(again.headers[MICRO_CACHE_HEADER], path).toBe('miss');
      expect(handlerCalls(path), path).toBe(2);
    }
  });

  it('shares a page Next renders per request for the time to live, keyed by its query', async () => {
    await send('/en/dynamic?articles=2');
    const again = await send('/en/dynamic?articles=2');
    expect(again.headers[MICRO_CACHE_HEADER]).toBe('hit');
    expect(again.headers['cache-control']).toBe('private, no-store');
    expect(handlerCalls('/en/dynamic?articles=2')).toBe(1);
    expect((await send('/en/dynamic?articles=3')).headers[MICRO_CACHE_HEADER]).toBe('miss');
  });

  it('asks the handler again once the time to live has passed', async () => {
    await send('/en/timeline');
    now += 4_000;
    expect((await send('/en/timeline')).headers[MICRO_CACHE_HEADER]).toBe('hit');
    now += 1_000;
    version = 2;
    const later = await send('/en/timeline');
    expect(later.headers[MICRO_CACHE_HEADER]).toBe('miss');
    expect(later.body.toString()).toContain('version 2');
  });

  it('forgets every page after a successful revalidation call', async () => {
    await send('/en');
    await send('/ru');
    version = 2;
    const revalidation = await send('/api/revalidate', { method: 'POST' });
    expect(revalidation.headers[MICRO_CACHE_HEADER]).toBeUndefined();
    for (const path of ['/en', '/ru']) {
      const fresh = await send(path);
      expect(fresh.headers[MICRO_CACHE_HEADER], path).toBe('miss');
      expect(fresh.body.toString()).toContain('version 2');
    }
  });

  it('does not store a page that was being produced while the cache was cleared', async () => {
    const pending = send('/en/slow');
    await expect.poll(() => releaseSlow).not.toBeNull();
    store.clear();
    releaseWaitingRequest();
    await pending;
    const next = send('/en/slow');
    await expect.poll(() => releaseSlow).not.toBeNull();
    releaseWaitingRequest();
    expect((await next).headers[MICRO_CACHE_HEADER]).toBe('miss');
    expect(handlerCalls('/en/slow')).toBe(2);
  });

  it('renders a page that is not in memory once for twenty concurrent requests; the others get copies', async () => {
    const replies = Promise.all(Array.from({ length: 20 }, () => send('/en/slow/cold', { headers: { 'accept-encoding': 'gzip' } })));
    await expect.poll(() => arrived).toBe(20);
    releaseWaitingRequest();
    const answered = await replies;
    expect(handlerCalls('/en/slow/cold')).toBe(1);
    const outcomes = answered.map((reply) => reply.headers[MICRO_CACHE_HEADER]).sort();
    expect(outcomes).toEqual(['miss', ...Array<string>(19).fill('shared')]);
    for (const reply of answered) {
      expect(reply.status).toBe(200);
      expect(reply.body.equals(answered[0]!.body)).toBe(true);
      expect(reply.headers['content-encoding']).toBe('gzip');
      expect(reply.headers['content-security-policy']).toBe(CSP);
    }
    expect((await send('/en/slow/cold', { headers: { 'accept-encoding': 'gzip' } })).headers[MICRO_CACHE_HEADER]).toBe('hit');
  });

  it('shares an answer that is not stored (a 404) with the requests that waited for it', async () => {
    const replies = Promise.all([send('/en/slow/missing'), send('/en/slow/missing'), send('/en/slow/missing')]);
    await expect.poll(() => arrived).toBe(3);
    releaseWaitingRequest();
    expect((await replies).map((reply) => reply.status)).toEqual([404, 404, 404]);
    expect(handlerCalls('/en/slow/missing')).toBe(1);
  });

  it('lets the waiting requests go to the handler when the one in flight ends without a response', async () => {
    const failed = send('/en/fails-once').catch(() => null);
    await expect.poll(() => arrived).toBe(1);
    const waiting = Promise.all([send('/en/fails-once'), send('/en/fails-once')]);
    await expect.poll(() => arrived).toBe(3);
    releaseWaitingRequest();
    expect(await failed).toBeNull();
    const answered = await waiting;
    expect(answered.map((reply) => reply.status)).toEqual([200, 200]);
    // One of them renders; the other gets its copy, in flight or already stored.
    const outcomes = answered.map((reply) => String(reply.headers[MICRO_CACHE_HEADER])).sort();
    expect(outcomes[1]).toBe('miss');
    expect(['hit', 'shared']).toContain(outcomes[0]);
    expect(handlerCalls('/en/fails-once')).toBe(2);
  });

  it('does not hand a render begun before a clear to a request that arrives after it', async () => {
    const before = send('/en/slow/clear');
    await expect.poll(() => releaseSlow).not.toBeNull();
    const firstRelease = releaseSlow as unknown as () => void;
    releaseSlow = null;
    store.clear();
    version = 2;
    const after = send('/en/slow/clear');
    await expect.poll(() => releaseSlow).not.toBeNull();
    releaseWaitingRequest();
    firstRelease();
    expect((await after).body.toString()).toContain('version 2');
    expect((await before).headers[MICRO_CACHE_HEADER]).toBe('miss');
    expect(handlerCalls('/en/slow/clear')).toBe(2);
  });
});
