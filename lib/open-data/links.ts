import { env } from '@/lib/env';

/** The origin absolute links point to: the public origin when configured, else the one the request came to. */
export function originOf(request: Request): string {
  return env.SITE_URL ? env.SITE_URL.replace(/\/$/, '') : new URL(request.url).origin;
}

/** The request's own URL with some query parameters changed (null removes one). */
export function withQuery(request: Request, changes: Record<string, string | null>): string {
  const url = new URL(request.url);
  const target = new URL(url.pathname + url.search, originOf(request));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) target.searchParams.delete(name);
    else target.searchParams.set(name, value);
  }
  return target.toString();
}
