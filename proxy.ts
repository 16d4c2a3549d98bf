import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { hasLocale } from 'next-intl';
import { routing } from './i18n/routing';
import { decideMethod, METHOD_NOT_ALLOWED_TEXT } from './lib/http-methods';

const handleLocale = createMiddleware(routing);

/** First path segments of the app's own pages; a locale-less link to one of them gains a locale. */
const PAGE_SEGMENTS = new Set(['', 'articles', 'entities', 'relations', 'timeline', 'search', 'sources', 'about']);

/** A malformed address (e.g. a broken percent-escape) cannot name a page; said in all three languages. */
const BAD_REQUEST_PAGE = `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>400 · Bauyrlas</title></head>
<body><main><h1>400</h1><p lang="kk">Мекенжай қате жазылған.</p><p lang="ru">Адрес записан с ошибкой.</p>
<p lang="en">The address is malformed.</p><p><a href="/">Bauyrlas</a></p></main></body></html>`;

function isMalformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Under the production server (server/) the method gate answers these before Next; under plain
 * `next start` this gives the pages the same answers (TRACE aside: Next fails on it before the proxy runs).
 */
function answerMethod(request: NextRequest): NextResponse | null {
  const decision = decideMethod(request.method, request.nextUrl.pathname);
  if (decision.action === 'pass') return null;
  const headers = { allow: decision.allow.join(', '), 'cache-control': 'no-store' };
  if (decision.action === 'options') return new NextResponse(null, { status: 204, headers });
  return new NextResponse(METHOD_NOT_ALLOWED_TEXT, { status: 405, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
}

export default function proxy(request: NextRequest) {
  const methodAnswer = answerMethod(request);
  if (methodAnswer) return methodAnswer;
  if (isMalformed(request.nextUrl.pathname)) {
    return new NextResponse(BAD_REQUEST_PAGE, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  const first = request.nextUrl.pathname.split('/')[1] ?? '';
  // Anything else (e.g. /xx/anything) is not ours: let the app answer 404 rather than redirecting to
  // /kk/xx/anything (the [locale] layout rejects an unknown locale).
  if (!hasLocale(routing.locales, first) && !PAGE_SEGMENTS.has(first)) return NextResponse.next();
  return handleLocale(request);
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
