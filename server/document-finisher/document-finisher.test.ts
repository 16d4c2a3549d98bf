import { request as httpRequest, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256Base64 } from '../csp/document-policy';
import { readReactRuntimeScripts } from '../csp/framework-scripts';
import type { RequestHandler } from '../request-handler';
import { withDocumentFinisher } from './document-finisher';

const BASE_CSP = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
const OPENER = '(self.__next_f=self.__next_f||[]).push([0])';
const DATA = 'self.__next_f.push([1,"0:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Алматы\\"}]\\n"])';
const INJECTED = 'window.__pwned=1';
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><div style="left:12%">${'Алматы мен Үрімжі. '.repeat(100)}</div><script>${INJECTED}</script><script>${OPENER}</script><script>${DATA}</script></body></html>`;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let seenAcceptEncoding: (string | undefined)[] = [];

/** Stands in for Next: headers set both ways, flushHeaders before streaming, the body in pieces. */
const fakeNext: RequestHandler = (req, res) => {
  seenAcceptEncoding.push(req.headers['accept-encoding']);
  const path = req.url ?? '';
  res.setHeader('content-security-policy', BASE_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  if (path === '/_next/static/chunks/a.js') {
    const zipped = gzipSync('console.log(1)'.repeat(100));
    res.writeHead(200, { 'content-type': 'application/javascript', 'content-encoding': 'gzip', 'content-length': String(zipped.length) });
    res.end(zipped);
    return;
  }
  if (path === '/api/thing') {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'unauthorized', padding: 'x'.repeat(2_000) }));
    return;
  }
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304, { etag: '"v1"' });
    res.end();
    return;
  }
  res.statusCode = path === '/en/broken' ? 500 : 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('etag', '"v1"');
  res.flushHeaders();
  const bytes = Buffer.from(PAGE);
  res.write(bytes.subarray(0, 300));
  setTimeout(() => {
    res.write(bytes.subarray(300, 2_000).toString('latin1'), 'latin1');
    res.end(bytes.subarray(2_000));
  }, 5);
};

let server: Server;
let port = 0;

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
  const handle = withDocumentFinisher(fakeNext, { runtimeScripts: readReactRuntimeScripts() });
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seenAcceptEncoding = [];
});

const scriptSources = (reply: Reply) => String(reply.headers['content-security-policy']).split('; ').find((part) => part.startsWith('script-src')) ?? '';

describe('document finisher', () => {
  it('sends an HTML page whole with a policy listing its framework scripts and not the injected one', async () => {
    const reply = await send('/en');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(PAGE);
    expect(reply.headers['content-length']).toBe(String(reply.body.length));
    expect(reply.headers['transfer-encoding']).toBeUndefined();
    expect(scriptSources(reply)).toBe(`script-src 'self' 'sha256-${sha256Base64(OPENER)}' 'sha256-${sha256Base64(DATA)}'`);
    expect(String(reply.headers['content-security-policy'])).toContain(`style-src-attr 'unsafe-hashes' 'sha256-${sha256Base64('left:12%')}'`);
    expect(String(reply.headers['content-security-policy'])).not.toContain(sha256Base64(INJECTED));
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers.etag).toBe('"v1"');
  });

  it('compresses for the client itself, brotli first, and asks the handler for plain bytes', async () => {
    const br = await send('/en', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(br.headers.vary).toBe('Accept-Encoding');
    const gzip = await send('/en', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
    expect(gzip.headers['content-security-policy']).toBe(br.headers['content-security-policy']);
    expect(seenAcceptEncoding).toEqual([undefined, undefined]);
  });

  it('gives an error page the same kind of policy', async () => {
    const reply = await send('/en/broken');
    expect(reply.status).toBe(500);
    expect(scriptSources(reply)).toContain(sha256Base64(OPENER));
    expect(scriptSources(reply)).not.toContain(sha256Base64(INJECTED));
  });

  it('sends a 304 without a policy, so the browser keeps the one stored with its copy', async () => {
    const reply = await send('/en', { 'if-none-match': '"v1"' });
    expect(reply.status).toBe(304);
    expect(reply.headers['content-security-policy']).toBeUndefined();
    expect(reply.headers.etag).toBe('"v1"');
  });

  it('keeps the base policy on JSON and compresses it', async () => {
    const reply = await send('/api/thing', { 'accept-encoding': 'gzip' });
    expect(reply.status).toBe(401);
    expect(reply.headers['content-security-policy']).toBe(BASE_CSP);
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(reply.body).toString()).error).toBe('unauthorized');
  });

  it("leaves Next's build assets and HEAD requests as Next sends them", async () => {
    const asset = await send('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.body).toString()).toContain('console.log(1)');
    const head = await send('/en', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-security-policy']).toBe(BASE_CSP);
    expect(seenAcceptEncoding).toEqual(['gzip', 'gzip']);
  });
});
