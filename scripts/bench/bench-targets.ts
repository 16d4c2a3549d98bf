import type { QueryTiming } from './query-timing';

/** The performance targets of `npm run bench`, checked against one run's numbers. */

export const TARGETS = {
  pageToStaticMin: 0.8,
  /** Each kind of search query at 10 connections (issue 11: at 100,000 articles). */
  searchP99MaxMs: 100,
  searchMinRequestsPerSecond: 150,
  /** The archive page's throughput against the dashboard's. */
  archiveToDashboardMin: 0.5,
  queryP95MaxMs: 20,
  ingestionMinDocumentsPerSecond: 300,
  serverMemoryMaxMb: 512,
} as const;

export interface TargetCheck {
  name: string;
  measured: string;
  target: string;
  /** null when the step did not run. */
  met: boolean | null;
}

export interface TargetInput {
  /** Throughput of page / throughput of its static twin, for the pages the target covers. */
  pageRatios: { name: string; ratio: number | null }[];
  searchLoads: { name: string; p99Ms: number; requestsPerSecond: number }[];
  /** Archive page throughput / dashboard throughput, when both were loaded. */
  archiveToDashboard: { name: string; ratio: number | null } | null;
  queries: { size: number; timings: QueryTiming[] }[];
  ingestionDocumentsPerSecond: number | null;
  serverPeakMb: number | null;
}

const percent = (value: number) => `${(value * 100).toFixed(0)} %`;

export function checkTargets(input: TargetInput): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const { name, ratio } of input.pageRatios) {
    checks.push({
      name: `${name}: throughput vs static`,
      measured: ratio === null ? 'n/a' : percent(ratio),
      target: `≥ ${percent(TARGETS.pageToStaticMin)}`,
      met: ratio === null ? false : ratio >= TARGETS.pageToStaticMin,
    });
  }
  for (const { name, p99Ms, requestsPerSecond } of input.searchLoads) {
    checks.push({ name: `${name}: p99`, measured: `${p99Ms.toFixed(0)} ms`, target: `≤ ${TARGETS.searchP99MaxMs} ms`, met: p99Ms <= TARGETS.searchP99MaxMs });
    checks.push({
      name: `${name}: throughput`,
      measured: `${requestsPerSecond.toFixed(0)} req/s`,
      target: `≥ ${TARGETS.searchMinRequestsPerSecond} req/s`,
      met: requestsPerSecond >= TARGETS.searchMinRequestsPerSecond,
    });
  }
  if (input.archiveToDashboard) {
    const { name, ratio } = input.archiveToDashboard;
    checks.push({
      name: `${name}: throughput vs the dashboard`,
      measured: ratio === null ? 'n/a' : percent(ratio),
      target: `≥ ${percent(TARGETS.archiveToDashboardMin)}`,
      met: ratio === null ? false : ratio >= TARGETS.archiveToDashboardMin,
    });
  }
  for (const { size, timings } of input.queries) {
    const measured = timings.filter((timing) => !timing.baseline && (timing.screen ?? 'dashboard') === 'dashboard');
    const slowest = measured.reduce<QueryTiming | null>((worst, timing) => (worst === null || timing.p95Ms > worst.p95Ms ? timing : worst), null);
    checks.push({
      name: `dashboard queries at ${size.toLocaleString('en')}: slowest p95`,
      measured: slowest ? `${slowest.p95Ms.toFixed(1)} ms (${slowest.name})` : 'n/a',
      target: `≤ ${TARGETS.queryP95MaxMs} ms`,
      met: slowest ? slowest.p95Ms <= TARGETS.queryP95MaxMs : null,
    });
  }
  const rate = input.ingestionDocumentsPerSecond;
  checks.push({
    name: 'ingestion',
    measured: rate === null ? 'not run' : `${rate.toFixed(0)} docs/s`,
    target: `≥ ${TARGETS.ingestionMinDocumentsPerSecond} docs/s`,
    met: rate === null ? null : rate >= TARGETS.ingestionMinDocumentsPerSecond,
  });
  const memory = input.serverPeakMb;
  checks.push({
    name: 'server memory under load (peak RSS)',
    measured: memory === null ? 'not run' : `${memory.toFixed(0)} MB`,
    target: `≤ ${TARGETS.serverMemoryMaxMb} MB`,
    met: memory === null ? null : memory <= TARGETS.serverMemoryMaxMb,
  });
  return checks;
}
