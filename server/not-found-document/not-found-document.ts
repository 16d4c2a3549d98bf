import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathOfTarget } from '@/lib/http-methods';
import { isBuildAsset } from '../asset-compression/asset-compression';
import { holdResponse, type HeldResponse } from '../document-finisher/hold-response';
import type { RequestHandler } from '../request-handler';
import { headerText } from '../response-parts';

/** The path of each locale's not-found page (app/[locale]/404). */
export function notFoundPagePath(locale: string): string {
  return `/${locale}/404`;
}

/** Each locale's not-found document as the build prerendered it; a locale whose file is missing is left out. */
export function readNotFoundDocuments(buildDir: string, locales: readonly string[]): Map<string, Buffer> {
  const documents = new Map<string, Buffer>();
  for (const locale of locales) {
    const file = path.join(buildDir, 'server', 'app', locale, '404.html');
    if (existsSync(file)) documents.set(locale, readFileSync(file));
  }
  return documents;
}

/** The locale a request path is under (its first segment), when a document exists for it. */
function localeOf(pathname: string, documents: ReadonlyMap<string, Buffer>): string | null {
  const first = pathname.split('/')[1] ?? '';
  return documents.has(first) ? first : null;
}

function isHtml(held: HeldResponse): boolean {
  return headerText(held.headers['content-type'])?.trim().toLowerCase().startsWith('text/html') ?? false;
}

/**
 * The response to send for a page under `locale`: Next's 404 document is an empty shell its
 * JavaScript fills in, so a 404 gets the locale's prerendered not-found document instead, and the
 * not-found page itself is sent with status 404. Anything else passes as it came.
 */
export function withNotFoundBody(held: HeldResponse, pathname: string, document: Buffer, locale: string): HeldResponse {
  if (!isHtml(held)) return held;
  const isNotFoundPage = pathname === notFoundPagePath(locale) || pathname === `${notFoundPagePath(locale)}/`;
  if (held.status !== 404 && !(isNotFoundPage && held.status === 200)) return held;
  const headers = { ...held.headers, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' };
  delete headers['content-length'];
  delete headers.etag;
  return { status: 404, headers, body: document };
}

/**
 * Puts the not-found documents in front of `handler` for GET page requests under a locale: readers
 * without JavaScript and crawlers get the localized not-found page in the HTML itself, with status 404.
 */
export function withNotFoundDocuments(handler: RequestHandler, { documents }: { documents: ReadonlyMap<string, Buffer> }): RequestHandler {
  return (req, res) => {
    const pathname = pathOfTarget(req.url);
    const locale = req.method === 'GET' && !isBuildAsset(pathname) ? localeOf(pathname, documents) : null;
    const document = locale ? documents.get(locale) : undefined;
    if (!locale || !document) return handler(req, res);
    holdResponse(
      res,
      (held) => withNotFoundBody(held, pathname, document, locale),
      (error) => {
        console.error(`Error while answering ${req.url?.slice(0, 200)}:`, error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      },
    );
    return handler(req, res);
  };
}
