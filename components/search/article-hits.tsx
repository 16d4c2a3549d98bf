import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/i18n/navigation';
import type { ArticleHitDto } from '@/lib/data/search';
import { formatDay } from '@/lib/present/temporal-label';
import { HighlightedText } from './highlighted-text';

/** Matching articles (or the archive's), each with its date, language, source and the passage that matched. */
export async function ArticleHits({ hits }: { hits: ArticleHitDto[] }) {
  const [t, tArticle, tLanguage, format] = await Promise.all([
    getTranslations('Search'),
    getTranslations('Article'),
    getTranslations('Language'),
    getFormatter(),
  ]);
  return (
    <ol className="space-y-3" data-testid="article-hits">
      {hits.map((hit) => (
        <li key={hit.slug} data-testid="article-hit" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <Link href={`/articles/${hit.slug}`} lang={hit.language} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
            {hit.title ? <HighlightedText text={hit.title} hits={hit.titleHits} /> : tArticle('untitled')}
          </Link>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={hit.publishedOn}>{formatDay(format, hit.publishedOn)}</time>
            <Badge>{tLanguage(hit.language)}</Badge>
            {hit.source ? <span>{t('source', { name: hit.source })}</span> : null}
          </div>
          {hit.snippet ? (
            <p lang={hit.language} className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
              {hit.snippet.clippedStart ? '… ' : ''}
              <HighlightedText text={hit.snippet.text} hits={hit.snippet.hits} />
              {hit.snippet.clippedEnd ? ' …' : ''}
            </p>
          ) : hit.lead ? (
            <p lang={hit.language} className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
              {hit.lead.text}
              {hit.lead.clipped ? ' …' : ''}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
