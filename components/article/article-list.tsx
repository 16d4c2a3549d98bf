import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/i18n/navigation';
import type { ArticleSummaryDto } from '@/lib/data/articles';
import { formatDay } from '@/lib/present/temporal-label';

/** Article titles (as written, language marked) with their localized dates. */
export async function ArticleList({ articles }: { articles: ArticleSummaryDto[] }) {
  const [t, tLanguage, format] = await Promise.all([getTranslations('Article'), getTranslations('Language'), getFormatter()]);
  return (
    <ul className="space-y-3">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link
            href={`/articles/${article.slug}`}
            lang={article.language}
            className="font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-slate-100 dark:hover:text-brand-100"
          >
            {article.title ?? t('untitled')}
          </Link>
          <div className="mt-1 flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={article.publishedOn}>{formatDay(format, article.publishedOn)}</time>
            <Badge>{tLanguage(article.language)}</Badge>
          </div>
        </li>
      ))}
    </ul>
  );
}
