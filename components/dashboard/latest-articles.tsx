import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-list';
import { Card } from '@/components/ui/card';
import { DASHBOARD_PANELS } from './panel-ids';
import { Link } from '@/i18n/navigation';
import { listLatestArticles } from '@/lib/data/articles';

export async function LatestArticles() {
  const [t, tArchive, articles] = await Promise.all([getTranslations('Dashboard'), getTranslations('Archive'), listLatestArticles(6)]);
  return (
    <Card
      title={t('latestTitle')}
      titleId="latest-title"
      id={DASHBOARD_PANELS.latest}
      action={
        <Link href="/articles" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          {tArchive('allArticles')}
        </Link>
      }
    >
      <ArticleList articles={articles} />
    </Card>
  );
}
