import { measureDashboardQueries } from './bench-queries';
import { median, percentile } from './stats';

/**
 * The database step of `npm run bench`: how long each page reader takes on a given database
 * (scripts/bench/bench-queries.ts), beside `SELECT 1` through the same client.
 */

export interface QueryTiming {
  /** The screen that makes the query (dashboard, entity, search…); the 20 ms target is for the dashboard's. */
  screen?: string;
  name: string;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** A reference query (e.g. `SELECT 1`) shown for comparison and left out of the target check. */
  baseline?: boolean;
}

export type TimeQueries = (databaseUrl: string) => Promise<QueryTiming[]>;

export const timeQueries: TimeQueries = async (databaseUrl) => {
  const { queries } = await measureDashboardQueries(databaseUrl);
  const baselines = queries.map((query) => query.baselineMedianMs);
  const baseline: QueryTiming = {
    name: 'SELECT 1 (median per reader)',
    medianMs: median(baselines),
    p95Ms: percentile(baselines, 95),
    maxMs: Math.max(...baselines),
    baseline: true,
  };
  return [baseline, ...queries.map(({ screen, name, medianMs, p95Ms, maxMs }) => ({ screen, name, medianMs, p95Ms, maxMs }))];
};
