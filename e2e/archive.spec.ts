import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The e2e database holds the seed document: one Kazakh article of 19 February 2026.
const TITLE = /Шаңхайда Қазақстан мен Қытайдың/;

const locales = [
  { locale: 'kk', heading: 'Мақалалар', count: '1 мақала', nav: 'Мақалалар', all: 'Барлық мақала', russian: 'орыс тілі', none: 'Ештеңе табылмады' },
  { locale: 'ru', heading: 'Статьи', count: '1 статья', nav: 'Статьи', all: 'Все статьи', russian: 'русский', none: 'Ничего не найдено' },
  { locale: 'en', heading: 'Articles', count: '1 article', nav: 'Articles', all: 'All articles', russian: 'Russian', none: 'Nothing matches' },
] as const;

for (const l of locales) {
  test.describe(`archive in ${l.locale}`, () => {
    test('lists every article, newest first, with its opening, and has one search box', async ({ page }) => {
      const response = await page.goto(`/${l.locale}/articles`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.heading);
      await expect(page.getByTestId('search-count')).toHaveText(l.count);
      const hit = page.getByTestId('article-hit');
      await expect(hit.getByRole('link', { name: TITLE })).toHaveAttribute('href', `/${l.locale}/articles/000-2b8d6f310e8ad15b`);
      await expect(hit).toContainText('Қазақстанның Шаңхай қаласындағы');
      await expect(page.getByRole('search')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });

    test('takes the filters of search, and says which one left nothing', async ({ page }) => {
      await page.goto(`/${l.locale}/articles?language=ru`);
      await expect(page.getByRole('heading', { name: l.none })).toBeVisible();
      await expect(page.getByTestId('active-filters')).toContainText(l.russian);
      await page.getByTestId('no-results').getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/articles$`));
      await expect(page.getByTestId('search-count')).toHaveText(l.count);
    });

    test('is reached from the header, from the dashboard’s article figure and from its latest articles', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await expect(page.getByTestId('figure-articles').getByRole('link')).toHaveAttribute('href', `/${l.locale}/articles`);
      await expect(page.getByRole('link', { name: l.all })).toHaveAttribute('href', `/${l.locale}/articles`);
      await page.getByRole('navigation').first().getByRole('link', { name: l.nav, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/articles$`));
      await expect(page.getByTestId('article-hit')).toHaveCount(1);
    });
  });
}

test('an empty search shows the archive', async ({ page }) => {
  await page.goto('/en/search?q=');
  await expect(page.getByTestId('search-count')).toHaveText('1 article');
  await expect(page.getByTestId('article-hit').getByRole('link', { name: TITLE })).toBeVisible();
});

test('the oldest-first order of the archive is kept in the URL', async ({ page }) => {
  await page.goto('/ru/articles');
  await page.getByRole('search').locator('select[name="sort"]').selectOption('oldest');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/\/ru\/articles\?.*sort=oldest/);
  await expect(page.getByTestId('article-hit')).toHaveCount(1);
});
