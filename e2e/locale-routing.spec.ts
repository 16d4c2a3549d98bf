import { expect, test } from '@playwright/test';

test.describe('locale routing', () => {
  test('the root redirects to Kazakh when the browser states no preference', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': '' } });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(response.headers().location).toMatch(/\/kk\/?$/);
  });

  test('the root redirects to Russian for a Russian Accept-Language', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    expect(response.headers().location).toMatch(/\/ru\/?$/);
  });

  test('the NEXT_LOCALE cookie wins over Accept-Language', async ({ request }) => {
    const response = await request.get('/', {
      maxRedirects: 0,
      headers: { 'accept-language': 'ru-RU,ru;q=0.9', cookie: 'NEXT_LOCALE=en' },
    });
    expect(response.headers().location).toMatch(/\/en\/?$/);
  });

  test('a browser with a Russian locale lands on the Russian dashboard', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.close();
  });

  for (const path of ['/xx/anything', '/kk/no-such-page', '/en/articles/none/deeper']) {
    test(`${path} answers 404`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
    });
  }

  test('the 404 under a locale is translated', async ({ page }) => {
    await page.goto('/ru/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });

  test('the locale switcher keeps the page and its query', async ({ page }) => {
    await page.goto('/kk?from=switch');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\?from=switch$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
