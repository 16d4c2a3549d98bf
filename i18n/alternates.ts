import type { Metadata } from 'next';
import { env } from '@/lib/env';
import { routing, type AppLocale } from './routing';

/**
 * A page's twins in the other locales (hreflang), for `metadata.alternates`, and its canonical URL
 * when the public origin is configured (a canonical on a guessed origin would point elsewhere).
 */
export function localeAlternates(locale: AppLocale, path: string): Metadata['alternates'] {
  const suffix = path === '/' ? '' : path;
  return {
    canonical: env.SITE_URL ? `/${locale}${suffix}` : undefined,
    languages: Object.fromEntries(routing.locales.map((code) => [code, `/${code}${suffix}`])),
  };
}
