import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { e2eRevalidateSecret } from '../e2e-server';
import { ingest, temporaryFolder } from './live-tools';

const LOCALES = ['kk', 'ru', 'en'] as const;
const WRONG_SECRET = 'not-the-secret-of-this-server-0123456789';

test.describe.configure({ mode: 'serial' });

function latestArticles(page: Page) {
  return page.locator('section[aria-labelledby="latest-title"]');
}

test('the revalidation endpoint answers POST only, and only to the secret', async ({ request }) => {
  const get = await request.get('/api/revalidate');
  expect(get.status()).toBe(405);

  const refusals: Record<string, string>[] = [{}, { authorization: `Bearer ${WRONG_SECRET}` }, { authorization: e2eRevalidateSecret }];
  for (const headers of refusals) {
    const refused = await request.post('/api/revalidate', { headers });
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ error: 'unauthorized' });
  }

  const accepted = await request.post('/api/revalidate', { headers: { authorization: `Bearer ${e2eRevalidateSecret}` } });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toEqual({ revalidated: true });
  const headers = accepted.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toContain('no-store');
});

test('an article ingested while the site runs appears within seconds in every locale; a refused call changes nothing', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const token = Date.now().toString(36);
  const { folder, remove } = temporaryFolder('fresh');
  try {
    const quiet = { file: path.join(folder, `live-quiet-${token}.txt`), title: `Turkistan apricot fair ${token}` };
    const loud = { file: path.join(folder, `live-fresh-${token}.txt`), title: `Pavlodar river port forum ${token}` };
    writeFileSync(quiet.file, `date 2027-12-02 ${quiet.title}\nGrowers from Turkistan showed dried apricots to buyers from Urumqi.\n`);
    writeFileSync(loud.file, `date 2027-12-03 ${loud.title}\nPhoto: press office\nPavlodar hosted a forum on river cargo with partners from Harbin.\n`);

    // Start from freshly generated pages, so the five-minute fallback cannot refresh them during the test.
    expect((await request.post('/api/revalidate', { headers: { authorization: `Bearer ${e2eRevalidateSecret}` } })).ok()).toBe(true);
    for (const locale of LOCALES) await page.goto(`/${locale}`);
    await page.waitForTimeout(1_000);
    await page.goto('/ru');
    await expect(latestArticles(page)).toBeVisible();
    await expect(latestArticles(page)).not.toContainText(quiet.title);

    // Stored, but the site refuses the command's call: the cached dashboard stays as it was.
    const refusedRun = await ingest([quiet.file], { REVALIDATE_SECRET: WRONG_SECRET });
    expect(refusedRun.status).toBe(0);
    expect(refusedRun.stdout).toContain('1 new');
    expect(refusedRun.stdout).toContain('HTTP 401');
    expect((await request.post('/api/revalidate')).status()).toBe(401);
    expect((await request.post('/api/revalidate', { headers: { authorization: `Bearer ${WRONG_SECRET}` } })).status()).toBe(401);
    for (let visit = 0; visit < 3; visit++) {
      await page.goto('/ru');
      await expect(latestArticles(page)).not.toContainText(quiet.title);
      await page.waitForTimeout(500);
    }

    // The next ingestion's call is accepted: both articles show up without a restart.
    const acceptedRun = await ingest([loud.file]);
    expect(acceptedRun.status).toBe(0);
    expect(acceptedRun.stdout).toContain('pages refreshed');
    const refreshedAt = performance.now();
    for (const locale of LOCALES) {
      await expect(async () => {
        await page.goto(`/${locale}`);
        await expect(latestArticles(page)).toContainText(loud.title, { timeout: 500 });
        await expect(latestArticles(page)).toContainText(quiet.title, { timeout: 500 });
      }).toPass({ timeout: 10_000, intervals: [250, 500, 1_000] });
    }
    console.log(`[freshness] new article on the dashboards of kk, ru and en ${((performance.now() - refreshedAt) / 1000).toFixed(1)} s after the ingestion`);

    await page.goto('/kk');
    await latestArticles(page).getByRole('link', { name: loud.title }).click();
    await expect(page).toHaveURL(new RegExp(`/kk/articles/live-fresh-${token}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loud.title);
    await expect(page.getByText('press office')).toBeVisible();
  } finally {
    remove();
  }
});
