import { isOpenDataPath, isStreamedExportPath } from '@/lib/http-methods';

/**
 * Which requests the micro-cache may answer: document requests (GET/HEAD) for a locale page, and
 * reads of the open data (JSON API, feeds, calendars), which are as much the same for every
 * client; streamed exports are not held. Every
 * header or parameter that makes Next answer differently for the same address (an RSC payload for
 * the client router, draft mode, a byte range) sends the request past the cache to Next.
 */

export const CACHED_LOCALES = ['kk', 'ru', 'en'] as const;
export type CachedLocale = (typeof CACHED_LOCALES)[number];

/** Request headers Next varies its page responses on (its `Vary`), or that change the answer. */
const BYPASS_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-prerender-revalidate',
  'range',
] as const;

export interface RequestFacts {
  method: string | undefined;
  /** The request target as it came: path plus query. */
  url: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

function pathOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

/** The locale of a locale page's path (`/en`, `/ru/articles/x`), else null. */
export function localeOfPath(pathname: string): CachedLocale | null {
  const first = pathname.split('/')[1] ?? '';
  return (CACHED_LOCALES as readonly string[]).includes(first) ? (first as CachedLocale) : null;
}

function hasRscQuery(url: string): boolean {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return false;
  return new URLSearchParams(url.slice(queryStart + 1)).has('_rsc');
}

function inDraftMode(cookie: string | string[] | undefined): boolean {
  const text = Array.isArray(cookie) ? cookie.join(';') : (cookie ?? '');
  return text.includes('__prerender_bypass');
}

/** The locale of a request the micro-cache may answer, or null when it must go to Next. */
export function cacheableLocale({ method, url, headers }: RequestFacts): CachedLocale | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!url || !url.startsWith('/')) return null;
  const pathname = pathOf(url);
  const locale = localeOfPath(pathname);
  if (!locale) return null;
  if (BYPASS_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (hasRscQuery(url)) return null;
  if (inDraftMode(headers.cookie)) return null;
  return locale;
}

/**
 * What the micro-cache may answer: a locale page (with its locale, for the cookie a replay sets),
 * an open-data read (no locale: no cookie), or null when the request must go to Next.
 */
export function cacheableTarget(facts: RequestFacts): { locale: CachedLocale | null } | null {
  const locale = cacheableLocale(facts);
  if (locale) return { locale };
  const { method, url, headers } = facts;
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!url || !url.startsWith('/')) return null;
  const pathname = pathOf(url);
  if (!isOpenDataPath(pathname) || isStreamedExportPath(pathname)) return null;
  if (headers.range !== undefined) return null;
  return { locale: null };
}
