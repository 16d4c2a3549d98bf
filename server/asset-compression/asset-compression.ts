import type { IncomingMessage, ServerResponse } from 'node:http';
import { pathOfTarget } from '@/lib/http-methods';
import { compress, compressNow, isCompressibleType, preferredEncoding, type ContentEncoding } from '../document-finisher/content-encoding';
import { holdResponse, type HeldResponse } from '../document-finisher/hold-response';
import type { LruStore, StoredResponse } from '../micro-cache/lru-store';
import { storableHeaders } from '../micro-cache/stored-headers';
import type { RequestHandler } from '../request-handler';
import { headerText } from '../response-parts';

/** Where Next serves its build output: file names carry a hash of their content, so a file never changes. */
export const BUILD_ASSET_PREFIX = '/_next/static/';

export function isBuildAsset(pathname: string): boolean {
  return pathname.startsWith(BUILD_ASSET_PREFIX);
}

/**
 * The highest quality costs a core for over a second on the largest chunks: it waits until the
 * page that asked for the file has loaded, so it does not compete with that page's rendering.
 */
export const BEST_COMPRESSION_DELAY_MS = 10_000;

export interface AssetCompressionOptions {
  /** Holds the compressed files; its time to live may be long, since they never change. */
  store: LruStore;
  /** How long after a file's first request its highest-quality copy is made. */
  bestCompressionDelayMs?: number;
}

function send(req: IncomingMessage, res: ServerResponse, stored: StoredResponse): void {
  res.writeHead(stored.status, { ...stored.headers, 'content-length': String(stored.body.length) });
  res.end(req.method === 'HEAD' ? undefined : stored.body);
}

/**
 * Serves the build's scripts and styles compressed once and kept in memory, brotli when the
 * client takes it. Next compresses them with gzip on every request; the first request of a file
 * here is compressed fast (brotli 5: as quick as Next's gzip) and answered at once; ten seconds
 * later the file is compressed once more, off the main thread, at the highest quality (brotli 11:
 * the first-load scripts 142 KB instead of gzip's 165 KB), and that copy answers every later
 * request. Range requests and clients without gzip or brotli go to Next.
 */
export function withAssetCompression(handler: RequestHandler, { store, bestCompressionDelayMs = BEST_COMPRESSION_DELAY_MS }: AssetCompressionOptions): RequestHandler {
  const improving = new Set<string>();

  const compressed = (held: HeldResponse, body: Buffer, encoding: ContentEncoding): StoredResponse => ({
    status: held.status,
    headers: { ...storableHeaders(held.headers), 'content-encoding': encoding, vary: 'Accept-Encoding' },
    body,
  });
  const keep = (key: string, held: HeldResponse, body: Buffer, encoding: ContentEncoding) => store.set(key, compressed(held, body, encoding));

  const improveLater = (key: string, held: HeldResponse, encoding: ContentEncoding, fastBytes: number) => {
    if (improving.has(key)) return;
    improving.add(key);
    const timer = setTimeout(() => {
      compress(held.body, encoding, 'best')
        .then((body) => {
          if (body.length < fastBytes) keep(key, held, body, encoding);
        })
        .catch((error: unknown) => console.error(`Could not compress ${key.split('\n')[0]}:`, error))
        .finally(() => improving.delete(key));
    }, bestCompressionDelayMs);
    timer.unref();
  };

  return (req, res) => {
    const path = pathOfTarget(req.url);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isBuildAsset(path) || req.headers.range !== undefined) return handler(req, res);
    const encoding = preferredEncoding(headerText(req.headers['accept-encoding']));
    if (!encoding) return handler(req, res);
    const key = `${req.url}\n${encoding}`;
    const stored = store.get(key);
    if (stored) {
      send(req, res, stored);
      return undefined;
    }
    if (req.method === 'HEAD') return handler(req, res);
    delete req.headers['accept-encoding'];
    holdResponse(
      res,
      (held) => {
        const type = headerText(held.headers['content-type']);
        if (held.status !== 200 || held.headers['content-encoding'] !== undefined || !isCompressibleType(type)) return held;
        const response = compressed(held, compressNow(held.body, encoding), encoding);
        store.set(key, response);
        improveLater(key, held, encoding, response.body.length);
        return { ...response, headers: { ...response.headers, 'content-length': String(response.body.length) } };
      },
      (error) => {
        console.error(`Error while compressing ${req.url?.slice(0, 200)}:`, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      },
    );
    return handler(req, res);
  };
}
