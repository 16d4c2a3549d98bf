import { createHash } from 'node:crypto';
import type { Problem } from './schemas';

/**
 * Responses of the open-data endpoints: readable from any origin (GET only: there is nothing to
 * write), cacheable for a minute and revalidated with an ETag, errors as RFC 9457 problem details.
 */

export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, Content-Disposition',
} as const;

/** Clients and shared caches keep a response a minute, then may serve it stale while they revalidate. */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** A weak validator: the body's digest (the server may compress the body). */
export function etagOf(body: string | Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** A complete body with its ETag, or 304 when the client holds it already. */
export function cachedResponse(request: Request, body: string, contentType: string, extraHeaders: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, 'cache-control': CACHE_CONTROL, etag, ...extraHeaders };
  if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'content-type': contentType } });
}

export function jsonResponse(request: Request, value: unknown): Response {
  return cachedResponse(request, JSON.stringify(value), 'application/json; charset=utf-8');
}

const PROBLEM_TITLES: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 500: 'Internal Server Error' };

export function problemResponse(status: 400 | 404 | 500, detail: string, extras: Pick<Problem, 'errors' | 'instance'> = {}): Response {
  const problem: Problem = { type: 'about:blank', title: PROBLEM_TITLES[status]!, status, detail, ...extras };
  return new Response(JSON.stringify(problem), {
    status,
    headers: { ...CORS_HEADERS, 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export function notFound(what: string): Response {
  return problemResponse(404, `No ${what} has this identifier.`);
}
