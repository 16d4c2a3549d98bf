import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The seeded database holds the seed document: one Kazakh article published on 19 February 2026.
const expectations = [
  { locale: 'kk', count: '1 мақала', date: '2026 ж. 19 ақпан' },
  { locale: 'ru', count: '1 статья', date: '19 февраля 2026' },
  { locale: 'en', count: '1 article', date: 'February 19, 2026' },
] as const;

for (const { locale, count, date } of expectations) {
  test.describe(`dashboard in ${locale}`, () => {
    test('shows the seeded article from the database, localized', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('article-count')).toHaveText(count);
      await expect(page.getByText(/Шаңхайда Қазақстан мен Қытайдың/)).toBeVisible();
      await expect(page.locator('time[datetime="2026-02-19"]')).toContainText(date);
    });

    test('has no accessibility violations', async ({ page }) => {
      await page.goto(`/${locale}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  });
}

test('the localized 404 page has no accessibility violations', async ({ page }) => {
  await page.goto('/kk/no-such-page');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
