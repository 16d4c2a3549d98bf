import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { RequestHandler } from '../request-handler';
import { cacheKey } from './cache-key';
import { cacheableTarget } from './cacheable-request';
import { localeCookieToSet } from './locale-cookie';
import type { LruStore, StoredResponse } from './lru-store';
import { captureResponse } from './response-capture';
import { etagMatches, notModifiedHeaders, storableHeaders, type StoredHeaders } from './stored-headers';

export type { RequestHandler };

/**
 * Response header telling operators (and tests) how the micro-cache answered: `hit` from memory,
 * `shared` with the response of the same request that was in flight, `miss` from the handler.
 */
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

type CacheOutcome = 'hit' | 'shared';

function replay(req: IncomingMessage, res: ServerResponse, stored: StoredResponse, cookie: string | null, outcome: CacheOutcome): void {
  const extra: StoredHeaders = { [MICRO_CACHE_HEADER]: outcome };
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

/** A response being produced for a key, which requests for the same key wait for. */
interface Flight {
  generation: number;
  /** The complete response, or null when none came whole (aborted, too large). */
  response: Promise<StoredResponse | null>;
}

/**
 * Puts the micro-cache in front of `handler`: locale pages (search included) and open-data reads are replayed from memory
 * for a few seconds; everything else goes to `handler` untouched. One request per key at a time
 * goes to `handler`: requests arriving while it is in flight wait for its response and are sent
 * a copy (any status: the same request would have got the same answer), so a burst of visitors on
 * a page that is not in memory costs one render. Only a 200 that is not an old copy is stored.
 */
export function withMicroCache(handler: RequestHandler, { store, revalidatePath, maxBodyBytes }: MicroCacheOptions): RequestHandler {
  const flights = new Map<string, Flight>();

  const cookieFor = (req: IncomingMessage, locale: string | null) =>
    locale === null ? null : localeCookieToSet(locale, requestHeader(req, 'cookie'), requestHeader(req, 'sec-fetch-dest'));

  const fly = (req: IncomingMessage, res: ServerResponse, key: string) => {
    const generation = store.generation;
    let land: (response: StoredResponse | null) => void = () => {};
    const flight: Flight = { generation, response: new Promise((resolve) => (land = resolve)) };
    flights.set(key, flight);
    const finish = (response: StoredResponse | null) => {
      if (flights.get(key) === flight) flights.delete(key);
      land(response);
    };
    res.once('close', () => finish(null));
    captureResponse(res, {
      wanted: () => true,
      maxBodyBytes,
      onCaptured: ({ status, headers, body }) => {
        const response = { status, headers: storableHeaders(headers), body };
        // Produced before a clear: possibly older than what the clear asked for.
        if (store.generation === generation && isStorableResponse(status, headers)) store.set(key, response);
        finish(response);
      },
    });
  };

  const answer = (req: IncomingMessage, res: ServerResponse, locale: string | null, key: string): unknown => {
    const stored = store.get(key);
    if (stored) {
      replay(req, res, stored, cookieFor(req, locale), 'hit');
      return undefined;
    }
    const flight = flights.get(key);
    if (flight && flight.generation === store.generation) {
      return flight.response.then((response) => {
        if (res.destroyed) return undefined;
        if (response) {
          replay(req, res, response, cookieFor(req, locale), 'shared');
          return undefined;
        }
        return answer(req, res, locale, key);
      });
    }
    res.setHeader(MICRO_CACHE_HEADER, 'miss');
    if (req.method === 'GET') fly(req, res, key);
    return handler(req, res);
  };

  return (req, res) => {
    const target = cacheableTarget({ method: req.method, url: req.url, headers: req.headers });
    if (!target) {
      if (req.method === 'POST' && req.url?.split('?')[0] === revalidatePath) {
        // The endpoint empties the cache itself; this second clear catches a page that Next
        // produced from its old cache entry while the revalidation was being applied.
        res.once('finish', () => {
          if (res.statusCode === 200) store.clear();
        });
      }
      return handler(req, res);
    }
    return answer(req, res, target.locale, cacheKey(req.url as string, req.headers['accept-encoding']));
  };
}
