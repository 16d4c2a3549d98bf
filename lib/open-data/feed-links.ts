import type { Metadata } from 'next';
import type { AppLocale } from '@/i18n/routing';

/** What a feed holds: every article, or one entity's, one relation pair's or one event type's. */
export interface FeedScopeQuery {
  entity?: string;
  a?: string;
  b?: string;
  type?: string;
}

/** Site path of a feed (RSS or Atom) in a locale, for links and `<link rel="alternate">`. */
export function feedPath(format: 'rss' | 'atom', locale: AppLocale, scope: FeedScopeQuery = {}): string {
  const query = new URLSearchParams({ locale });
  for (const [name, value] of Object.entries(scope)) if (value) query.set(name, value);
  return `/api/v1/feeds/articles.${format}?${query.toString()}`;
}

/** `alternates.types` of a page's metadata: its RSS and Atom feeds. */
export function feedAlternates(locale: AppLocale, title: string, scope: FeedScopeQuery = {}): NonNullable<Metadata['alternates']>['types'] {
  return {
    'application/rss+xml': [{ url: feedPath('rss', locale, scope), title }],
    'application/atom+xml': [{ url: feedPath('atom', locale, scope), title }],
  };
}
