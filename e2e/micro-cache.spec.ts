import { expect, test } from '@playwright/test';

test.describe('micro-cache of the production server', () => {
  for (const path of ['/en', '/kk/articles/000-2b8d6f310e8ad15b', '/ru/entities/almaty?articles=1', '/en/search?q=Almaty&language=kk', '/ru/articles']) {
    test(`a repeated request of ${path} is answered from memory with the security headers`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      const second = await request.get(path);
      expect(second.status()).toBe(200);
      const headers = second.headers();
      expect(headers['x-bauyrlas-cache']).toBe('hit');
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(await second.text()).toBe(await first.text());
    });
  }

  test('router payloads are never answered from memory', async ({ request }) => {
    for (let visit = 0; visit < 2; visit++) {
      expect((await request.get('/en', { headers: { rsc: '1' } })).headers()['x-bauyrlas-cache']).toBeUndefined();
    }
  });
});
