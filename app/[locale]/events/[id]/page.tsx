import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EvidenceQuote } from '@/components/ui/evidence-quote';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import type { AppLocale } from '@/i18n/routing';
import type { EventEntityDto } from '@/lib/data/events';
import { getStory } from '@/lib/data/stories';
import { presentStories } from '@/lib/present/events';
import { storyIdParam } from '@/lib/present/route-params';
import { formatDay } from '@/lib/present/temporal-label';

type Params = Promise<{ locale: string; id: string }>;

// Rendered on first request, then served from the cache and refreshed every five minutes, like articles.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** The story of the page, or null for an id no story has. */
async function storyOf(params: Params): Promise<{ locale: AppLocale; story: Awaited<ReturnType<typeof getStory>> }> {
  const locale = await resolvePageLocale(params);
  const id = storyIdParam((await params).id);
  return { locale, story: id === null ? null : await getStory(locale, id) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, story } = await storyOf(params);
  if (!story) return {};
  const [presented] = await presentStories([story]);
  return {
    title: presented?.title,
    description: [presented?.dateLabel, presented?.reports?.label].filter(Boolean).join(' · '),
    alternates: localeAlternates(locale, `/events/${story.id}`),
  };
}

export default async function StoryPage({ params }: { params: Params }) {
  const { story } = await storyOf(params);
  if (!story) notFound();

  const [t, tArticle, tLanguage, format, [presented]] = await Promise.all([
    getTranslations('Story'),
    getTranslations('Article'),
    getTranslations('Language'),
    getFormatter(),
    presentStories([story]),
  ]);
  if (!presented) notFound();

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Badge>{presented.typeLabel}</Badge>
          <Badge tone={presented.status}>{presented.statusLabel}</Badge>
        </div>
        <h1 className="text-2xl leading-tight font-semibold tracking-tight sm:text-3xl">{presented.title}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
          <div className="flex gap-1.5">
            <dt>{t('date')}:</dt>
            <dd className="font-medium text-slate-900 dark:text-slate-100">
              {presented.dateLabel ? (
                <time dateTime={story.value ?? undefined}>
                  {presented.fuzzy ? '≈ ' : ''}
                  {presented.dateLabel}
                </time>
              ) : (
                t('undated')
              )}
            </dd>
          </div>
        </dl>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="story-reports">
          {presented.reports?.label}
        </p>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t('reports', { count: story.reportCount })} titleId="reports-title">
            <ol className="divide-y divide-slate-200 dark:divide-slate-800">
              {story.reports.map((report) => (
                <li key={report.id} className="space-y-2 py-4 first:pt-0 last:pb-0" data-testid="story-report">
                  <p className="font-medium">
                    <Link href={`/articles/${report.article.slug}`} lang={report.article.language} className="text-brand-700 hover:underline dark:text-brand-100">
                      {report.article.title ?? tArticle('untitled')}
                    </Link>
                  </p>
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                    {report.article.source ? (
                      <>
                        <span>{report.article.source}</span>
                        <span aria-hidden="true">·</span>
                      </>
                    ) : null}
                    <time dateTime={report.article.publishedOn}>{formatDay(format, report.article.publishedOn)}</time>
                    <span aria-hidden="true">·</span>
                    <Badge tone="brand">{tLanguage(report.article.language)}</Badge>
                  </p>
                  <EvidenceQuote lang={report.article.language} footer={tArticle(report.evidenceIn === 'title' ? 'evidenceTitle' : 'evidence')}>
                    {report.evidence}
                  </EvidenceQuote>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <aside className="space-y-6">
          <EntityCard title={t('participants')} titleId="participants-title" entities={story.participants} empty={t('noParticipants')} />
          <EntityCard title={t('places')} titleId="places-title" entities={story.places} empty={t('noPlaces')} />
        </aside>
      </div>
    </article>
  );
}

function EntityCard({ title, titleId, entities, empty }: { title: string; titleId: string; entities: EventEntityDto[]; empty: string }) {
  return (
    <Card title={title} titleId={titleId}>
      {entities.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="space-y-1.5 text-sm">
          {entities.map((entity) => (
            <li key={entity.key}>
              <Link href={`/entities/${entity.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
                {entity.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
