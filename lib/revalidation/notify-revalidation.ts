export interface RevalidationRequest {
  url: string;
  secret: string;
  /** Give up after this long: an ingestion never waits on a stuck server. */
  timeoutMs?: number;
}

export type RevalidationOutcome =
  | { kind: 'revalidated' }
  /** The server answered but did not revalidate (e.g. 401: the secrets differ). */
  | { kind: 'rejected'; status: number }
  /** No answer: no server listening, or it did not reply in time. */
  | { kind: 'unreachable'; reason: 'refused' | 'timeout' | 'other'; detail: string };

export const DEFAULT_TIMEOUT_MS = 3_000;

/** Asks the running site to regenerate its pages. Never throws: the outcome says what happened. */
export async function notifyRevalidation({ url, secret, timeoutMs = DEFAULT_TIMEOUT_MS }: RevalidationRequest): Promise<RevalidationOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body: unknown = await response.json().catch(() => null);
    const confirmed = typeof body === 'object' && body !== null && (body as { revalidated?: unknown }).revalidated === true;
    return response.ok && confirmed ? { kind: 'revalidated' } : { kind: 'rejected', status: response.status };
  } catch (error) {
    return unreachable(error);
  }
}

function unreachable(error: unknown): RevalidationOutcome {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'unreachable', reason: 'timeout', detail: 'no answer in time' };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return { kind: 'unreachable', reason: 'refused', detail: 'connection refused' };
  return { kind: 'unreachable', reason: 'other', detail: cause?.code ?? cause?.message ?? (error as Error).message ?? 'error' };
}

/** One line for the person who ran the ingestion. */
export function describeRevalidation(outcome: RevalidationOutcome, url: string): string {
  switch (outcome.kind) {
    case 'revalidated':
      return `pages refreshed: the site at ${url} regenerates them on their next visit`;
    case 'rejected':
      return (
        `the site at ${url} refused to refresh its pages (HTTP ${outcome.status}; check that it uses the same REVALIDATE_SECRET); ` +
        'they refresh on their own within 5 minutes'
      );
    case 'unreachable':
      return `no site answered at ${url} (${outcome.detail}); pages refresh on their own within 5 minutes, or when the site next starts`;
  }
}
