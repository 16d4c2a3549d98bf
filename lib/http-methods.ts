/**
 * Which HTTP methods each address answers. The site is read-only except for one endpoint: every
 * page, 404, API address and static file takes GET and HEAD; the revalidation endpoint takes POST
 * only. OPTIONS is answered with the allowed methods; anything else (writes, TRACE, WebDAV,
 * unknown methods) is refused with 405 and the same list, before any page is rendered.
 *
 * Shared by the production server's gate (server/method-gate) and proxy.ts, which applies it to
 * the pages when the app runs under plain `next start`.
 */

export const REVALIDATE_PATH = '/api/revalidate';

export const READ_METHODS = ['GET', 'HEAD'] as const;
export const REVALIDATE_METHODS = ['POST'] as const;

export type MethodDecision =
  | { action: 'pass' }
  /** 204 with an Allow header. */
  | { action: 'options'; allow: readonly string[] }
  /** 405 with an Allow header. */
  | { action: 'refuse'; allow: readonly string[] };

/** The path of a request target (`/en?x=1` → `/en`); an absolute-form target keeps only its path. */
export function pathOfTarget(target: string | undefined): string {
  if (!target) return '/';
  let path = target;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length) || '/';
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

/** The methods an address accepts. */
export function allowedMethods(pathname: string): readonly string[] {
  return pathname === REVALIDATE_PATH ? REVALIDATE_METHODS : READ_METHODS;
}

/** What to do with `method` on `pathname`: hand it on, answer OPTIONS, or refuse it. */
export function decideMethod(method: string | undefined, pathname: string): MethodDecision {
  const allow = allowedMethods(pathname);
  if (method !== undefined && allow.includes(method)) return { action: 'pass' };
  if (method === 'OPTIONS') return { action: 'options', allow };
  return { action: 'refuse', allow };
}

export const METHOD_NOT_ALLOWED_TEXT = 'Method Not Allowed\n';

/** The open-data addresses (JSON API, feeds, calendars, exports): readable from any origin. */
export const OPEN_DATA_PREFIX = '/api/v1/';

export function isOpenDataPath(pathname: string): boolean {
  return pathname.startsWith(OPEN_DATA_PREFIX);
}

/** Exports stream rows as they are read: the server's layers pass them on as they come, never holding them whole. */
export function isStreamedExportPath(pathname: string): boolean {
  return pathname.startsWith(`${OPEN_DATA_PREFIX}exports/`);
}

/**
 * CORS headers of an OPTIONS answer (a preflight) on an open-data address: any origin may read
 * with GET or HEAD, sending the headers a conditional or negotiated read needs. Other addresses
 * get none: a browser then keeps other origins out.
 */
export function preflightHeaders(pathname: string): Record<string, string> {
  if (!isOpenDataPath(pathname)) return {};
  return {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': READ_METHODS.join(', '),
    'access-control-allow-headers': 'Accept, Accept-Language, If-None-Match, If-Modified-Since, Cache-Control',
    'access-control-max-age': '86400',
  };
}
