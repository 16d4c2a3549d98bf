import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/layout/search-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import { searchArticles, type SnippetDto } from '@/lib/data/search';
import { formatDay } from '@/lib/present/temporal-label';
import { parseSearchParams, type RawSearchParams } from '@/lib/present/search-params';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

const PAGE_SIZE = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('Search');
  return { title: t('heading'), description: t('hint'), alternates: localeAlternates(locale, '/search') };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { query, page, truncated } = parseSearchParams(await searchParams);
  const [t, tArticle, tLanguage, tPagination, format] = await Promise.all([
    getTranslations('Search'),
    getTranslations('Article'),
    getTranslations('Language'),
    getTranslations('Pagination'),
    getFormatter(),
  ]);
  const result = query ? await searchArticles(query, page, PAGE_SIZE, locale) : null;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t('heading')}</h1>
        <SearchForm id="search-page-query" defaultValue={query} landmarkLabel={t('heading')} />
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t('hint')}</p>
        {truncated ? <p role="status" className="text-sm text-amber-800 dark:text-amber-200">{t('tooLong')}</p> : null}
      </div>
      {result ? (
        <section aria-labelledby="results-title" className="space-y-4">
          <div role="status">
            <h2 id="results-title" className="text-base font-medium" data-testid="search-count">
              {t('results', { count: result.total, query })}
            </h2>
          </div>
          {result.matchedEntities.length > 0 ? (
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
              {t('matchedEntities')}
              {result.matchedEntities.map((entity) => (
                <Link key={entity.key} href={`/entities/${entity.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
                  {entity.name}
                </Link>
              ))}
            </p>
          ) : null}
          <ol className="space-y-3">
            {result.hits.map((hit) => (
              <li key={hit.slug}>
                <Card>
                  <Link href={`/articles/${hit.slug}`} lang={hit.language} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {hit.title ? <Highlighted text={hit.title} hits={hit.titleHits} /> : tArticle('untitled')}
                  </Link>
                  <div className="mt-1 flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                    <time dateTime={hit.publishedOn}>{formatDay(format, hit.publishedOn)}</time>
                    <Badge>{tLanguage(hit.language)}</Badge>
                  </div>
                  {hit.snippet ? <Snippet snippet={hit.snippet} lang={hit.language} /> : null}
                </Card>
              </li>
            ))}
          </ol>
          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(to) => ({ pathname: '/search', query: { q: query, page: to } })}
            labels={{
              navigation: tPagination('label'),
              previous: t('previous'),
              next: t('next'),
              position: t('page', { page: result.page, pages: result.pages }),
            }}
          />
        </section>
      ) : null}
    </div>
  );
}

function Snippet({ snippet, lang }: { snippet: SnippetDto; lang: string }) {
  return (
    <p lang={lang} className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
      {snippet.clippedStart ? '… ' : ''}
      <Highlighted text={snippet.text} hits={snippet.hits} />
      {snippet.clippedEnd ? ' …' : ''}
    </p>
  );
}

/** Text with the given ranges marked, as React elements (never as HTML). */
function Highlighted({ text, hits }: { text: string; hits: [number, number][] }) {
  const parts: { text: string; hit: boolean; at: number }[] = [];
  let cursor = 0;
  for (const [start, end] of hits) {
    if (start < cursor) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false, at: cursor });
    parts.push({ text: text.slice(start, end), hit: true, at: start });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false, at: cursor });
  return parts.map((part) =>
    part.hit ? (
      <mark key={part.at} className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-700 dark:text-white">
        {part.text}
      </mark>
    ) : (
      <span key={part.at}>{part.text}</span>
    ),
  );
}
