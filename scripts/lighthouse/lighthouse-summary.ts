import { median } from '../bench/stats';

/** The parts of a Lighthouse JSON report (LHR) a run is judged by. */
export interface LighthouseRun {
  page: string;
  run: number;
  /** 0–100, null when Lighthouse reported a run-time error (e.g. NO_NAVSTART). */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Lighthouse's CPU benchmark of the machine during the run (higher is faster). */
  benchmarkIndex: number;
  lcpElement: string | null;
  error: string | null;
}

interface Audit {
  numericValue?: number;
  details?: { items?: { items?: { node?: { snippet?: string } }[]; node?: { snippet?: string } }[] };
}

interface LighthouseReport {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, Audit | undefined>;
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code?: string; message?: string };
}

const percent = (score: number | null | undefined) => (score === null || score === undefined ? null : Math.round(score * 100));
const numeric = (report: LighthouseReport, id: string) => report.audits[id]?.numericValue ?? Number.NaN;

function lcpElementOf(report: LighthouseReport): string | null {
  const items = report.audits['largest-contentful-paint-element']?.details?.items ?? [];
  for (const item of items) {
    const snippet = item.node?.snippet ?? item.items?.find((inner) => inner.node?.snippet)?.node?.snippet;
    if (snippet) return snippet;
  }
  return null;
}

/** One run's numbers from its report. */
export function readRun(page: string, run: number, report: LighthouseReport): LighthouseRun {
  const error = report.runtimeError?.code ?? null;
  return {
    page,
    run,
    performance: error ? null : percent(report.categories.performance?.score),
    accessibility: percent(report.categories.accessibility?.score),
    bestPractices: percent(report.categories['best-practices']?.score),
    seo: percent(report.categories.seo?.score),
    fcpMs: numeric(report, 'first-contentful-paint'),
    lcpMs: numeric(report, 'largest-contentful-paint'),
    tbtMs: numeric(report, 'total-blocking-time'),
    cls: numeric(report, 'cumulative-layout-shift'),
    speedIndexMs: numeric(report, 'speed-index'),
    benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
    lcpElement: lcpElementOf(report),
    error,
  };
}

export interface PageSummary {
  page: string;
  runs: number;
  /** Runs dropped for a Lighthouse run-time error. */
  failed: number;
  performance: number;
  performanceMin: number;
  performanceMax: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  benchmarkIndex: number;
  /** The element most runs named as the largest contentful paint. */
  lcpElement: string | null;
}

function mostCommon(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/** Medians per page over the runs that completed (a page whose runs all failed is left out). */
export function summarize(runs: readonly LighthouseRun[]): PageSummary[] {
  const pages = [...new Set(runs.map((run) => run.page))];
  const summaries: PageSummary[] = [];
  for (const page of pages) {
    const all = runs.filter((run) => run.page === page);
    const done = all.filter((run) => run.performance !== null);
    if (done.length === 0) continue;
    const of = (pick: (run: LighthouseRun) => number | null) => median(done.map(pick).filter((value): value is number => value !== null));
    const scores = done.map((run) => run.performance as number);
    summaries.push({
      page,
      runs: done.length,
      failed: all.length - done.length,
      performance: median(scores),
      performanceMin: Math.min(...scores),
      performanceMax: Math.max(...scores),
      accessibility: of((run) => run.accessibility),
      bestPractices: of((run) => run.bestPractices),
      seo: of((run) => run.seo),
      fcpMs: of((run) => run.fcpMs),
      lcpMs: of((run) => run.lcpMs),
      tbtMs: of((run) => run.tbtMs),
      cls: of((run) => run.cls),
      speedIndexMs: of((run) => run.speedIndexMs),
      benchmarkIndex: of((run) => run.benchmarkIndex),
      lcpElement: mostCommon(done.map((run) => run.lcpElement)),
    });
  }
  return summaries;
}
