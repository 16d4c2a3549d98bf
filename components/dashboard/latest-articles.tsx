import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/article-list';
import { Card } from '@/components/ui/card';
import { listLatestArticles } from '@/lib/data/articles';

export async function LatestArticles() {
  const [t, articles] = await Promise.all([getTranslations('Dashboard'), listLatestArticles(6)]);
  return (
    <Card title={t('latestTitle')} titleId="latest-title">
      <ArticleList articles={articles} />
    </Card>
  );
}
