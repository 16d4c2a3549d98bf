import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { hasLocale } from 'next-intl';
import { routing } from './i18n/routing';

const handleLocale = createMiddleware(routing);

/** First path segments of the app's own pages; a locale-less link to one of them gains a locale. */
const PAGE_SEGMENTS = new Set(['', 'articles', 'entities', 'relations', 'timeline', 'search']);

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

export default function proxy(request: NextRequest) {
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
