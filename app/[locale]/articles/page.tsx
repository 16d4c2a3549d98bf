import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleSearchView } from '@/components/search/article-search-view';
import { localeAlternates } from '@/i18n/alternates';
import { resolvePageLocale } from '@/i18n/page-locale';
import type { RawSearchParams } from '@/lib/present/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('Archive');
  return { title: t('heading'), description: t('intro'), alternates: localeAlternates(locale, '/articles') };
}

/** Every article, newest first, with the filters of search. */
export default async function ArchivePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  return <ArticleSearchView path="/articles" locale={locale} raw={await searchParams} />;
}
