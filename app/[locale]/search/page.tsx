import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleSearchView } from '@/components/search/article-search-view';
import { localeAlternates } from '@/i18n/alternates';
import { resolvePageLocale } from '@/i18n/page-locale';
import type { RawSearchParams } from '@/lib/present/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('Search');
  return { title: t('heading'), description: t('hint'), alternates: localeAlternates(locale, '/search') };
}

/** Search across every article; without words, the archive. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  return <ArticleSearchView path="/search" locale={locale} raw={await searchParams} />;
}
