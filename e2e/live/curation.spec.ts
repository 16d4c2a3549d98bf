import { cpSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot, runCommand, temporaryFolder } from './live-tools';

test.describe.configure({ mode: 'serial' });

// The seed article of 19 February 2026 names a deputy head of Shanghai's foreign affairs office
// that the gazetteer does not know: a candidate, promoted here in a copy of the gazetteer.
const CANDIDATE = 'candidate-person-fang-xiao';
const KEY = 'fang-xiao';
const ROLE = {
  kk: 'Шаңхай сыртқы істер кеңсесі басшысының орынбасары',
  ru: 'Заместитель главы канцелярии иностранных дел Шанхая',
  en: 'Deputy Director of the Shanghai Foreign Affairs Office',
} as const;
const CANDIDATE_BADGE = { kk: 'Үміткер нысан', ru: 'Сущность-кандидат', en: 'Candidate entity' } as const;

function curate(args: readonly string[]) {
  return runCommand('lib/ingest/cli/curate.ts', args).done;
}

test('a promoted candidate shows as a known entity with its role in every locale within seconds', async ({ page }) => {
  test.setTimeout(120_000);
  const { folder, remove } = temporaryFolder('curation');
  try {
    const gazetteer = path.join(folder, 'gazetteer');
    cpSync(path.join(projectRoot, 'seeds', 'gazetteer'), gazetteer, { recursive: true });

    const listed = await curate(['candidates', '--gazetteer', gazetteer]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain(CANDIDATE);

    const role = `kk=${ROLE.kk},ru=${ROLE.ru},en=${ROLE.en}`;
    const dryRun = await curate(['promote', CANDIDATE, KEY, '--role', role, '--country', 'CN', '--gazetteer', gazetteer]);
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toContain('would change: add "fang-xiao"');
    await page.goto(`/en/entities/${CANDIDATE}`);
    await expect(page.getByText(CANDIDATE_BADGE.en)).toBeVisible();

    const applied = await curate(['promote', CANDIDATE, KEY, '--role', role, '--country', 'CN', '--gazetteer', gazetteer, '--apply']);
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('1 replaced');

    for (const locale of ['kk', 'ru', 'en'] as const) {
      await page.goto(`/${locale}/entities/${KEY}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Fang Xiao' : 'Фан Сяо');
      await expect(page.getByText(ROLE[locale], { exact: true })).toBeVisible();
      await expect(page.getByText(CANDIDATE_BADGE[locale])).toHaveCount(0);
      await expect(page.locator('a[href*="/articles/000-2b8d6f310e8ad15b"]').first()).toBeVisible();
    }
    const gone = await page.request.get(`/en/entities/${CANDIDATE}`);
    expect(gone.status()).toBe(404);
  } finally {
    remove();
  }
});
