import type { AppLocale } from '@/i18n/routing';
import { feedPath, type FeedScopeQuery } from './feed-links';

/**
 * The downloads and subscriptions a list view offers, each carrying the view's filters. Paths are
 * site paths; the calendar subscription is absolute (`webcal:` needs the host).
 */

export type DatasetName = 'events' | 'stories' | 'relations' | 'articles' | 'comentions';
export type DownloadFormat = 'csv' | 'json' | 'geojson' | 'gexf';

export interface DownloadLink {
  dataset: DatasetName;
  format: DownloadFormat;
  href: string;
}

export interface OpenDataLinks {
  downloads: DownloadLink[];
  feeds: { rss: string; atom: string } | null;
  calendar: { ics: string; webcal: string } | null;
}

type Filters = Record<string, string | undefined>;

function withQuery(path: string, query: Filters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function downloadLink(dataset: DatasetName, format: DownloadFormat, locale: AppLocale, filters: Filters = {}): DownloadLink {
  return { dataset, format, href: withQuery(`/api/v1/exports/${dataset}.${format}`, { locale, ...filters }) };
}

export function feedLinks(locale: AppLocale, scope: FeedScopeQuery = {}): OpenDataLinks['feeds'] {
  return { rss: feedPath('rss', locale, scope), atom: feedPath('atom', locale, scope) };
}

/** The calendar of upcoming stories with the timeline's filters, and its `webcal:` subscription on the public origin. */
export function calendarLinks(origin: string, locale: AppLocale, filters: Filters = {}): OpenDataLinks['calendar'] {
  const ics = withQuery('/api/v1/calendar.ics', { locale, ...filters });
  return { ics, webcal: `${origin.replace(/^https?:/, 'webcal:')}${ics}` };
}
