import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ingest, temporaryFolder } from './live-tools';

// Markup in every field a document carries; each payload would set window.__pwned if it ran.
const TITLE = 'Karaganda <script>window.__pwned=1</script> and Xian "><svg onload=window.__pwned=2> talks';
const CREDIT = '<img src=x onerror="window.__pwned=3">';
const AGREEMENT = 'Karaganda and Xian signed a cooperation agreement on <b>steel</b> research <img src=x onerror="window.__pwned=4"> in March 2028.';
const VISIT = 'A delegation from Karaganda will visit Xian in April 2028 "><svg onload=window.__pwned=5> to open a joint laboratory.';
const SEARCHABLE = 'Quillwort <script>alert(1)</script> is the word this test searches for.';

/** Elements or effects the payloads would leave had any of them been parsed as markup. */
async function injectedTraces(page: Page) {
  return page.evaluate(() => ({
    ran: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    bold: [...document.querySelectorAll('b')].filter((element) => element.textContent === 'steel').length,
    scripts: [...document.querySelectorAll('script')].filter((element) => /^(window\.__pwned=1|alert\(1\))$/.test(element.textContent.trim()))
      .length,
  }));
}

test('markup in a document is shown as text on every page it reaches, never run', async ({ page }) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const { folder, remove } = temporaryFolder('hostile');
  try {
    const slug = `live-hostile-${Date.now().toString(36)}`;
    const file = path.join(folder, `${slug}.txt`);
    writeFileSync(file, `date 2027-11-21 ${TITLE}\nPhoto: ${CREDIT}\n${AGREEMENT}\n${VISIT}\n${SEARCHABLE}\n`);
    const run = await ingest([file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 new');

    const visits: { url: string; shows: string[] }[] = [
      { url: '/en', shows: [TITLE] },
      { url: `/en/articles/${slug}`, shows: [TITLE, CREDIT, AGREEMENT, VISIT, SEARCHABLE] },
      { url: '/en/search?q=Quillwort', shows: [TITLE] },
      { url: '/en/entities/karaganda', shows: [TITLE, AGREEMENT] },
      { url: '/en/timeline?entity=karaganda', shows: [AGREEMENT, VISIT] },
      { url: '/en/relations?type=VISIT', shows: [VISIT] },
    ];
    for (const { url, shows } of visits) {
      await expect(async () => {
        await page.goto(url);
        for (const text of shows) await expect(page.locator('main')).toContainText(text, { timeout: 500 });
      }, url).toPass({ timeout: 10_000, intervals: [250, 500, 1_000] });
      expect(await injectedTraces(page), url).toEqual({ ran: null, images: 0, handlers: 0, bold: 0, scripts: 0 });
    }
    expect(dialogs).toEqual([]);
  } finally {
    remove();
  }
});
