import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { e2ePort } from './e2e-server';

/**
 * Every HTTP method on every kind of address, sent as raw HTTP/1.1 so that methods no client
 * library sends (TRACE, CONNECT, made-up names) arrive as an attacker would send them.
 */

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A small JSON body for the methods that usually carry one. */
const TYPICAL_BODY = '{"title":"x"}';

function rawRequest(method: string, path: string, { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(e2ePort, '127.0.0.1');
    const chunks: Buffer[] = [];
    const sent = body ?? (['POST', 'PUT', 'PATCH', 'PROPFIND'].includes(method) ? TYPICAL_BODY : '');
    const allHeaders: Record<string, string> = { host: `127.0.0.1:${e2ePort}`, connection: 'close', ...headers };
    if (sent !== '' && allHeaders['content-length'] === undefined) {
      allHeaders['content-type'] ??= 'application/json';
      allHeaders['content-length'] = String(Buffer.byteLength(sent));
    }
    const headerLines = Object.entries(allHeaders).map(([name, value]) => `${name}: ${value}`);
    socket.setTimeout(20_000, () => socket.destroy(new Error(`${method} ${path}: no answer in 20 s`)));
    socket.on('connect', () => socket.write(`${method} ${path} HTTP/1.1\r\n${headerLines.join('\r\n')}\r\n\r\n${sent}`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const headEnd = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, headEnd === -1 ? text.length : headEnd).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: headEnd === -1 ? '' : text.slice(headEnd + 4) });
    });
  });
}

const READ = 'GET, HEAD';
const WRITE = 'POST';

interface RouteClass {
  name: string;
  /** A function when the address must be looked up (a build's static file name). */
  path: string | (() => Promise<string>);
  /** What GET and HEAD answer there. */
  readStatus: number;
  allow: typeof READ | typeof WRITE;
  /** Requested twice before the test, so that its GET is answered from the micro-cache. */
  cached?: boolean;
}

async function firstScriptOfDashboard(): Promise<string> {
  const html = (await rawRequest('GET', '/en')).body;
  const src = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('no script in /en');
  return src;
}

const ROUTE_CLASSES: readonly RouteClass[] = [
  { name: 'prerendered page', path: '/kk', readStatus: 200, allow: READ },
  { name: 'cached page', path: '/en/articles/000-2b8d6f310e8ad15b?methods=1', readStatus: 200, allow: READ, cached: true },
  { name: 'page rendered per request', path: `/ru/search?q=${encodeURIComponent('Алматы')}`, readStatus: 200, allow: READ },
  { name: 'API address', path: '/api/articles', readStatus: 404, allow: READ },
  { name: 'revalidation endpoint', path: '/api/revalidate', readStatus: 405, allow: WRITE },
  { name: 'static file of the build', path: firstScriptOfDashboard, readStatus: 200, allow: READ },
  { name: 'static file of the app', path: '/icon.svg', readStatus: 200, allow: READ },
  { name: 'unknown address', path: '/xx/anything', readStatus: 404, allow: READ },
  { name: 'unknown page in a locale', path: '/en/no-such-page', readStatus: 404, allow: READ },
];

/** Methods a read-only site must refuse: writes, WebDAV, diagnostics, tunnels and names no standard defines. */
const REFUSED = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'CONNECT', 'PROPFIND', 'MKCOL', 'PURGE', 'BREW', 'get'] as const;

interface Expectation {
  method: string;
  status: number;
  allow?: string;
}

/** The table: what each method gets on a route class. */
function expectations(route: RouteClass): Expectation[] {
  const refusal = (method: string): Expectation => ({ method, status: 405, allow: route.allow });
  if (route.allow === WRITE) {
    return [
      refusal('GET'),
      refusal('HEAD'),
      { method: 'OPTIONS', status: 204, allow: WRITE },
      // No bearer secret: refused by the endpoint itself.
      { method: 'POST', status: 401 },
      ...REFUSED.filter((method) => method !== 'POST').map(refusal),
    ];
  }
  return [
    { method: 'GET', status: route.readStatus },
    { method: 'HEAD', status: route.readStatus },
    { method: 'OPTIONS', status: 204, allow: READ },
    ...REFUSED.map(refusal),
  ];
}

async function resolvedPath(route: RouteClass): Promise<string> {
  return typeof route.path === 'string' ? route.path : route.path();
}

test.describe('HTTP methods on every kind of address', () => {
  for (const route of ROUTE_CLASSES) {
    for (const { method, status, allow } of expectations(route)) {
      test(`${route.name}: ${method} answers ${status}${allow ? ` with Allow: ${allow}` : ''}`, async () => {
        const path = await resolvedPath(route);
        if (route.cached) {
          await rawRequest('GET', path);
          expect((await rawRequest('GET', path)).headers['x-bauyrlas-cache']).toBe('hit');
        }
        const response = await rawRequest(method, path);
        expect(response.status).toBe(status);
        expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        if (allow) expect(response.headers.allow).toBe(allow);
        if (status === 405) {
          // Refused before anything renders: a short text, never the page.
          expect(response.body).toBe(method === 'HEAD' ? '' : 'Method Not Allowed\n');
          expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
        }
        if (status === 204) expect(response.body).toBe('');
      });
    }
  }

  test('a refused write is answered at once, without waiting for the body it announces', async () => {
    const startedAt = Date.now();
    const response = await rawRequest('PUT', '/kk', { headers: { 'content-length': '1000000' }, body: 'the first bytes' });
    expect(response.status).toBe(405);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  test('a cross-origin preflight gets the allowed methods and no CORS permission', async () => {
    const response = await rawRequest('OPTIONS', '/en', { headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.allow).toBe(READ);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-methods']).toBeUndefined();
  });
});
