import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LruStore } from '../micro-cache/lru-store';
import type { RequestHandler } from '../request-handler';
import { withAssetCompression } from './asset-compression';

/** A real minified script, on which the highest brotli quality gains over the fast one. */
const SCRIPT = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('react')), 'cjs', 'react.production.js'));
const FONT = Buffer.alloc(5_000, 7);

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let requests: { url: string; acceptEncoding: string | undefined }[] = [];

/** Stands in for Next's static files: plain bytes, unless asked for gzip. */
const fakeNext: RequestHandler = (req, res) => {
  requests.push({ url: req.url ?? '', acceptEncoding: req.headers['accept-encoding'] as string | undefined });
  const font = req.url?.endsWith('.woff2');
  const body = font ? FONT : SCRIPT;
  res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  res.setHeader('content-security-policy', "default-src 'self'");
  res.writeHead(200, { 'content-type': font ? 'font/woff2' : 'application/javascript; charset=UTF-8', 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
};

let server: Server;
let port = 0;
let store: LruStore;

function send(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  store = new LruStore({ maxBytes: 10_000_000, ttlMs: 60_000 });
  const handle = withAssetCompression(fakeNext, { store, bestCompressionDelayMs: 0 });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  store.clear();
});

describe('asset compression', () => {
  it('compresses a script with brotli at once, then keeps a copy at the highest quality that answers without Next', async () => {
    const first = await send('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(first.body).equals(SCRIPT)).toBe(true);
    expect(first.headers['content-length']).toBe(String(first.body.length));
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(first.headers['content-security-policy']).toBe("default-src 'self'");
    expect(requests).toEqual([{ url: '/_next/static/chunks/a.js', acceptEncoding: undefined }]);
    await expect.poll(async () => (await send('/_next/static/chunks/a.js', { 'accept-encoding': 'br' })).body.length).toBeLessThan(first.body.length);
    const later = await send('/_next/static/chunks/a.js', { 'accept-encoding': 'br' });
    expect(brotliDecompressSync(later.body).equals(SCRIPT)).toBe(true);
    expect(later.headers.vary).toBe('Accept-Encoding');
    expect(requests).toHaveLength(1);
    const head = await send('/_next/static/chunks/a.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-length']).toBe(String(later.body.length));
    expect(head.body.length).toBe(0);
  });

  it('keeps gzip and brotli copies apart', async () => {
    await send('/_next/static/chunks/b.js', { 'accept-encoding': 'br' });
    const gzip = await send('/_next/static/chunks/b.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(SCRIPT)).toBe(true);
  });

  it('leaves to Next what it cannot improve: no accepted encoding, a byte range, a font, pages', async () => {
    const plain = await send('/_next/static/chunks/c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(SCRIPT)).toBe(true);
    const range = await send('/_next/static/chunks/c.js', { 'accept-encoding': 'br', range: 'bytes=0-9' });
    expect(range.headers['content-encoding']).toBeUndefined();
    const font = await send('/_next/static/media/inter.woff2', { 'accept-encoding': 'br' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.equals(FONT)).toBe(true);
    await send('/en', { 'accept-encoding': 'br' });
    expect(requests.map((request) => request.acceptEncoding)).toEqual([undefined, 'br', undefined, 'br']);
  });
});
