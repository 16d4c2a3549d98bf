import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getHeadlineFigures } from '@/lib/data/dashboard';

export async function HeadlineFigures({ today }: { today: string }) {
  const [t, format, figures] = await Promise.all([getTranslations('Dashboard'), getFormatter(), getHeadlineFigures(today)]);
  const places = figures.entities.CITY + figures.entities.REGION;
  const items: { id: string; count: number; label: string; href?: string }[] = [
    { id: 'articles', count: figures.articles, label: t('figureArticles', { count: figures.articles }), href: '/articles' },
    { id: 'places', count: places, label: t('figurePlaces', { count: places }) },
    { id: 'people', count: figures.entities.PERSON, label: t('figurePeople', { count: figures.entities.PERSON }) },
    {
      id: 'organizations',
      count: figures.entities.ORGANIZATION,
      label: t('figureOrganizations', { count: figures.entities.ORGANIZATION }),
    },
    { id: 'relations', count: figures.relations, label: t('figureRelations', { count: figures.relations }) },
    { id: 'upcoming', count: figures.upcomingEvents, label: t('figureUpcoming', { count: figures.upcomingEvents }) },
  ];
  return (
    <section aria-label={t('figuresTitle')}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {items.map((item) => (
          <div
            key={item.id}
            data-testid={`figure-${item.id}`}
            className="flex flex-col-reverse rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <dt className="text-sm text-slate-600 dark:text-slate-400">{item.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {item.href ? (
                <Link href={item.href} className="text-brand-700 hover:underline dark:text-brand-100">
                  {format.number(item.count)}
                </Link>
              ) : (
                format.number(item.count)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
