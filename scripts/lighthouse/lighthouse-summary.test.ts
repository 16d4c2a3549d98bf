import { describe, expect, test } from 'vitest';
import { readRun, summarize, type LighthouseRun } from './lighthouse-summary';

function report(performance: number, lcpMs: number, snippet = '<p class="intro">') {
  return {
    categories: { performance: { score: performance }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 0.92 } },
    audits: {
      'first-contentful-paint': { numericValue: 900 },
      'largest-contentful-paint': { numericValue: lcpMs },
      'total-blocking-time': { numericValue: 40 },
      'cumulative-layout-shift': { numericValue: 0.001 },
      'speed-index': { numericValue: 1_100 },
      'largest-contentful-paint-element': { details: { items: [{ items: [{ node: { snippet } }] }] } },
    },
    environment: { benchmarkIndex: 1_800 },
  };
}

describe('readRun', () => {
  test('takes scores as percentages, metrics, the LCP element and the benchmark index', () => {
    expect(readRun('/kk', 1, report(0.99, 1_200))).toEqual({
      page: '/kk',
      run: 1,
      performance: 99,
      accessibility: 100,
      bestPractices: 100,
      seo: 92,
      fcpMs: 900,
      lcpMs: 1_200,
      tbtMs: 40,
      cls: 0.001,
      speedIndexMs: 1_100,
      benchmarkIndex: 1_800,
      lcpElement: '<p class="intro">',
      error: null,
    });
  });

  test('a run Lighthouse could not trace has no performance score', () => {
    const run = readRun('/kk', 2, { ...report(0, 0), runtimeError: { code: 'NO_NAVSTART' } });
    expect(run.performance).toBeNull();
    expect(run.error).toBe('NO_NAVSTART');
  });
});

describe('summarize', () => {
  test('medians per page over completed runs, with the range and the dropped runs', () => {
    const runs: LighthouseRun[] = [
      readRun('/kk', 1, report(0.97, 1_500)),
      readRun('/kk', 2, report(1, 1_000, '<h1>')),
      readRun('/kk', 3, report(0.99, 1_100)),
      readRun('/kk', 4, { ...report(0, 0), runtimeError: { code: 'NO_NAVSTART' } }),
      readRun('/en', 1, report(0.9, 2_000)),
    ];
    const [kk, en] = summarize(runs);
    expect(kk).toMatchObject({ page: '/kk', runs: 3, failed: 1, performance: 99, performanceMin: 97, performanceMax: 100, lcpMs: 1_100, lcpElement: '<p class="intro">' });
    expect(en).toMatchObject({ page: '/en', runs: 1, failed: 0, performance: 90 });
  });
});
