import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Waits until Next answers a prerendered page fresh. Past its revalidation time a page is answered
 * STALE while Next regenerates it, and the micro-cache never stores a STALE copy: a test of what
 * the micro-cache stores or shares starts from a fresh copy.
 */
export async function waitForFreshPage(request: APIRequestContext, path: string): Promise<void> {
  await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { timeout: 20_000 }).not.toBe('STALE');
}
