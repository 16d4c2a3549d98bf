import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { cacheKey } from './cache-key';
import { cacheableLocale } from './cacheable-request';
import { localeCookieToSet } from './locale-cookie';
import type { LruStore, StoredResponse } from './lru-store';
import { captureResponse } from './response-capture';
import { etagMatches, notModifiedHeaders, storableHeaders, type StoredHeaders } from './stored-headers';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Response header telling operators (and tests) whether the micro-cache answered: hit or miss. */
export const MICRO_CACHE_HEADER = 'x-bauyrlas-cache';

/** Next's word that it served an old copy of a page while it regenerates it. */
const BEING_REGENERATED = 'STALE';

function single(value: OutgoingHttpHeaders[string] | string[]): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/**
 * A 200 of a locale page, unless Next says it is an old copy being regenerated. Every locale page
 * is the same for every visitor (no sessions; the locale is in the path), so a page Next renders
 * per request (the entity page reads its list pages from the query) may be shared for the few
 * seconds an entry lives, whatever its `cache-control` tells browsers.
 */
export function isStorableResponse(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200) return false;
  return single(headers['x-nextjs-cache'])?.toUpperCase() !== BEING_REGENERATED;
}

function requestHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function replay(req: IncomingMessage, res: ServerResponse, stored: StoredResponse, cookie: string | null): void {
  const extra: StoredHeaders = { [MICRO_CACHE_HEADER]: 'hit' };
  if (cookie) extra['set-cookie'] = cookie;
  if (etagMatches(requestHeader(req, 'if-none-match'), stored.headers.etag)) {
    res.writeHead(304, { ...notModifiedHeaders(stored.headers), ...extra });
    res.end();
    return;
  }
  res.writeHead(stored.status, { ...stored.headers, ...extra, 'content-length': String(stored.body.length) });
  if (req.method === 'HEAD') res.end();
  else res.end(stored.body);
}

export interface MicroCacheOptions {
  store: LruStore;
  /** A successful POST here empties the cache once its response is sent (the revalidation endpoint). */
  revalidatePath: string;
  /** Bodies larger than this are not stored. */
  maxBodyBytes: number;
}

/**
 * Puts the micro-cache in front of `handler`: locale pages (search included) are replayed from memory
 * for a few seconds; everything else goes to `handler` untouched.
 */
export function withMicroCache(handler: RequestHandler, { store, revalidatePath, maxBodyBytes }: MicroCacheOptions): RequestHandler {
  return (req, res) => {
    const locale = cacheableLocale({ method: req.method, url: req.url, headers: req.headers });
    if (!locale) {
      if (req.method === 'POST' && req.url?.split('?')[0] === revalidatePath) {
        // The endpoint empties the cache itself; this second clear catches a page that Next
        // produced from its old cache entry while the revalidation was being applied.
        res.once('finish', () => {
          if (res.statusCode === 200) store.clear();
        });
      }
      return handler(req, res);
    }
    const url = req.url as string;
    const key = cacheKey(url, req.headers['accept-encoding']);
    const stored = store.get(key);
    if (stored) {
      replay(req, res, stored, localeCookieToSet(locale, requestHeader(req, 'cookie'), requestHeader(req, 'sec-fetch-dest')));
      return undefined;
    }
    res.setHeader(MICRO_CACHE_HEADER, 'miss');
    if (req.method === 'GET') {
      const generation = store.generation;
      captureResponse(res, {
        wanted: isStorableResponse,
        maxBodyBytes,
        onCaptured: ({ status, headers, body }) => {
          // Produced before a clear: possibly older than what the clear asked for.
          if (store.generation !== generation) return;
          store.set(key, { status, headers: storableHeaders(headers), body });
        },
      });
    }
    return handler(req, res);
  };
}
