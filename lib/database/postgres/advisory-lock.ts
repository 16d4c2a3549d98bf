import pg from 'pg';

/**
 * A session-level advisory lock on its own connection: held while the connection lives, so a
 * process that dies (even killed with SIGKILL) releases it with its connection. Returns the
 * function that releases it, or null when another session holds it.
 */
export async function tryAdvisoryLock(
  url: string,
  key: bigint,
  onLost: (error: Error) => void = (error) => console.error(`the advisory lock's connection was lost (${error.message}); the lock is free again`),
): Promise<(() => Promise<void>) | null> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', onLost);
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key.toString()]);
    if (!rows[0]?.locked) {
      await client.end();
      return null;
    }
  } catch (error) {
    await client.end();
    throw error;
  }
  return async () => {
    try {
      await client.query('SELECT pg_advisory_unlock($1)', [key.toString()]);
    } finally {
      await client.end();
    }
  };
}
