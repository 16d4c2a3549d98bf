import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { e2eDatabaseFile, e2eOrigin } from '../e2e-server';
import { countStoredArticles, figureValue, ingest, runCommand, temporaryFolder } from './live-tools';

const DOCUMENTS = 2_000;
/** Pages the readers ask for while the ingestion writes: cached and per-request ones, three locales. */
const PAGES = [
  '/kk',
  '/ru',
  '/en',
  '/en/articles/000-2b8d6f310e8ad15b',
  `/ru/search?q=${encodeURIComponent('Алматы')}`,
  '/en/relations',
  '/kk/timeline',
  '/en/entities/almaty',
];

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

test('an ingestion of 2,000 documents under read load loses nothing and fails no reader', async ({ page }) => {
  test.setTimeout(150_000);
  const corpus = temporaryFolder('load-corpus');
  const other = temporaryFolder('load-other');
  const scratch = temporaryFolder('load-backup');
  try {
    const generated = await runCommand('scripts/bench/synthetic-corpus.ts', ['--count', String(DOCUMENTS), '--out', corpus.folder, '--seed', '11']).done;
    expect(generated.status, generated.stderr).toBe(0);
    writeFileSync(path.join(other.folder, 'second-run.txt'), 'date 2027-03-04 Semey and Altay\nSemey and Altay agreed on a summer school for students.\n');
    expect(new Database(e2eDatabaseFile, { readonly: true }).pragma('journal_mode', { simple: true })).toBe('wal');
    const countBefore = countStoredArticles();

    const statuses = new Map<number, number>();
    let stopLoad = () => {};
    const loadResult = new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: e2eOrigin,
          connections: 10,
          duration: 120, // a ceiling: stopped when the ingestion exits
          timeout: 10,
          requests: PAGES.map((pagePath) => ({ method: 'GET' as const, path: pagePath })),
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client, statusCode) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
      stopLoad = () => instance.stop();
    });

    const started = performance.now();
    const main = runCommand('lib/ingest/cli/ingest.ts', [corpus.folder]);

    // A second ingestion while the first holds the database is refused, not interleaved.
    expect(await waitFor(() => existsSync(`${e2eDatabaseFile}.ingest.lock`) || main.status !== null, 20_000)).toBe(true);
    const second = await ingest([other.folder]);
    expect(main.status, 'the first ingestion was still running').toBeNull();
    expect(second.status).toBe(3);
    expect(second.stderr).toMatch(/another ingestion \(process \d+\) is writing to this database; try again when it has finished/);

    // A backup taken mid-ingestion, once it has stored its first articles, is a consistent database.
    await waitFor(() => main.status !== null || countStoredArticles() > countBefore, 60_000);
    const backupFile = path.join(scratch.folder, 'during-load.db');
    const backup = await runCommand('lib/ingest/cli/backup.ts', [backupFile]).done;
    const backupDuringIngestion = main.status === null;
    expect(backup.status, backup.stderr).toBe(0);

    await main.done;
    const ingestSeconds = (performance.now() - started) / 1000;
    stopLoad();
    const load = await loadResult;

    const output = main.stdout + main.stderr;
    expect(main.status, output.slice(-2_000)).toBe(0);
    expect(output).not.toMatch(/SQLITE_BUSY|database is locked/i);
    expect(main.stdout).toContain(`${DOCUMENTS} file(s)`);
    expect(main.stdout).toContain(`${DOCUMENTS} new, 0 replaced, 0 unchanged, 0 rejected`);
    expect(main.stdout).toContain('pages refreshed');
    const countAfter = countStoredArticles();
    expect(countAfter).toBe(countBefore + DOCUMENTS);

    const copy = new Database(backupFile, { readonly: true, fileMustExist: true });
    let backedUp: number;
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      backedUp = (copy.prepare('SELECT count(*) AS n FROM "Article"').get() as { n: number }).n;
    } finally {
      copy.close();
    }
    expect(backedUp).toBeGreaterThan(countBefore);
    expect(backedUp).toBeLessThanOrEqual(countAfter);

    console.log(
      `[load] ${load.requests.sent} requests sent in ${load.duration.toFixed(1)} s over ${load.connections} connections ` +
        `(${load['2xx']} 2xx; ${load.errors} errors, ${load.timeouts} timeouts, ${load.non2xx} non-2xx; ` +
        `latency avg ${load.latency.average.toFixed(0)} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms); ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    console.log(
      `[load] ingested ${DOCUMENTS} documents in ${ingestSeconds.toFixed(1)} s (${(DOCUMENTS / ingestSeconds).toFixed(0)} documents/s) ` +
        `under load; articles ${countBefore} → ${countAfter}; second ingestion refused with exit ${second.status}; ` +
        `backup ${backupDuringIngestion ? 'during' : 'after'} the ingestion: ${backedUp} articles, integrity ok`,
    );

    expect(load.requests.sent).toBeGreaterThan(0);
    expect(load.errors).toBe(0);
    expect(load.timeouts).toBe(0);
    expect(load.non2xx).toBe(0);

    // The pages agree with the database once the ingestion has asked for a refresh.
    for (const locale of ['kk', 'ru', 'en']) {
      await expect(async () => {
        await page.goto(`/${locale}`);
        expect(figureValue(await page.getByTestId('figure-articles').locator('dd').innerText())).toBe(countAfter);
      }).toPass({ timeout: 15_000, intervals: [250, 500, 1_000] });
    }
  } finally {
    corpus.remove();
    other.remove();
    scratch.remove();
  }
});
