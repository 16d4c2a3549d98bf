import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

// Screenshots of a running server for the docs: `npx tsx scripts/take-screenshots.ts [baseUrl] [outDir] [path…]`.
const [baseUrl = 'http://127.0.0.1:3000', outDir = 'docs/screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/kk', '/ru', '/en'];
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium'].find((p) => existsSync(p));

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const colorScheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const pagePath of pages) {
    await page.goto(new URL(pagePath, baseUrl).toString(), { waitUntil: 'networkidle' });
    // Charts load when they near the viewport: scroll through the page so everything is drawn.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = pagePath.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'root';
    const file = path.join(outDir, `${name}${colorScheme === 'dark' ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();
