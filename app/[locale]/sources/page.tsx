import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BarSparkline } from '@/components/charts/bar-sparkline';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { localeAlternates } from '@/i18n/alternates';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getSourcesOverview, type SourceStatsDto } from '@/lib/data/sources';
import { shiftDays } from '@/lib/domain/civil-date';
import { isLanguage } from '@/lib/domain/vocabulary';
import { SOURCE_HEALTH_RULES, sourceFlags } from '@/lib/domain/source-health';
import { formatDay } from '@/lib/present/temporal-label';

// Regenerated at most every five minutes, and at once after an ingestion.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('Sources');
  return { title: t('heading'), description: t('intro'), alternates: localeAlternates(locale, '/sources') };
}

export default async function SourcesPage({ params }: Props) {
  await resolvePageLocale(params);
  const [t, overview, format] = await Promise.all([getTranslations('Sources'), getSourcesOverview(), getFormatter()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />
      {overview.newestDay ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('measuredTo', { date: formatDay(format, overview.newestDay) })}</p> : null}
      {overview.sources.length === 0 ? (
        <Card>
          <p className="text-slate-600 dark:text-slate-400">{t('empty')}</p>
        </Card>
      ) : (
        <ul className="space-y-6">
          {overview.sources.map((source, index) => (
            <li key={source.name}>
              <SourceCard source={source} newestDay={overview.newestDay} titleId={`source-${index}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

async function SourceCard({ source, newestDay, titleId }: { source: SourceStatsDto; newestDay: string | null; titleId: string }) {
  const [t, tLanguage, tLayout, format] = await Promise.all([getTranslations('Sources'), getTranslations('Language'), getTranslations('Layout'), getFormatter()]);
  const flags = newestDay && source.lastPublished ? sourceFlags({ lastPublished: source.lastPublished, recent: source.recent, earlier: source.earlier }, newestDay) : [];
  const perArticle = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const points = newestDay
    ? source.weekly.map((count, index) => {
        const weekStart = shiftDays(newestDay, -((source.weekly.length - index) * 7 - 1));
        return { label: t('weekOf', { date: formatDay(format, weekStart) }), value: count, valueLabel: format.number(count) };
      })
    : [];
  const run = source.lastRun;
  return (
    <Card title={source.name} titleId={titleId}>
      <div className="-mt-2 mb-4 flex flex-wrap items-center gap-2" data-testid="source-flags">
        {flags.length === 0 ? <Badge tone="held">{t('healthy')}</Badge> : null}
        {flags.map((flag) => (
          <Badge key={flag} tone="planned">
            {t(flag)}
          </Badge>
        ))}
      </div>
      {flags.map((flag) => (
        <p key={flag} className="mb-3 text-sm text-amber-800 dark:text-amber-200">
          {t(flag === 'quiet' ? 'quietHint' : 'yieldDropHint', { days: flag === 'quiet' ? SOURCE_HEALTH_RULES.quietAfterDays : SOURCE_HEALTH_RULES.recentDays })}
        </p>
      ))}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="text-sm">
          <dl className="space-y-2">
            <Row label={tLayout('articles')}>{format.number(source.articles)}</Row>
            {source.languages.length > 0 ? <Row label={t('languages')}>{source.languages.filter(isLanguage).map((language) => tLanguage(language)).join(', ')}</Row> : null}
            {source.firstPublished && source.lastPublished ? (
              <Row label={t('period')}>{t('periodValue', { from: formatDay(format, source.firstPublished), to: formatDay(format, source.lastPublished) })}</Row>
            ) : null}
          </dl>
          {source.articles === 0 ? <p className="mt-2 text-slate-600 dark:text-slate-400">{t('noArticles')}</p> : null}
        </div>
        <div className="text-sm">
          <h3 className="font-medium">{t('yieldTitle')}</h3>
          <dl className="mt-2 space-y-1" data-testid="source-yield">
            <Row label={t('mentions')}>{perArticle(source.yield.mentions)}</Row>
            <Row label={t('events')}>{perArticle(source.yield.events)}</Row>
            <Row label={t('relations')}>{perArticle(source.yield.relations)}</Row>
            <Row label={t('candidateShare')}>{format.number(source.candidateShare, { style: 'percent', maximumFractionDigits: 0 })}</Row>
          </dl>
        </div>
        <div className="text-sm">
          <h3 className="font-medium">{t('weekly')}</h3>
          {points.length > 0 ? <BarSparkline points={points} title={t('weekly')} className="mt-2" /> : null}
        </div>
      </div>
      <div className="mt-4 border-t border-slate-200 pt-4 text-sm dark:border-slate-800" data-testid="source-run">
        <h3 className="font-medium">{t('lastRun')}</h3>
        {run ? (
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            <time dateTime={run.startedAt}>{format.dateTime(new Date(run.startedAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
            {run.finishedAt ? null : <> ({t('unfinished')})</>}: {t('runCounts', { files: run.files, created: run.created, replaced: run.replaced, unchanged: run.unchanged, rejected: run.rejected })}
          </p>
        ) : (
          <p className="mt-1 text-slate-600 dark:text-slate-400">{t('noRun')}</p>
        )}
        {source.rejections.length > 0 ? (
          <div className="mt-3">
            <h4 className="font-medium">{t('rejectedFiles')}</h4>
            <ul className="mt-1 space-y-1 font-mono text-xs" data-testid="source-rejections">
              {source.rejections.map((rejection) => (
                <li key={`${rejection.file}:${rejection.line}`} className="break-all">
                  {rejection.file}:{rejection.line}: {rejection.reason}
                </li>
              ))}
            </ul>
            {source.rejectionCount > source.rejections.length ? (
              <p className="mt-1 text-slate-600 dark:text-slate-400">{t('moreRejected', { count: source.rejectionCount - source.rejections.length })}</p>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-right font-medium tabular-nums">{children}</dd>
    </div>
  );
}

