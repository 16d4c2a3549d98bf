import { startPostgresCluster } from './postgres-cluster';

/**
 * Vitest global setup of the PostgreSQL test project: a throwaway cluster for the run, unless
 * POSTGRES_TEST_URL already names a server.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.POSTGRES_TEST_URL) return undefined;
  const cluster = await startPostgresCluster();
  process.env.POSTGRES_TEST_URL = cluster.url;
  return () => cluster.stop();
}
