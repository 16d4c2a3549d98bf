import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { hasLocale } from 'next-intl';
import { routing } from './i18n/routing';

const handleLocale = createMiddleware(routing);

/** First path segments of the app's own pages; a locale-less link to one of them gains a locale. */
const PAGE_SEGMENTS = new Set(['', 'articles', 'entities', 'relations', 'timeline', 'search']);

export default function proxy(request: NextRequest) {
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
