import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const chartsDir = path.join('components', 'charts');
const SKIPPED_DIRS = new Set(['node_modules', '.next', '.git', 'data', 'test-results', 'playwright-report', 'generated']);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(relative);
    return /\.(ts|tsx|mts|mjs|js|jsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [relative] : [];
  });
}

function read(file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

/** Static imports and re-exports that pull `specifier` into the importing module's chunk. */
function importsValue(source: string, specifier: string): boolean {
  const quoted = `['"]${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`;
  return new RegExp(`^\\s*(import|export)\\s+(?!type\\s)[^;]*?from\\s+${quoted}`, 'm').test(source) || new RegExp(`^\\s*import\\s+${quoted}`, 'm').test(source);
}

describe('chart boundaries', () => {
  test('components/charts is the only place that imports recharts', () => {
    const outside = sourceFiles('.').filter((file) => !file.startsWith(chartsDir) && /from\s+['"]recharts['"]|import\(\s*['"]recharts['"]/.test(read(file)));
    expect(outside).toEqual([]);
  });

  test('the lazy wrapper is a client module that loads the chart only through a dynamic import without SSR', () => {
    const source = read(path.join(chartsDir, 'mention-volume-chart-lazy.tsx'));
    expect(source.startsWith("'use client';")).toBe(true);
    expect(importsValue(source, './mention-volume-chart')).toBe(false);
    expect(importsValue(source, 'recharts')).toBe(false);
    expect(source).toMatch(/import\(\s*'\.\/mention-volume-chart'\s*\)/);
    expect(source).toMatch(/ssr:\s*false/);
    expect(source).toMatch(/loading:\s*\(\)\s*=>\s*<ChartSkeleton\s*\/>/);
  });

  test('the Recharts chart is a client module (and the import check sees its recharts import)', () => {
    const source = read(path.join(chartsDir, 'mention-volume-chart.tsx'));
    expect(source.startsWith("'use client';")).toBe(true);
    expect(importsValue(source, 'recharts')).toBe(true);
  });

  test.each(['components/charts/mention-volume-table.tsx', 'components/charts/bar-sparkline.tsx', 'components/charts/chart-skeleton.tsx', 'components/timeline/event-timeline.tsx'])(
    '%s ships no client script of its own',
    (file) => {
      const source = read(file);
      expect(source).not.toMatch(/^['"]use client['"]/m);
      expect(importsValue(source, 'recharts')).toBe(false);
    },
  );
});
