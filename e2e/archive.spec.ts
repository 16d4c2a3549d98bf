import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The e2e database holds the seed documents: a Kazakh article of 19 February 2026, and three reports
// (kk and ru of 14 April 2026, en of 15 April) of the first Astana – Xi'an flight.
const TITLE = /Шаңхайда Қазақстан мен Қытайдың/;
const NEWEST = /Air Astana opens Astana – Xi'an route/;

const locales = [
  { locale: 'kk', heading: 'Мақалалар', count: '4 мақала', one: '1 мақала', nav: 'Мақалалар', all: 'Барлық мақала', russian: 'орыс тілі', none: 'Ештеңе табылмады' },
  { locale: 'ru', heading: 'Статьи', count: '4 статьи', one: '1 статья', nav: 'Статьи', all: 'Все статьи', russian: 'русский', none: 'Ничего не найдено' },
  { locale: 'en', heading: 'Articles', count: '4 articles', one: '1 article', nav: 'Articles', all: 'All articles', russian: 'Russian', none: 'Nothing matches' },
] as const;

for (const l of locales) {
  test.describe(`archive in ${l.locale}`, () => {
    test('lists every article, newest first, with its opening, and has one search box', async ({ page }) => {
      const response = await page.goto(`/${l.locale}/articles`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.heading);
      await expect(page.getByTestId('search-count')).toHaveText(l.count);
      const hits = page.getByTestId('article-hit');
      await expect(hits).toHaveCount(4);
      await expect(hits.first().getByRole('link')).toHaveText(NEWEST);
      const oldest = hits.last();
      await expect(oldest.getByRole('link', { name: TITLE })).toHaveAttribute('href', `/${l.locale}/articles/000-2b8d6f310e8ad15b`);
      await expect(oldest).toContainText('Қазақстанның Шаңхай қаласындағы');
      await expect(page.getByRole('search')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });

    test('takes the filters of search, and says which one left nothing', async ({ page }) => {
      // The Russian report is of April: nothing Russian in the first quarter.
      await page.goto(`/${l.locale}/articles?language=ru&from=2026-01-01&to=2026-03-31`);
      await expect(page.getByRole('heading', { name: l.none })).toBeVisible();
      await expect(page.getByTestId('active-filters')).toContainText(l.russian);
      // Each filter is offered as a way out, with what dropping it would find.
      await expect(page.getByTestId('no-results').getByRole('link')).toHaveCount(2);
      await page.getByTestId('no-results').getByRole('link', { name: new RegExp(l.russian) }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/articles\\?from=2026-01-01&to=2026-03-31$`));
      await expect(page.getByTestId('search-count')).toHaveText(l.one);
    });

    test('is reached from the header, from the dashboard’s article figure and from its latest articles', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await expect(page.getByTestId('figure-articles').getByRole('link')).toHaveAttribute('href', `/${l.locale}/articles`);
      await expect(page.getByRole('link', { name: l.all })).toHaveAttribute('href', `/${l.locale}/articles`);
      await page.getByRole('navigation').first().getByRole('link', { name: l.nav, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/articles$`));
      await expect(page.getByTestId('article-hit')).toHaveCount(4);
    });
  });
}

test('an empty search shows the archive', async ({ page }) => {
  await page.goto('/en/search?q=');
  await expect(page.getByTestId('search-count')).toHaveText('4 articles');
  await expect(page.getByTestId('article-hit').getByRole('link', { name: TITLE })).toBeVisible();
});

test('the oldest-first order of the archive is kept in the URL', async ({ page }) => {
  await page.goto('/ru/articles');
  await page.getByRole('search').locator('select[name="sort"]').selectOption('oldest');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/\/ru\/articles\?.*sort=oldest/);
  await expect(page.getByTestId('article-hit')).toHaveCount(4);
  await expect(page.getByTestId('article-hit').first().getByRole('link')).toHaveText(TITLE);
});
