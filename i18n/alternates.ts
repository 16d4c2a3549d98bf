import type { Metadata } from 'next';
import { routing, type AppLocale } from './routing';

/** Canonical URL of a page and its twins in the other locales (hreflang), for `metadata.alternates`. */
export function localeAlternates(locale: AppLocale, path: string): Metadata['alternates'] {
  const suffix = path === '/' ? '' : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: Object.fromEntries(routing.locales.map((code) => [code, `/${code}${suffix}`])),
  };
}
