import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Base64 } from './csp/document-policy';
import { readReactRuntimeScripts } from './csp/framework-scripts';
import { LruStore } from './micro-cache/lru-store';
import { MICRO_CACHE_HEADER } from './micro-cache/micro-cache';
import { productionHandler } from './production-handler';
import type { RequestHandler } from './request-handler';

const DATA_SCRIPT = 'self.__next_f.push([1,"0:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Шанхай\\"}]\\n"])';
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** Renders of each path by the stand-in for Next: what the stampede protection must keep at one. */
const renders = new Map<string, number>();

/** Stands in for Next: a page takes 50 ms to render and streams. */
const fakeNext: RequestHandler = async (req, res) => {
  const path = req.url ?? '';
  renders.set(path, (renders.get(path) ?? 0) + 1);
  await new Promise((resolve) => setTimeout(resolve, 50));
  res.setHeader('content-security-policy', "default-src 'self'; script-src 'self'");
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' });
  res.write(`<!DOCTYPE html><html><body><h1>${'Шанхай '.repeat(300)}</h1>`);
  res.end(`<script>${DATA_SCRIPT}</script></body></html>`);
};

let server: Server;
let port = 0;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function send(path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method, headers: { 'accept-encoding': BROWSER_ENCODINGS } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  const store = new LruStore({ maxBytes: 10_000_000, ttlMs: 5_000 });
  const assetStore = new LruStore({ maxBytes: 10_000_000, ttlMs: 60_000 });
  const handle = productionHandler(fakeNext, { store, assetStore, runtimeScripts: readReactRuntimeScripts(), maxBodyBytes: 1_000_000 });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the production server in front of Next', () => {
  it('renders a cold page once for twenty concurrent visitors, each getting the page with its hashed policy', async () => {
    const path = '/kk/entities/shanghai?articles=2';
    const replies = await Promise.all(Array.from({ length: 20 }, () => send(path)));
    expect(renders.get(path)).toBe(1);
    const expectedScripts = `script-src 'self' 'sha256-${sha256Base64(DATA_SCRIPT)}'`;
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(reply.body).toString()).toContain(DATA_SCRIPT);
      expect(String(reply.headers['content-security-policy'])).toContain(expectedScripts);
    }
    expect(replies.filter((reply) => reply.headers[MICRO_CACHE_HEADER] === 'miss')).toHaveLength(1);
    const replay = await send(path);
    expect(replay.headers[MICRO_CACHE_HEADER]).toBe('hit');
    expect(replay.headers['content-security-policy']).toBe(replies[0]!.headers['content-security-policy']);
    expect(renders.get(path)).toBe(1);
  });

  it('refuses a write on a page without rendering it', async () => {
    const reply = await send('/kk/entities/almaty', 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
    expect(renders.get('/kk/entities/almaty')).toBeUndefined();
  });
});
