import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ingest, temporaryFolder } from './live-tools';

test.describe.configure({ mode: 'serial' });

const LABELS = {
  kk: { source: 'Дереккөз', original: 'Түпнұсқа мақала' },
  ru: { source: 'Источник', original: 'Оригинал статьи' },
  en: { source: 'Source', original: 'Original story' },
} as const;

test('an outlet and the original address from sources.json show on the article and the sources page; an unsafe address is refused', async ({ page }) => {
  test.setTimeout(90_000);
  const token = Date.now().toString(36);
  const outlet = `Steppe Wire ${token}`;
  const { folder, remove } = temporaryFolder('sources');
  try {
    const story = `live-source-${token}.txt`;
    const other = `live-source-other-${token}.txt`;
    const broken = `live-source-broken-${token}.txt`;
    writeFileSync(path.join(folder, story), `date 2027-11-20 Karaganda coal forum ${token}\nKaraganda hosted partners from Taiyuan at a coal forum.\n`);
    writeFileSync(path.join(folder, other), `date 2027-11-21 Semey wool fair ${token}\nSemey showed wool to buyers from Urumqi.\n`);
    writeFileSync(path.join(folder, broken), 'date 2027-02-30 No such day\nBody.\n');

    // An address that is not http(s) stops the command before anything is stored.
    writeFileSync(path.join(folder, 'sources.json'), JSON.stringify({ [story]: { source: outlet, url: 'javascript:alert(1)' } }));
    const refused = await ingest(['--source', outlet, folder]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('must be an http or https address');

    writeFileSync(path.join(folder, 'sources.json'), JSON.stringify({ [story]: { url: `https://news.example.kz/${token}` } }));
    const run = await ingest(['--source', outlet, folder]);
    expect(run.status).toBe(1); // the broken file is rejected; the others are stored
    expect(run.stderr).toContain(broken);

    for (const [locale, l] of Object.entries(LABELS)) {
      await page.goto(`/${locale}/search?q=${encodeURIComponent(token)}`);
      await page.getByTestId('article-hit').getByRole('link', { name: /Karaganda coal forum/ }).click();
      await expect(page.getByTestId('article-source')).toHaveText(outlet);
      const original = page.getByTestId('original-link');
      await expect(original).toHaveText(l.original);
      await expect(original).toHaveAttribute('href', `https://news.example.kz/${token}`);
      await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(page.getByText(`${l.source}:`)).toBeVisible();
    }

    await page.goto(`/en/search?q=${encodeURIComponent(token)}`);
    await page.getByTestId('article-hit').getByRole('link', { name: /Semey wool fair/ }).click();
    await expect(page.getByTestId('article-source')).toHaveText(outlet);
    await expect(page.getByTestId('original-link')).toHaveCount(0);

    await page.goto('/en/sources');
    const card = page.getByRole('region', { name: outlet });
    await expect(card.getByTestId('source-run')).toContainText('3 files: 2 new, 0 replaced, 0 unchanged, 1 rejected');
    await expect(card.getByTestId('source-rejections')).toContainText(`${broken}:1:`);
  } finally {
    remove();
  }
});
