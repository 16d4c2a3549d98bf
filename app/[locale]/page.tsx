import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { resolvePageLocale } from '@/i18n/page-locale';
import { countArticles, getLatestArticle } from '@/lib/data/articles';
import { civilDate } from '@/lib/format';

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  await resolvePageLocale(params);
  const t = await getTranslations('Dashboard');
  const tLanguage = await getTranslations('Language');
  const format = await getFormatter();
  const [articleCount, latest] = await Promise.all([countArticles(), getLatestArticle()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t('heading')}</h1>
      {articleCount === 0 || !latest ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
          <p className="mt-2 text-slate-600 dark:text-slate-300">{t('emptyHint')}</p>
        </Card>
      ) : (
        <div className="grid gap-4 md:grid-cols-3">
          <Card>
            <p className="text-3xl font-semibold" data-testid="article-count">
              {t('articleCount', { count: articleCount })}
            </p>
          </Card>
          <Card className="md:col-span-2">
            <h2 className="text-sm font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {t('latestArticle')}
            </h2>
            <p className="mt-2 text-lg font-semibold" lang={latest.language}>
              {latest.title ?? t('untitled')}
            </p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
              <time dateTime={latest.publishedOn}>
                {t('publishedOn', { date: format.dateTime(civilDate(latest.publishedOn), { dateStyle: 'long' }) })}
              </time>
              {' · '}
              {t('articleLanguage', { language: tLanguage(latest.language) })}
            </p>
          </Card>
        </div>
      )}
    </div>
  );
}
