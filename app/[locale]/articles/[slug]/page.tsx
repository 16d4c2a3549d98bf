import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ArticleBody, ArticleTitleText } from '@/components/article/article-body';
import { EventList } from '@/components/events/event-list';
import { RelationList } from '@/components/relations/relation-list';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolveSlugPage } from '@/lib/present/slug-page';
import { getArticle, type ArticleDto } from '@/lib/data/articles';
import { listArticleEvents } from '@/lib/data/events';
import { listPlaceRelations } from '@/lib/data/relations';
import { ENTITY_TYPES } from '@/lib/domain/vocabulary';
import { presentEvents } from '@/lib/present/events';
import { formatDay, formatTemporalValue } from '@/lib/present/temporal-label';

type Params = Promise<{ locale: string; slug: string }>;

// Rendered on first request, then served from the cache and refreshed in the background every
// five minutes, so re-ingested articles show up without a rebuild.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await resolveSlugPage(params);
  const article = slug ? await getArticle(slug, locale) : null;
  if (!article) return {};
  const t = await getTranslations('Article');
  return {
    title: article.title ?? t('untitled'),
    description: article.body.slice(0, 160),
    alternates: localeAlternates(locale, `/articles/${article.slug}`),
  };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { locale, slug } = await resolveSlugPage(params);
  const article = slug ? await getArticle(slug, locale) : null;
  if (!article) notFound();

  const [t, tLanguage, tSources, format, events, relations] = await Promise.all([
    getTranslations('Article'),
    getTranslations('Language'),
    getTranslations('Sources'),
    getFormatter(),
    listArticleEvents(locale, article.slug),
    listPlaceRelations(locale, { articleSlug: article.slug }, { limit: 50, evidenceLimit: 50 }),
  ]);
  const ownRelations = relations.map((r) => ({ ...r, evidence: r.evidence.filter((e) => e.article.slug === article.slug) }));

  return (
    <article className="grid gap-8 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <header className="space-y-3">
          <h1 lang={article.title ? article.language : undefined} className="text-2xl leading-tight font-semibold tracking-tight sm:text-3xl">
            {article.title ? <ArticleTitleText title={article.title} mentions={article.titleMentions} /> : t('untitled')}
          </h1>
          <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-600 dark:text-slate-400">
            <div className="flex gap-1.5">
              <dt>{t('published')}:</dt>
              <dd>
                <time dateTime={article.publishedOn}>{formatDay(format, article.publishedOn)}</time>
              </dd>
            </div>
            <div className="flex gap-1.5">
              <dt>{t('language')}:</dt>
              <dd>
                <Badge tone="brand">{tLanguage(article.language)}</Badge>
              </dd>
            </div>
            {article.source ? (
              <div className="flex gap-1.5">
                <dt>{t('source')}:</dt>
                <dd data-testid="article-source">{article.source}</dd>
              </div>
            ) : null}
            {article.originalUrl ? (
              <div className="flex gap-1.5">
                <dt className="sr-only">{tSources('originalStory')}</dt>
                <dd>
                  <a href={article.originalUrl} rel="noopener noreferrer" className="text-brand-700 underline dark:text-brand-100" data-testid="original-link">
                    {tSources('originalStory')}
                  </a>
                </dd>
              </div>
            ) : null}
            {article.credit ? (
              <div className="flex gap-1.5">
                <dt>{t('credit')}:</dt>
                <dd>{article.credit}</dd>
              </div>
            ) : null}
          </dl>
        </header>
        <section aria-labelledby="body-title">
          <h2 id="body-title" className="sr-only">
            {t('body')}
          </h2>
          <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">{t('bodyHint')}</p>
          <ArticleBody body={article.body} mentions={article.mentions} language={article.language} />
        </section>
      </div>
      <aside className="space-y-6">
        <Card title={t('events')} titleId="events-title">
          {events.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('noEvents')}</p>
          ) : (
            <EventList events={await presentEvents(events)} showEvidence linkEntities />
          )}
        </Card>
        <Card title={t('relations')} titleId="relations-title">
          {ownRelations.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('noRelations')}</p>
          ) : (
            <RelationList relations={ownRelations} showEvidence />
          )}
        </Card>
        <Card title={t('dates')} titleId="dates-title">
          {article.temporals.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('noDates')}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {article.temporals.map((temporal) => (
                <li key={temporal.start} className="flex flex-wrap justify-between gap-x-3">
                  <span lang={article.language} className="text-slate-700 dark:text-slate-300">
                    «{temporal.text}»
                  </span>
                  <span className="font-medium tabular-nums">{formatTemporalValue(format, temporal.value)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <MentionedEntities article={article} />
      </aside>
    </article>
  );
}

async function MentionedEntities({ article }: { article: ArticleDto }) {
  const [t, tType] = await Promise.all([getTranslations('Article'), getTranslations('EntityType')]);
  const counts = new Map<string, { entity: ArticleDto['mentions'][number]['entity']; count: number }>();
  for (const { entity } of article.mentions) {
    const seen = counts.get(entity.key);
    counts.set(entity.key, { entity, count: (seen?.count ?? 0) + 1 });
  }
  const groups = ENTITY_TYPES.map((type) => ({ type, items: [...counts.values()].filter((c) => c.entity.type === type) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <Card title={t('entities')} titleId="entities-title">
      <dl className="space-y-3 text-sm">
        {groups.map((group) => (
          <div key={group.type}>
            <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">{tType(group.type)}</dt>
            <dd>
              <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                {group.items.map(({ entity, count }) => (
                  <li key={entity.key}>
                    <Link href={`/entities/${entity.key}`} className="text-brand-700 hover:underline dark:text-brand-100">
                      {entity.name}
                    </Link>
                    <span className="text-slate-500 dark:text-slate-400"> ×{count}</span>
                    {!entity.known ? <span className="text-xs text-slate-500 dark:text-slate-400"> ({t('candidate')})</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
