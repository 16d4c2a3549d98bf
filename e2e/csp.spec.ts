import { expect, test, type Page } from '@playwright/test';
import { waitForFreshPage } from './fresh-page';

/**
 * The Content-Security-Policy allows no inline script or style but the page's own (by hash): an
 * injected script is blocked, while every page still hydrates under the policy.
 */

const PAGES = [
  '/kk',
  '/ru',
  '/en',
  '/en/articles/000-2b8d6f310e8ad15b',
  '/kk/entities/almaty',
  '/ru/relations',
  '/en/timeline',
  `/kk/search?q=${encodeURIComponent('Алматы')}`,
  '/ru/no-such-page',
  '/xx/anything',
] as const;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

/** React has hydrated the page when its server-rendered nodes carry fibers (set only by the client's scripts). */
async function expectHydrated(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const main = document.querySelector('main');
        return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber$'));
      }),
    )
    .toBe(true);
}

function scriptSources(policy: string | undefined): string {
  return (policy ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src ')) ?? '';
}

test.describe('content security policy', () => {
  for (const path of PAGES) {
    test(`${path}: strict policy, no violation, hydrated`, async ({ page }) => {
      await recordViolations(page);
      const response = await page.goto(path);
      const policy = response?.headers()['content-security-policy'];
      expect(scriptSources(policy)).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
      expect(policy).not.toContain("'unsafe-inline'");
      await expectHydrated(page);
      expect(await violationsOf(page)).toEqual([]);
    });
  }

  test('the dashboard chart loads and draws under the policy', async ({ page }) => {
    await recordViolations(page);
    await page.goto('/en');
    await expectHydrated(page);
    // The chart's code loads when its panel nears the viewport.
    await page.locator('#volume-title').scrollIntoViewIfNeeded();
    await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 20_000 });
    // Recharts measured its box and drew the grid (the lines themselves have no height to be visible).
    await expect(page.locator('.recharts-cartesian-grid line')).not.toHaveCount(0);
    expect(await violationsOf(page)).toEqual([]);
  });

  test('a script and a style injected into the markup are blocked; the page still hydrates and navigates', async ({ page }) => {
    await recordViolations(page);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const probe = document.getElementById('styled-probe');
        (window as unknown as { __probeColor?: string }).__probeColor = probe ? getComputedStyle(probe).color : 'missing';
      });
    });
    await page.route('**/kk?probe=injected', async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace('<head>', '<head><script>window.__pwned = 1</script>')
        .replace('</body>', '<p id="styled-probe" style="color: rgb(255, 0, 0)">probe</p><img src="/icon.svg" onload="window.__pwned = 2"></body>');
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ response, body: html, headers });
    });
    const response = await page.goto('/kk?probe=injected');
    expect(response?.status()).toBe(200);
    await expectHydrated(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const probeColor = await page.evaluate(() => (window as unknown as { __probeColor?: string }).__probeColor);
    expect(probeColor).not.toBe('missing');
    expect(probeColor).not.toBe('rgb(255, 0, 0)');
    const blocked = (await violationsOf(page)).map((violation) => violation.directive).sort();
    expect(blocked).toEqual(['script-src-attr', 'script-src-elem', 'style-src-attr']);
    // Hydrated: the switcher's links gained the query, which only the client knows on a static page.
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en?probe=injected');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\?probe=injected$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a script added at run time is blocked too', async ({ page }) => {
    await recordViolations(page);
    await page.goto('/en/articles/000-2b8d6f310e8ad15b');
    await expectHydrated(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 3';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect((await violationsOf(page)).map((violation) => violation.directive)).toEqual(['script-src-elem']);
  });

  test('a replay from the micro-cache carries the policy of its body', async ({ request }) => {
    const path = '/ru/articles/000-2b8d6f310e8ad15b?csp=replay';
    await waitForFreshPage(request, '/ru/articles/000-2b8d6f310e8ad15b');
    const first = await request.get(path);
    const replay = await request.get(path);
    expect(replay.headers()['x-bauyrlas-cache']).toBe('hit');
    expect(replay.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
    expect(await replay.text()).toBe(await first.text());
  });

  for (const [name, path, method] of [
    ['the revalidation endpoint', '/api/revalidate', 'POST'],
    ['an unknown API address', '/api/articles', 'GET'],
    ['a static file', '/icon.svg', 'GET'],
    ['a malformed address', '/ru/articles/%E0%A4%A', 'GET'],
    ['a refused method', '/en', 'DELETE'],
  ] as const) {
    test(`${name} answers with the policy and no inline allowance`, async ({ request }) => {
      const response = await request.fetch(path, { method });
      const policy = response.headers()['content-security-policy'];
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("'unsafe-inline'");
      expect(response.status()).toBeLessThan(500);
    });
  }
});
