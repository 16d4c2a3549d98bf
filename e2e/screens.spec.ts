import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The e2e database holds the seed documents: a Kazakh article of 19 February 2026 on Shanghai, and
// three articles (kk, ru, en) of 14–15 April 2026 on the first Astana – Xi'an flight.
const ARTICLE = '/articles/000-2b8d6f310e8ad15b';
const SISTER_CITY_EVIDENCE = /Шаңхай мен Алматы бауырлас қалалары/;

const locales = [
  { locale: 'kk', articleWord: 'мақала', referendum: '2026 ж. 15 наурыз', sisterCities: 'Бауырлас қалалар', almaty: 'Алматы', shanghai: 'Шаңхай', names: ['Шаңхай', 'Шанхай', 'Shanghai'] },
  { locale: 'ru', articleWord: 'статьи', referendum: '15 марта 2026 г.', sisterCities: 'Города-побратимы', almaty: 'Алматы', shanghai: 'Шанхай', names: ['Шаңхай', 'Шанхай', 'Shanghai'] },
  { locale: 'en', articleWord: 'articles', referendum: 'March 15, 2026', sisterCities: 'Sister cities', almaty: 'Almaty', shanghai: 'Shanghai', names: ['Шаңхай', 'Шанхай', 'Shanghai'] },
] as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const l of locales) {
  test.describe(`${l.locale}`, () => {
    test('dashboard: figures, timeline, relations with evidence count, latest article', async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', l.locale);
      await expect(page.getByTestId('figure-articles').locator('dd')).toHaveText('4');
      await expect(page.getByTestId('figure-articles').locator('dt')).toHaveText(l.articleWord);
      const sister = page.getByTestId('relation').filter({ hasText: l.sisterCities });
      await expect(sister).toContainText(l.almaty);
      await expect(sister).toContainText(l.shanghai);
      await expect(page.getByText(l.referendum).first()).toBeVisible();
      await expect(page.getByRole('link', { name: /Шаңхайда Қазақстан мен Қытайдың/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('article: localized date, linked mentions, events and relations with their sentences', async ({ page }) => {
      await page.goto(`/${l.locale}${ARTICLE}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'kk');
      await expect(page.locator('time[datetime="2026-02-19"]').first()).toBeVisible();
      await expect(page.locator('a[data-entity-type="CITY"]', { hasText: 'Алматыға' })).toHaveAttribute('href', `/${l.locale}/entities/almaty`);
      await expect(page.getByText(l.referendum).first()).toBeVisible();
      await expect(page.locator('blockquote', { hasText: SISTER_CITY_EVIDENCE }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('entity: names in all three languages, relations and articles', async ({ page }) => {
      await page.goto(`/${l.locale}/entities/shanghai`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.shanghai);
      for (const name of l.names) await expect(page.locator('dd', { hasText: name }).first()).toBeVisible();
      await expect(page.getByTestId('relation').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('relations: a filter changes the URL and the list', async ({ page }) => {
      await page.goto(`/${l.locale}/relations`);
      await expect(page.locator('blockquote', { hasText: SISTER_CITY_EVIDENCE }).first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.locator('select[name="type"]').selectOption('FLIGHTS');
      await page.locator('form:has(select[name="type"]) button[type="submit"]').click();
      await expect(page).toHaveURL(/type=FLIGHTS/);
      // Almaty – Shanghai (proposed) and Astana – Xi'an (three articles).
      await expect(page.getByTestId('relation')).toHaveCount(2);
      await expect(page.getByTestId('relation').filter({ hasText: l.sisterCities })).toHaveCount(0);
    });

    test('timeline: the referendum on its date, filterable by type', async ({ page }) => {
      await page.goto(`/${l.locale}/timeline?type=REFERENDUM`);
      await expect(page.getByText(l.referendum).first()).toBeVisible();
      await expect(page.getByTestId('event-count')).toContainText('1');
      await expectNoAxeViolations(page);
    });

    test('search finds inflected forms and highlights them', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Шаңхай')}`);
      await expect(page.getByTestId('search-count')).toContainText('1');
      await expect(page.locator('a mark', { hasText: 'Шаңхайда' })).toBeVisible();
      await expect(page.locator('p mark', { hasText: 'Шаңхай' }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test('search through the entity: "Almaty" finds the Kazakh article, «Шанхай» too', async ({ page }) => {
  await page.goto(`/en/search?q=Almaty`);
  await expect(page.getByTestId('search-count')).toHaveText('1 article found for “Almaty”');
  await page.goto(`/ru/search?q=${encodeURIComponent('Шанхай')}`);
  await expect(page.getByTestId('search-count')).toContainText('1');
});

test('the mention-volume chart loads near the viewport and fills its card', async ({ page }) => {
  await page.goto('/en');
  const card = page.locator('section', { has: page.locator('#volume-title') });
  await card.scrollIntoViewIfNeeded();
  const surface = card.locator('svg.recharts-surface');
  await expect(surface).toBeVisible();
  // Three months of data (February to April 2026): five series of three dots.
  await expect(card.locator('.recharts-line-dots circle')).toHaveCount(15);
  const chart = await surface.boundingBox();
  const cardBox = await card.boundingBox();
  expect(chart?.width).toBeGreaterThan((cardBox?.width ?? 0) * 0.8);
  expect(chart?.height).toBeGreaterThan(100);
});

test('the locale switch keeps the page and its filters', async ({ page }) => {
  await page.goto('/kk/relations?type=FLIGHTS');
  await page.getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/relations\?type=FLIGHTS$/);
});

const notFoundPages = [
  ['/en/articles/no-such-article', 'Page not found'],
  ['/ru/entities/no-such-entity', 'Страница не найдена'],
  ['/kk/articles/%E2%80%AE', 'Бет табылмады'],
  ['/en/entities/UPPER', 'Page not found'],
] as const;

for (const [path, heading] of notFoundPages) {
  test(`${path} is a localized 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}
