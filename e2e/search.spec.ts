import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The e2e database holds the seed documents: a Kazakh article of 19 February 2026 naming Shanghai,
// Almaty, Astana and Kassym-Jomart Tokayev, and three reports (kk, ru, en, April 2026) of the first
// Astana – Xi'an flight; none names Shymkent, only the first names Shanghai.

const locales = [
  {
    locale: 'kk',
    found: /1 мақала табылды/,
    none: /ештеңе табылмады/,
    kazakh: 'қазақ тілі',
    english: 'ағылшын тілі',
    almaty: 'Алматы',
    shymkent: 'Шымкент',
    oldest: 'Алдымен ескілері',
    withoutIt: /онсыз 1 мақала/,
  },
  {
    locale: 'ru',
    found: /найдена 1 статья/,
    none: /ничего не найдено/,
    kazakh: 'казахский',
    english: 'английский',
    almaty: 'Алматы',
    shymkent: 'Шымкент',
    oldest: 'Сначала старые',
    withoutIt: /без него 1 статья/,
  },
  {
    locale: 'en',
    found: /1 article found/,
    none: /No articles found/,
    kazakh: 'Kazakh',
    english: 'English',
    almaty: 'Almaty',
    shymkent: 'Shymkent',
    oldest: 'Oldest first',
    withoutIt: /1 article without it/,
  },
] as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Types into the page's one search form and submits it. */
async function submitSearch(page: Page, fields: { q?: string; language?: string; source?: string; entity?: string; from?: string; to?: string; sort?: string }) {
  const form = page.getByRole('search');
  if (fields.q !== undefined) await form.locator('input[name="q"]').fill(fields.q);
  if (fields.language !== undefined) await form.locator('select[name="language"]').selectOption({ label: fields.language });
  if (fields.source !== undefined) await form.locator('select[name="source"]').selectOption(fields.source);
  if (fields.entity !== undefined) await form.locator('input[name="entity"]').fill(fields.entity);
  if (fields.from !== undefined) await form.locator('input[name="from"]').fill(fields.from);
  if (fields.to !== undefined) await form.locator('input[name="to"]').fill(fields.to);
  if (fields.sort !== undefined) await form.locator('select[name="sort"]').selectOption({ label: fields.sort });
  await form.getByRole('button').click();
}

for (const l of locales) {
  test.describe(`search in ${l.locale}`, () => {
    test('an inflected Kazakh form the text does not hold finds the article, marked where it matched', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Алматыдан')}`);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      // The snippet opens at the first of the forms that matched, the nominative «Алматы».
      await expect(page.getByTestId('article-hit').locator('mark', { hasText: /^Алматы$/ }).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the page has one search box, with the query in it', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Шаңхай')}`);
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.locator('input[type="search"]')).toHaveCount(1);
      await expect(page.locator('#search-page-query')).toHaveValue('Шаңхай');
    });

    test('a phrase matches its words in order, in any inflection', async ({ page }) => {
      await page.goto(`/${l.locale}/search`);
      await submitSearch(page, { q: '"бауырлас қала"' });
      await expect(page).toHaveURL(/q=%22/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await expect(page.getByTestId('article-hit').locator('mark', { hasText: 'бауырлас қалалары' })).toBeVisible();
      await submitSearch(page, { q: '"қала бауырлас"' });
      await expect(page.getByTestId('search-count')).toHaveText(l.none);
    });

    test('the language filter: in the URL, a chip that removes it, and a message naming it when it excludes the match', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=Almaty`);
      await submitSearch(page, { language: l.kazakh });
      await expect(page).toHaveURL(/language=kk/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await submitSearch(page, { language: l.english });
      await expect(page).toHaveURL(/language=en/);
      await expect(page.getByTestId('search-count')).toHaveText(l.none);
      const noResults = page.getByTestId('no-results');
      await expect(noResults).toContainText(l.english);
      await expect(noResults).toContainText(l.withoutIt);
      await noResults.getByRole('link').click();
      await expect(page).not.toHaveURL(/language=/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
    });

    test('the source filter', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Шаңхай')}`);
      await submitSearch(page, { source: 'seeds' });
      await expect(page).toHaveURL(/source=seeds/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await expect(page.getByTestId('active-filters')).toContainText('seeds');
    });

    test('the entity filter takes a name typed in the UI locale, offered by the type-ahead', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('ынтымақтастық')}`);
      await expect(page.locator(`datalist#entity-options option[value="${l.almaty}"]`)).toHaveCount(1);
      await submitSearch(page, { entity: l.almaty });
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await expect(page.getByTestId('active-filters')).toContainText(l.almaty);
      // The links of the page carry the entity's key, whatever name was typed.
      await expect(page.getByTestId('active-filters').getByRole('link')).toHaveAttribute('href', /q=/);
      await submitSearch(page, { entity: l.shymkent });
      await expect(page.getByTestId('search-count')).toHaveText(l.none);
      await expect(page.getByTestId('no-results')).toContainText(l.shymkent);
    });

    test('the period filter', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Шаңхай')}`);
      await submitSearch(page, { from: '2026-01-01', to: '2026-12-31' });
      await expect(page).toHaveURL(/from=2026-01-01&to=2026-12-31/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await submitSearch(page, { from: '2025-01-01', to: '2025-12-31' });
      await expect(page.getByTestId('search-count')).toHaveText(l.none);
      await expect(page.getByTestId('no-results')).toContainText(l.withoutIt);
    });

    test('the sort is kept in the URL and the form', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Тоқаевтың')}`);
      await submitSearch(page, { sort: l.oldest });
      await expect(page).toHaveURL(/sort=oldest/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await expect(page.getByRole('search').locator('select[name="sort"]')).toHaveValue('oldest');
    });

    test('facets count the matches by language, year and entity, and filter by them', async ({ page }) => {
      await page.goto(`/${l.locale}/search?q=${encodeURIComponent('Шаңхай')}`);
      const facets = page.getByTestId('search-facets');
      await expect(facets.getByTestId('facet-language')).toContainText(`${l.kazakh}1`);
      await expect(facets.getByTestId('facet-year')).toContainText('20261');
      await facets.getByTestId('facet-entity').getByRole('link', { name: new RegExp(`^${l.almaty} \\d`) }).click();
      await expect(page).toHaveURL(/entity=almaty/);
      await expect(page.getByTestId('search-count')).toHaveText(l.found);
      await expect(page.getByTestId('facet-entity').locator('[aria-current="true"]')).toContainText(l.almaty);
      await expectNoAxeViolations(page);
    });
  });
}

test('"Almaty" finds the Kazakh article through the entity, and the Kazakh word through its forms', async ({ page }) => {
  await page.goto('/en/search?q=Almaty');
  await expect(page.getByTestId('search-count')).toHaveText('1 article found for “Almaty”');
  await expect(page.getByText('Also matched through:')).toBeVisible();
  await page.goto(`/en/search?q=${encodeURIComponent('Шаңхаймен')}`);
  await expect(page.getByTestId('search-count')).toHaveText('1 article found for “Шаңхаймен”');
});

test('OR, exclusion and prefixes', async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent('Шымкент OR Астана')}`);
  await expect(page.getByTestId('search-count')).toHaveText('4 articles found for “Шымкент OR Астана”');
  await page.goto(`/en/search?q=${encodeURIComponent('Астана -Шаңхай')}`);
  await expect(page.getByTestId('search-count')).toHaveText('3 articles found for “Астана -Шаңхай”');
  await page.goto(`/en/search?q=${encodeURIComponent('Аққош*')}`);
  await expect(page.getByTestId('search-count')).toHaveText('1 article found for “Аққош*”');
});

test('the header search box leads to the search page, which has none of its own in the header', async ({ page }) => {
  await page.goto('/en/timeline');
  await expect(page.getByRole('search')).toHaveCount(1);
  await page.getByRole('search').getByRole('searchbox').fill('Астана');
  await page.getByRole('search').getByRole('button').click();
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByTestId('search-count')).toHaveText('4 articles found for “Астана”');
});
