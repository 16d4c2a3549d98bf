import { expect, test } from '@playwright/test';
import { waitForFreshPage } from './fresh-page';

/**
 * A burst of visitors on a page the micro-cache does not hold costs one render: one request goes
 * to Next (`x-bauyrlas-cache: miss`), the others wait for it (`shared`) or, arriving after it,
 * are answered from memory (`hit`).
 */

const COLD_PAGES = [
  // Rendered by Next on every request it receives (the entity page reads its query).
  ['an entity page rendered per request', '/kk/entities/almaty?articles=1'],
  // Prerendered by Next, cold only in the micro-cache.
  ['a prerendered dashboard', '/ru'],
] as const;

test.describe('no stampede on a cold page', () => {
  for (const [name, base] of COLD_PAGES) {
    test(`twenty concurrent requests for ${name} reach Next once`, async ({ request }) => {
      // Late arrivals of the burst would each render a STALE page again (it is never stored).
      await waitForFreshPage(request, base);
      // A query no other test asks for keeps the page out of the micro-cache until now.
      const path = `${base}${base.includes('?') ? '&' : '?'}stampede=${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const responses = await Promise.all(Array.from({ length: 20 }, () => request.get(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } })));
      const outcomes = responses.map((response) => response.headers()['x-bauyrlas-cache']);
      expect(outcomes.filter((outcome) => outcome === 'miss')).toHaveLength(1);
      expect(outcomes.every((outcome) => outcome === 'miss' || outcome === 'shared' || outcome === 'hit')).toBe(true);
      const bodies = await Promise.all(responses.map((response) => response.text()));
      for (const [index, response] of responses.entries()) {
        expect(response.status()).toBe(200);
        expect(bodies[index]).toBe(bodies[0]);
        expect(response.headers()['content-security-policy']).toBe(responses[0]!.headers()['content-security-policy']);
      }
    });
  }
});
