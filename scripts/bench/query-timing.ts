/**
 * The database step of `npm run bench`: how long each dashboard query takes on a given database.
 * The step is a function of this type; `timeQueries` below names the implementation in use.
 */

export interface QueryTiming {
  name: string;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** A reference query (e.g. `SELECT 1`) shown for comparison and left out of the target check. */
  baseline?: boolean;
}

export type TimeQueries = (databaseUrl: string) => Promise<QueryTiming[]>;

// The stand-in times `SELECT 1` and a few of the dashboard's counts. To time every dashboard query,
// export the full implementation here instead, e.g.:
//   export { timeDashboardQueries as timeQueries } from './bench-queries';
export { timeSampleQueries as timeQueries } from './sample-queries';
