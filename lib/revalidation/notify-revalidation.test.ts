import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { describeRevalidation, notifyRevalidation } from './notify-revalidation';

const SECRET = 'loopback-test-secret-with-enough-length';
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Seen {
  method?: string;
  headers?: IncomingHttpHeaders;
}

/** A loopback server answering with `status` and `body` (or never, when `silent`). */
async function startServer(status: number, body: unknown, silent = false): Promise<{ url: string; seen: Seen }> {
  const seen: Seen = {};
  const server = createServer((request, response) => {
    seen.method = request.method;
    seen.headers = request.headers;
    if (silent) return;
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`, seen };
}

/** A port that was just free: nothing listens on it. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/api/revalidate`;
}

describe('notifyRevalidation', () => {
  test('POSTs the secret as a bearer token and reports a confirmed refresh', async () => {
    const { url, seen } = await startServer(200, { revalidated: true });
    expect(await notifyRevalidation({ url, secret: SECRET })).toEqual({ kind: 'revalidated' });
    expect(seen.method).toBe('POST');
    expect(seen.headers?.authorization).toBe(`Bearer ${SECRET}`);
  });

  test('a 401 is a rejection, named with its status', async () => {
    const { url } = await startServer(401, { error: 'unauthorized' });
    const outcome = await notifyRevalidation({ url, secret: SECRET });
    expect(outcome).toEqual({ kind: 'rejected', status: 401 });
    expect(describeRevalidation(outcome, url)).toMatch(/HTTP 401.*REVALIDATE_SECRET.*5 minutes/);
  });

  test('a 200 that does not confirm the refresh (some other server) is a rejection too', async () => {
    const { url } = await startServer(200, { hello: 'world' });
    expect(await notifyRevalidation({ url, secret: SECRET })).toEqual({ kind: 'rejected', status: 200 });
  });

  test('no server listening: unreachable, refused', async () => {
    const url = await closedPortUrl();
    const outcome = await notifyRevalidation({ url, secret: SECRET });
    expect(outcome).toMatchObject({ kind: 'unreachable', reason: 'refused' });
    expect(describeRevalidation(outcome, url)).toBe(
      `no site answered at ${url} (connection refused); pages refresh on their own within 5 minutes, or when the site next starts`,
    );
  });

  test('a server that never answers: unreachable after the timeout, not later', async () => {
    const { url } = await startServer(200, null, true);
    const started = performance.now();
    const outcome = await notifyRevalidation({ url, secret: SECRET, timeoutMs: 300 });
    const elapsed = performance.now() - started;
    expect(outcome).toMatchObject({ kind: 'unreachable', reason: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2_000);
  });
});
