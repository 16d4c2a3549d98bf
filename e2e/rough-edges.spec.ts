import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// What a first-time reader hit: empty 404 documents, Kazakh wording, date fields in the browser's
// locale, a long tab path to the relation list, and map points without names.

const NOT_FOUND = {
  kk: { title: 'Бет табылмады', home: 'Шолуға өту' },
  ru: { title: 'Страница не найдена', home: 'На главную' },
  en: { title: 'Page not found', home: 'Go to the dashboard' },
} as const;

const LOCALES = ['kk', 'ru', 'en'] as const;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The text of an HTML document without its scripts: what a reader without JavaScript gets. */
function visibleMarkup(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

test.describe('404 in the HTML itself', () => {
  for (const locale of LOCALES) {
    for (const path of ['/articles/no-such-article', '/entities/no-such-entity', '/events/999999999', '/no/such/page', '/404']) {
      test(`${locale}${path}: status 404, "404" in the title, the localized notice without JavaScript`, async ({ request }) => {
        const response = await request.get(`/${locale}${path}`);
        expect(response.status()).toBe(404);
        expect(response.headers()['content-type']).toMatch(/^text\/html/);
        const html = await response.text();
        const markup = visibleMarkup(html);
        expect(markup).toMatch(new RegExp(`<html[^>]*lang="${locale}"`));
        expect(markup).toMatch(/<title>[^<]*404[^<]*<\/title>/);
        expect(markup).toContain(`>${NOT_FOUND[locale].title}</h1>`);
        expect(markup).toContain('<meta name="robots" content="noindex"/>');
      });
    }
  }

  test('the 404 page keeps its address, works, and is accessible', async ({ page }) => {
    const response = await page.goto('/kk/entities/no-such-entity');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/kk\/entities\/no-such-entity$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND.kk.title);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: NOT_FOUND.kk.home }).click();
    await expect(page).toHaveURL(/\/kk$/);
  });
});

test.describe('Kazakh wording', () => {
  test('a noun after a number stays singular on the dashboard', async ({ page }) => {
    await page.goto('/kk');
    await expect(page.getByTestId('figure-relations').locator('dt')).toHaveText('қала байланысы');
  });

  test('a place is «… құрамында», and the timeline filter speaks plainly', async ({ page }) => {
    await page.goto('/kk/entities/almaty');
    await expect(page.getByTestId('entity-parent')).toHaveText('Қазақстан құрамында');
    await page.goto('/kk/timeline');
    await expect(page.getByLabel('Қатысушы не орын')).toBeVisible();
    await expect(page.getByText('кілті')).toHaveCount(0);
  });
});

test.describe('date filters', () => {
  test('the Kazakh timeline takes and shows day.month.year', async ({ page }) => {
    await page.goto('/kk/timeline');
    const from = page.getByLabel('Басы');
    await expect(from).toHaveAttribute('type', 'text');
    await expect(from).toHaveAttribute('placeholder', 'кк.аа.жжжж');
    await from.fill('01.04.2026');
    await page.getByLabel('Соңы').fill('30.04.2026');
    await page.getByRole('button', { name: 'Қолдану' }).click();
    await expect(page).toHaveURL(/from=01.04.2026/);
    await expect(page.getByLabel('Басы')).toHaveValue('01.04.2026');
    await expect(page.getByTestId('event-count')).not.toHaveText('Оқиға жоқ');
  });

  for (const locale of LOCALES) {
    test(`${locale}: a period that ends before it starts says why nothing is listed`, async ({ page }) => {
      await page.goto(`/${locale}/timeline?from=2026-05-01&to=2026-04-01`);
      const notice = page.getByTestId('reversed-period');
      await expect(notice).toBeVisible();
      await expectNoAxeViolations(page);
      await notice.getByRole('link').click();
      await expect(page).toHaveURL(/from=2026-04-01&to=2026-05-01|to=2026-05-01.*from=2026-04-01/);
      await expect(page.getByTestId('reversed-period')).toHaveCount(0);
    });
  }
});

test.describe('keyboard', () => {
  test('the dashboard links to each panel; the relation list is a few stops away', async ({ page }) => {
    await page.goto('/en');
    const skipLinks = page.getByTestId('panel-skip-links');
    await expect(skipLinks.getByRole('link')).toHaveCount(6);
    let stops = 0;
    while (stops < 40) {
      await page.keyboard.press('Tab');
      stops += 1;
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name === 'List of relations') break;
    }
    expect(stops).toBeLessThan(20);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(() => document.activeElement?.closest('#dashboard-relation-list') !== null);
    expect(inList).toBe(true);
  });

  test('panels come in the order they are shown', async ({ page }) => {
    await page.goto('/en');
    const tops = await page.evaluate(() =>
      ['dashboard-timeline', 'dashboard-relations', 'dashboard-volume', 'dashboard-latest'].map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1),
    );
    expect(tops.every((top) => top >= 0)).toBe(true);
    expect(tops.slice(0, 3)).toEqual([...tops.slice(0, 3)].sort((a, b) => a - b));
  });
});

test.describe('map labels', () => {
  for (const viewport of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`${viewport.name}: every point has a name or a number in the key; enlarged, labels are legible`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/en');
      const map = page.locator('#dashboard-relations svg[role="group"]');
      const points = map.locator('a[href*="/entities/"]');
      const count = await points.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) await expect(points.nth(index).locator('text')).toHaveCount(1);
      const numbers = await map.locator('a[href*="/entities/"] text').allTextContents();
      const keyed = await page.locator('#dashboard-relations [data-testid="map-key"] li').allTextContents();
      for (const number of numbers.filter((text) => /^\d+$/.test(text))) {
        expect(keyed.some((entry) => entry.startsWith(`${number} `))).toBe(true);
      }
      await page.locator('#dashboard-relations').getByText('Enlarge the map').click();
      const fontPx = await map.locator('text').first().evaluate((text) => text.getBoundingClientRect().height);
      expect(fontPx).toBeGreaterThanOrEqual(12);
      await expectNoAxeViolations(page);
    });
  }
});
