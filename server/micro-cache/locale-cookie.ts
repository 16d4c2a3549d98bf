/**
 * next-intl's middleware remembers the locale of the page a visitor opens in the NEXT_LOCALE
 * cookie (the `/` redirect reads it). A response replayed from the micro-cache skips the
 * middleware, so the cache sets the cookie the same way: on document requests, when the request's
 * cookie is missing or names another locale. (The middleware also skips it when the browser's
 * Accept-Language already picks that locale; setting it then changes nothing the visitor sees.)
 */

export const LOCALE_COOKIE = 'NEXT_LOCALE';

function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** The Set-Cookie value to send with a page of `locale`, or null when none is due. */
export function localeCookieToSet(locale: string, cookieHeader: string | undefined, secFetchDest: string | undefined): string | null {
  if (secFetchDest !== undefined && secFetchDest !== 'document') return null;
  if (cookieHeader !== undefined && cookieValue(cookieHeader, LOCALE_COOKIE) === locale) return null;
  return `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=lax`;
}
