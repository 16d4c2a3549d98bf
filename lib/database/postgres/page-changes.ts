import pg from 'pg';

/**
 * Every app server on one PostgreSQL database listens on this channel; an ingestion that changed
 * articles notifies it after its transactions commit, so each server refreshes its pages.
 */
const CHANNEL = 'bauyrlas_pages_changed';

/** Tells every listening app server that stored articles changed. */
export async function announcePageChanges(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`NOTIFY ${CHANNEL}`);
  } finally {
    await client.end();
  }
}

export interface PageChangeListener {
  /** Settles when the first connection listens (or failed, and a retry is scheduled). */
  ready: Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Calls `onChange` for every announcement. A lost connection is opened again (after `retryMs`),
 * and `onChange` is then called once as well: announcements made meanwhile were missed.
 */
export function listenForPageChanges(
  url: string,
  onChange: () => void,
  { retryMs = 1_000, onError = (error: Error) => console.error('page-change listener:', error.message) } = {},
): PageChangeListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (reconnecting: boolean) => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', () => onChange());
    next.on('error', (error) => {
      onError(error);
      next.end().catch(() => {});
      scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      onError(error as Error);
      next.end().catch(() => {});
      scheduleReconnect();
      return;
    }
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
    if (reconnecting) onChange();
  };
  const scheduleReconnect = () => {
    client = null;
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect(true);
    }, retryMs);
  };

  const ready = connect(false);
  return {
    ready,
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end();
    },
  };
}
