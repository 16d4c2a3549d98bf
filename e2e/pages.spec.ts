import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The read-only pages on the seeded data: the seed documents are ingested from seeds/ (their source
// is the folder's name) by one recorded run.

const LOCALES = {
  kk: { sources: 'Дереккөздер', entities: 'Нысандар', about: 'Bauyrlas туралы', lastRun: 'Соңғы жүктеу', candidate: 'Үміткер', apply: 'Қолдану' },
  ru: { sources: 'Источники', entities: 'Сущности', about: 'О Bauyrlas', lastRun: 'Последняя загрузка', candidate: 'Кандидат', apply: 'Применить' },
  en: { sources: 'Sources', entities: 'Entities', about: 'About Bauyrlas', lastRun: 'Last ingestion', candidate: 'Candidate', apply: 'Apply' },
} as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const [locale, l] of Object.entries(LOCALES)) {
  test.describe(`${locale}`, () => {
    test('the footer leads to the about, sources and entities pages', async ({ page }) => {
      await page.goto(`/${locale}`, { waitUntil: 'networkidle' });
      const footer = page.getByRole('contentinfo');
      for (const [name, path] of [
        [l.about, '/about'],
        [l.sources, '/sources'],
        [l.entities, '/entities'],
      ] as const) {
        await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/${locale}${path}`);
      }
      await footer.getByRole('link', { name: l.sources, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sources$`), { timeout: 15_000 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.sources);
    });

    test('sources: the seed folder with its articles, yield, weekly articles and last run', async ({ page }) => {
      const response = await page.goto(`/${locale}/sources`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.sources);
      const seeds = page.getByRole('region', { name: 'seeds' });
      await expect(seeds).toBeVisible();
      await expect(seeds.getByTestId('source-yield').locator('dd').first()).toHaveText(/\d/);
      await expect(seeds.getByTestId('source-run')).toContainText(l.lastRun);
      await expect(seeds.getByTestId('source-run').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
      await expect(seeds.getByTestId('source-flags')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('entities: a directory by type and status, filtered by a name in any language', async ({ page }) => {
      await page.goto(`/${locale}/entities`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.entities);
      await expect(page.getByTestId('directory-entry').first()).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/${locale}/entities?status=candidate`);
      const candidates = page.getByTestId('directory-entry');
      await expect(candidates.first()).toBeVisible();
      for (const row of await candidates.all()) await expect(row).toContainText(l.candidate);

      await page.goto(`/${locale}/entities`);
      await page.getByRole('textbox').last().fill('шанха');
      await page.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(/name=/);
      const shanghai = page.getByTestId('directory-entry').filter({ has: page.locator('a[href$="/entities/shanghai"]') });
      await expect(shanghai).toHaveCount(1);
      await shanghai.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/entities/shanghai$`));
    });

    test('about: what is extracted, the limits, and how to add documents', async ({ page }) => {
      await page.goto(`/${locale}/about`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.about);
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);
      await expect(page.getByText('sources.json')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

// SQLite orders names by code point: the alphabetical order of Latin and Russian letters, not of the
// letters Kazakh adds (Ә, Қ, Ө…), so the order is checked in English and Russian.
for (const locale of ['ru', 'en'] as const) {
  test(`${locale}: entities sorted by name when asked`, async ({ page }) => {
    await page.goto(`/${locale}/entities?type=COUNTRY&sort=name`);
    const names = await page.getByTestId('directory-entry').locator('th a').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
  });
}
