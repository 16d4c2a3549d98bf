import AxeBuilder from '@axe-core/playwright';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';

/**
 * The open data through the production server (method gate, micro-cache, document finisher): the
 * JSON API with CORS and conditional requests, feeds and exports, the Download / Subscribe menu
 * on the list pages, the API page under the strict CSP.
 */

test.describe('open data over HTTP', () => {
  test('the JSON API answers any origin, revalidates by ETag and is replayed from the micro-cache', async ({ request }) => {
    const url = '/api/v1/articles?limit=2&locale=kk';
    const first = await request.get(url, { headers: { origin: 'https://other.example' } });
    expect(first.status()).toBe(200);
    expect(first.headers()['access-control-allow-origin']).toBe('*');
    expect(first.headers()['content-type']).toBe('application/json; charset=utf-8');
    const body = await first.json();
    expect(body.data).toHaveLength(2);
    expect(body.links.next).toMatch(/cursor=/);
    const etag = first.headers().etag!;
    const again = await request.get(url);
    expect(again.headers()['x-bauyrlas-cache']).toMatch(/hit|shared/);
    const notModified = await request.get(url, { headers: { 'if-none-match': etag } });
    expect(notModified.status()).toBe(304);
    const next = await request.get(body.links.next.replace(/^https?:\/\/[^/]+/, ''));
    expect((await next.json()).data[0].slug).not.toBe(body.data[1].slug);
  });

  test('a CORS preflight is answered for GET and HEAD; writes are refused', async ({ request }) => {
    const preflight = await request.fetch('/api/v1/stories', {
      method: 'OPTIONS',
      headers: { origin: 'https://other.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
    expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD');
    expect((await request.post('/api/v1/articles', { data: '{}' })).status()).toBe(405);
    expect((await request.head('/api/v1/entities/shanghai')).status()).toBe(200);
  });

  test('hostile parameters answer 400 problem details through the server', async ({ request }) => {
    for (const url of ['/api/v1/articles?limit=99999', '/api/v1/search?q=', '/api/v1/stories?from=2026-02-30', '/api/v1/events?cursor=%FF%FE', '/api/v1/relations?x=1&x=2']) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect(response.headers()['content-type'], url).toBe('application/problem+json; charset=utf-8');
    }
    const missing = await request.get('/api/v1/articles/no-such-article');
    expect(missing.status()).toBe(404);
  });

  test('the OpenAPI document, a feed, the calendar and a streamed CSV export', async ({ request }) => {
    const document = await (await request.get('/api/v1/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    const feed = parseFeed(await (await request.get('/api/v1/feeds/articles.atom?locale=ru&entity=xian')).text());
    expect(feed.items).toHaveLength(3);
    const calendar = await request.get('/api/v1/calendar.ics?from=2026-01-01');
    expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toContain('BEGIN:VEVENT');
    const csv = await request.get('/api/v1/exports/events.csv?locale=kk', { headers: { 'accept-encoding': 'gzip' } });
    expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="bauyrlas-events-/);
    expect(csv.headers()['x-bauyrlas-cache']).toBeUndefined();
    const rows = parseCsv(await csv.body(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(5);
  });
});

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const MENU_PAGES = [
  { path: '/ru/timeline?type=FLIGHT_LAUNCH', label: 'Скачать / Подписаться', download: /\/api\/v1\/exports\/stories\.csv\?locale=ru&type=FLIGHT_LAUNCH/ },
  { path: '/kk/relations?type=SISTER_CITIES', label: 'Жүктеп алу / Жазылу', download: /\/api\/v1\/exports\/relations\.geojson\?locale=kk&type=SISTER_CITIES/ },
  { path: '/en', label: 'Download / Subscribe', download: /\/api\/v1\/exports\/relations\.geojson\?locale=en$/ },
  { path: `/en/search?q=${encodeURIComponent('Шанхай')}&language=kk`, label: 'Download / Subscribe', download: /\/api\/v1\/exports\/articles\.csv\?locale=en&q=.+&sort=relevance&language=kk/ },
  { path: '/ru/entities/xian', label: 'Скачать / Подписаться', download: /\/api\/v1\/exports\/events\.csv\?locale=ru&entity=xian/ },
];

test.describe('Download / Subscribe menu', () => {
  for (const { path, label, download } of MENU_PAGES) {
    test(`${path}: opened from the keyboard, links carry the filters`, async ({ page }) => {
      await page.goto(path);
      const menu = page.getByTestId('open-data-menu');
      const summary = menu.locator('summary');
      await expect(summary).toHaveText(label);
      await expect(menu.getByRole('link').first()).toBeHidden();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('open', '');
      const hrefs = await menu.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs.some((href) => download.test(href)), hrefs.join('\n')).toBe(true);
      await page.keyboard.press('Tab');
      await expect(menu.getByRole('link').first()).toBeFocused();
      await expectAccessible(page);
    });
  }

  test('the timeline calendar subscription is a webcal: link with its filters', async ({ page }) => {
    await page.goto('/en/timeline?entity=xian');
    await page.getByTestId('open-data-menu').locator('summary').click();
    const webcal = page.getByRole('link', { name: 'Subscribe to upcoming events in a calendar app' });
    await expect(webcal).toHaveAttribute('href', /^webcal:\/\/[^/]+\/api\/v1\/calendar\.ics\?locale=en&entity=xian$/);
  });

  test('pages declare their feeds with <link rel="alternate">', async ({ page, request }) => {
    await page.goto('/kk/entities/xian');
    const rss = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(rss).toHaveAttribute('href', /\/api\/v1\/feeds\/articles\.rss\?locale=kk&entity=xian$/);
    const feed = await request.get(new URL((await rss.getAttribute('href'))!).pathname + new URL((await rss.getAttribute('href'))!).search);
    expect(parseFeed(await feed.text()).title).toBe('Bauyrlas · Сиань: соңғы мақалалар');
    await page.goto('/ru/timeline?type=VISIT');
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /type=VISIT/);
  });
});

test.describe('the API page', () => {
  for (const locale of ['kk', 'ru', 'en'] as const) {
    test(`/${locale}/api lists every endpoint with a working example, under the strict CSP`, async ({ page, request }) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      const response = await page.goto(`/${locale}/`);
      expect(response?.status()).toBe(200);
      await page.locator('footer').locator(`a[href="/${locale}/api"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/api$`));
      await expect(page.getByTestId('api-endpoint')).toHaveCount(9);
      const examples = await page.getByTestId('api-endpoint').locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
      for (const href of examples) {
        const answer = await request.get(href);
        expect(answer.status(), href).toBe(200);
      }
      await expectAccessible(page);
      expect(violations).toEqual([]);
    });
  }
});
