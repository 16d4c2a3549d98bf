import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dropPostgresDatabase, freshTestDatabaseUrl, onPostgresServer } from '@/lib/testing/test-database-url';
import { tryAdvisoryLock } from './advisory-lock';
import { announcePageChanges, listenForPageChanges } from './page-changes';

// Runs in the postgres test project only: what lets several app servers and ingestions share one
// PostgreSQL database.

let url: string;

beforeAll(async () => {
  url = await freshTestDatabaseUrl('coordination');
});

afterAll(() => dropPostgresDatabase(url));

const waitFor = async (condition: () => boolean, timeoutMs = 2_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('tryAdvisoryLock', () => {
  test('one holder at a time; released, the lock can be taken again', async () => {
    const first = await tryAdvisoryLock(url, 42n);
    expect(first).not.toBeNull();
    expect(await tryAdvisoryLock(url, 42n)).toBeNull();
    const other = await tryAdvisoryLock(url, 43n);
    expect(other).not.toBeNull();
    await first!();
    const again = await tryAdvisoryLock(url, 42n);
    expect(again).not.toBeNull();
    await again!();
    await other!();
  });

  test('a holder whose connection is gone (a killed run) no longer holds it', async () => {
    const lost: Error[] = [];
    const held = await tryAdvisoryLock(url, 44n, (error) => lost.push(error));
    expect(held).not.toBeNull();
    // Every other session of this database is ended, as the server does for a dead client.
    await onPostgresServer((client) =>
      client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        new URL(url).pathname.slice(1),
      ]),
    );
    const taken = await tryAdvisoryLock(url, 44n);
    expect(taken).not.toBeNull();
    await taken!();
    expect(lost.length).toBeGreaterThan(0);
    await held!().catch(() => {});
  });
});

describe('page changes', () => {
  test('every listener hears each announcement', async () => {
    const heard = [0, 0];
    const listeners = [0, 1].map((index) => listenForPageChanges(url, () => heard[index]!++));
    await Promise.all(listeners.map((listener) => listener.ready));
    await announcePageChanges(url);
    await waitFor(() => heard.every((count) => count === 1));
    await announcePageChanges(url);
    await waitFor(() => heard.every((count) => count === 2));
    await Promise.all(listeners.map((listener) => listener.stop()));
  });

  test('a listener whose connection was cut listens again, and counts the gap as a change', async () => {
    let heard = 0;
    const errors: string[] = [];
    const listener = listenForPageChanges(url, () => heard++, { retryMs: 50, onError: (error) => errors.push(error.message) });
    await listener.ready;
    await onPostgresServer((client) =>
      client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()"),
    );
    await waitFor(() => heard === 1);
    expect(errors.length).toBeGreaterThan(0);
    await announcePageChanges(url);
    await waitFor(() => heard === 2);
    await listener.stop();
  });
});
