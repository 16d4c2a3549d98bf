import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withMethodGate } from './method-gate';
import { answerClientError, answerConnect, targetOfRequestLine } from './socket-answers';

let server: Server;
let port = 0;
let handled: string[] = [];

/** Sends raw HTTP/1.1 and returns what came back, whole. */
function raw(requestText: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(requestText));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

const request = (method: string, path: string, extra = '') => raw(`${method} ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n${extra}\r\n`);
const statusOf = (response: string) => Number(response.split(' ')[1]);
const headerOf = (response: string, name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(response.split('\r\n\r\n')[0] ?? '')?.[1]?.trim();
const bodyOf = (response: string) => response.slice(response.indexOf('\r\n\r\n') + 4);

beforeAll(async () => {
  const handle = withMethodGate((req, res) => {
    handled.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '21' });
    res.end('<html>the page</html>');
  });
  server = createServer((req, res) => void handle(req, res));
  server.on('clientError', answerClientError);
  server.on('connect', answerConnect);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  handled = [];
});

describe('method gate', () => {
  it('hands reads of a page to the handler', async () => {
    const response = await request('GET', '/en');
    expect(statusOf(response)).toBe(200);
    expect(bodyOf(response)).toBe('<html>the page</html>');
    expect(handled).toEqual(['GET /en']);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'MKCOL', 'PURGE', 'SEARCH'])('refuses %s on a page with 405, Allow and the security headers, without the handler', async (method) => {
    const response = await request(method, '/en/articles/x?y=1');
    expect(statusOf(response)).toBe(405);
    expect(headerOf(response, 'allow')).toBe('GET, HEAD');
    expect(headerOf(response, 'content-security-policy')).toContain("script-src 'self'");
    expect(headerOf(response, 'x-frame-options')).toBe('DENY');
    expect(bodyOf(response)).toBe('Method Not Allowed\n');
    expect(handled).toEqual([]);
  });

  it('answers OPTIONS with 204 and the allowed methods', async () => {
    const page = await request('OPTIONS', '/kk');
    expect(statusOf(page)).toBe(204);
    expect(headerOf(page, 'allow')).toBe('GET, HEAD');
    expect(headerOf(page, 'content-length')).toBeUndefined();
    const endpoint = await request('OPTIONS', '/api/revalidate');
    expect(headerOf(endpoint, 'allow')).toBe('POST');
    expect(handled).toEqual([]);
  });

  it('answers a CORS preflight on open data with GET and HEAD for any origin, and none elsewhere', async () => {
    const preflight = 'origin: https://other.example\r\naccess-control-request-method: GET\r\naccess-control-request-headers: if-none-match\r\n';
    const api = await request('OPTIONS', '/api/v1/articles?limit=5', preflight);
    expect(statusOf(api)).toBe(204);
    expect(headerOf(api, 'access-control-allow-origin')).toBe('*');
    expect(headerOf(api, 'access-control-allow-methods')).toBe('GET, HEAD');
    expect(headerOf(api, 'access-control-allow-headers')).toMatch(/If-None-Match/);
    const page = await request('OPTIONS', '/en', preflight);
    expect(headerOf(page, 'access-control-allow-origin')).toBeUndefined();
    expect(headerOf(await request('OPTIONS', '/api/revalidate', preflight), 'access-control-allow-origin')).toBeUndefined();
    expect(statusOf(await request('POST', '/api/v1/articles', 'content-length: 0\r\n'))).toBe(405);
    expect(handled).toEqual([]);
  });

  it('lets only POST through to the revalidation endpoint', async () => {
    expect(statusOf(await request('POST', '/api/revalidate', 'content-length: 0\r\n'))).toBe(200);
    const read = await request('GET', '/api/revalidate');
    expect(statusOf(read)).toBe(405);
    expect(headerOf(read, 'allow')).toBe('POST');
    const head = await request('HEAD', '/api/revalidate');
    expect(statusOf(head)).toBe(405);
    expect(bodyOf(head)).toBe('');
    expect(handled).toEqual(['POST /api/revalidate']);
  });

  it.each([
    ['BREW', '/en', 'GET, HEAD'],
    ['TRACK', '/api/revalidate', 'POST'],
    ['get', '/en', 'GET, HEAD'],
  ])('refuses %s, a method the HTTP parser does not know, with 405 for %s', async (method, path, allow) => {
    const response = await request(method, path);
    expect(statusOf(response)).toBe(405);
    expect(headerOf(response, 'allow')).toBe(allow);
    expect(headerOf(response, 'content-security-policy')).toContain("frame-ancestors 'none'");
    expect(handled).toEqual([]);
  });

  it('refuses CONNECT with 405 instead of dropping the connection', async () => {
    const response = await request('CONNECT', 'example.org:443');
    expect(statusOf(response)).toBe(405);
    expect(headerOf(response, 'allow')).toBe('GET, HEAD');
  });

  it('keeps Node’s own answers to other malformed requests', async () => {
    expect(statusOf(await raw('GET /en HTTP/1.1\r\nbad header line\r\n\r\n'))).toBe(400);
    expect(statusOf(await raw(`GET /en HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`))).toBe(431);
  });
});

describe('targetOfRequestLine', () => {
  it.each([
    ['BREW /kk?x HTTP/1.1\r\nhost: x\r\n', '/kk?x'],
    ['BREW /kk HTTP/1.0\r\n', '/kk'],
    ['BREW /kk', undefined],
    ['', undefined],
  ])('%j → %s', (packet, target) => {
    expect(targetOfRequestLine(Buffer.from(packet, 'latin1'))).toBe(target);
  });
});
