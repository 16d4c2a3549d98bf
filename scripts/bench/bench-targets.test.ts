import { describe, expect, it } from 'vitest';
import { checkTargets, type TargetInput } from './bench-targets';

const passing: TargetInput = {
  pageRatios: [{ name: 'dashboard /en', ratio: 0.85 }],
  searchLoads: [{ name: 'search Almaty', p99Ms: 95, requestsPerSecond: 160 }],
  archiveToDashboard: { name: 'archive /en/articles', ratio: 0.6 },
  queries: [
    {
      size: 20_000,
      timings: [
        { name: 'SELECT 1', medianMs: 0.1, p95Ms: 45, maxMs: 50, baseline: true },
        { name: 'articles', medianMs: 3, p95Ms: 6, maxMs: 9 },
        { name: 'relations', medianMs: 12, p95Ms: 19.5, maxMs: 30 },
      ],
    },
  ],
  ingestionDocumentsPerSecond: 310,
  serverPeakMb: 400,
};

describe('checkTargets', () => {
  it('meets every target with numbers inside them, ignoring the baseline query', () => {
    const checks = checkTargets(passing);
    expect(checks.map((check) => check.met)).toEqual([true, true, true, true, true, true, true]);
    expect(checks[4]?.measured).toBe('19.5 ms (relations)');
  });

  it('fails each target just outside its bound', () => {
    const checks = checkTargets({
      pageRatios: [{ name: 'article', ratio: 0.79 }],
      searchLoads: [{ name: 'search', p99Ms: 101, requestsPerSecond: 149 }],
      archiveToDashboard: { name: 'archive', ratio: 0.49 },
      queries: [{ size: 100_000, timings: [{ name: 'entities', medianMs: 10, p95Ms: 20.1, maxMs: 25 }] }],
      ingestionDocumentsPerSecond: 299,
      serverPeakMb: 513,
    });
    expect(checks.map((check) => check.met)).toEqual([false, false, false, false, false, false, false]);
    expect(checks[4]?.name).toBe('dashboard queries at 100,000: slowest p95');
  });

  it('holds only the queries of the dashboard to the 20 ms bound', () => {
    const timings = [
      { screen: 'dashboard', name: 'headline figures', medianMs: 2, p95Ms: 3, maxMs: 4 },
      { screen: 'search', name: 'searchArticles(common)', medianMs: 22, p95Ms: 25, maxMs: 30 },
    ];
    const [check] = checkTargets({ pageRatios: [], searchLoads: [], archiveToDashboard: null, queries: [{ size: 20_000, timings }], ingestionDocumentsPerSecond: null, serverPeakMb: null });
    expect([check?.measured, check?.met]).toEqual(['3.0 ms (headline figures)', true]);
  });

  it('marks a page without a ratio as failed and steps that did not run as unknown', () => {
    const checks = checkTargets({ pageRatios: [{ name: 'entity', ratio: null }], searchLoads: [], archiveToDashboard: null, queries: [], ingestionDocumentsPerSecond: null, serverPeakMb: null });
    expect(checks.map((check) => [check.measured, check.met])).toEqual([
      ['n/a', false],
      ['not run', null],
      ['not run', null],
    ]);
  });
});
