import { expect, test } from '@playwright/test';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

test.describe('security', () => {
  for (const path of ['/kk', '/en/articles/000-2b8d6f310e8ad15b', '/ru/search?q=x', '/xx/anything']) {
    test(`${path} sends the security headers`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("object-src 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test('markup typed into search is shown as text, never run', async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent(HOSTILE)}`);
    await expect(page.getByTestId('search-count')).toContainText(HOSTILE);
    await expect(page.locator('#search-page-query')).toHaveValue(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  const hostileUrls = [
    `/en/search?q=${encodeURIComponent('"; DROP TABLE Article; --')}`,
    `/en/search?q=${encodeURIComponent('NEAR(a b) * "unterminated')}`,
    '/en/search?q=x&page=-1',
    '/en/search?q=x&page=99999999999999999999',
    `/en/search?q=${'a'.repeat(5000)}`,
    '/en/relations?type=%00&status=%ff',
    '/en/timeline?from=2026-02-30&to=tomorrow&entity=../../etc',
    '/kk/entities/%2e%2e%2f%2e%2e',
    '/ru/articles/%E0%A4%A',
    `/en/${'x'.repeat(3000)}`,
  ];
  for (const url of hostileUrls) {
    test(`a hostile URL gets an answer, not a crash: ${url.slice(0, 60)}`, async ({ request }) => {
      const response = await request.get(url);
      expect([200, 400, 404]).toContain(response.status());
    });
  }
});
