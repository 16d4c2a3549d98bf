import 'server-only';
import { db } from '@/lib/db';
import type { ExpressionBuilder } from 'kysely';
import { shiftDays, wholeWeeksBetween } from '@/lib/database/calendar-days';
import { dialectOf } from '@/lib/database/dialect';
import { distinctValueList } from '@/lib/database/text-list';
import type { Tables } from '@/lib/database/tables';
import { recentWindowStart, weeklySeries, type WindowYield } from '@/lib/domain/source-health';

/** Weeks of the article sparkline, ending on the corpus's newest publication day. */
export const SPARKLINE_WEEKS = 12;
/** Rejected files listed per source (its latest run's). */
const REJECTIONS_SHOWN = 20;

export interface SourceRunDto {
  finishedAt: string | null;
  startedAt: string;
  files: number;
  created: number;
  replaced: number;
  unchanged: number;
  rejected: number;
}

export interface SourceStatsDto {
  name: string;
  articles: number;
  languages: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  /** Per article: mentions, events and relation evidence. */
  yield: { mentions: number; events: number; relations: number };
  /** Share of mentions that name a candidate (not a gazetteer entity), 0–1. */
  candidateShare: number;
  recent: WindowYield;
  earlier: WindowYield;
  /** Articles per week, oldest first, SPARKLINE_WEEKS of them. */
  weekly: number[];
  /** The latest ingestion run that read files of this source. */
  lastRun: SourceRunDto | null;
  /** That run's rejected files (at most REJECTIONS_SHOWN), and how many there were. */
  rejections: { file: string; line: number; reason: string }[];
  rejectionCount: number;
}

export interface SourcesOverviewDto {
  /** The newest publication day of any article: the "now" the weekly series and the flags are measured from. */
  newestDay: string | null;
  sources: SourceStatsDto[];
}

type Count = bigint | number;
const num = (value: Count | null | undefined) => Number(value ?? 0);

/**
 * Every source with what it brought and how well it is read. Sources are the outlets of stored
 * articles and the ones ingestion runs read files of (a source whose every file was rejected has
 * no article but is listed). Counts over mentions, events and relation evidence scan those tables
 * once per call; the page that reads this is regenerated at most every five minutes.
 */
export async function getSourcesOverview(): Promise<SourcesOverviewDto> {
  const newest = await db.$kysely
    .selectFrom('Article')
    .select((eb) => eb.fn.max('publishedOn').as('day'))
    .executeTakeFirst();
  const newestDay = newest?.day ?? null;
  const recentFrom = newestDay ? recentWindowStart(newestDay) : '9999-12-31';

  const articlesOfSources = db.$kysely.selectFrom('Article as a').innerJoin('Source as s', 's.id', 'a.sourceId');
  const isRecent = (eb: ExpressionBuilder<Tables & { a: Tables['Article'] }, 'a'>) =>
    eb.case().when('a.publishedOn', '>=', recentFrom).then(eb.lit(1)).else(eb.lit(0)).end();
  const [articleRows, mentionRows, eventRows, relationRows, weekRows, runRows] = await Promise.all([
    articlesOfSources
      .select((eb) => [
        's.name',
        eb.fn.countAll<Count>().as('articles'),
        distinctValueList(dialectOf(db.$kysely), eb.ref('a.language')).as('languages'),
        eb.fn.min('a.publishedOn').as('first'),
        eb.fn.max('a.publishedOn').as('last'),
        eb.fn.sum<Count>(isRecent(eb)).as('recent'),
      ])
      .groupBy('s.id')
      .execute(),
    db.$kysely
      .selectFrom('Mention as m')
      .innerJoin('Article as a', 'a.id', 'm.articleId')
      .innerJoin('Source as s', 's.id', 'a.sourceId')
      .innerJoin('Entity as e', 'e.id', 'm.entityId')
      .select((eb) => [
        's.name',
        eb.fn.countAll<Count>().as('mentions'),
        eb.fn.sum<Count>(eb.case().when(eb.ref('e.known')).then(eb.lit(0)).else(eb.lit(1)).end()).as('candidates'),
        eb.fn.sum<Count>(isRecent(eb)).as('recent'),
      ])
      .groupBy('s.id')
      .execute(),
    db.$kysely
      .selectFrom('Event as v')
      .innerJoin('Article as a', 'a.id', 'v.articleId')
      .innerJoin('Source as s', 's.id', 'a.sourceId')
      .select((eb) => ['s.name', eb.fn.countAll<Count>().as('events')])
      .groupBy('s.id')
      .execute(),
    db.$kysely
      .selectFrom('RelationEvidence as r')
      .innerJoin('Article as a', 'a.id', 'r.articleId')
      .innerJoin('Source as s', 's.id', 'a.sourceId')
      .select((eb) => ['s.name', eb.fn.countAll<Count>().as('relations')])
      .groupBy('s.id')
      .execute(),
    newestDay
      ? articlesOfSources
          .select((eb) => ['s.name', wholeWeeksBetween(dialectOf(db.$kysely), eb.val(newestDay), eb.ref('a.publishedOn')).as('weeksBack'), eb.fn.countAll<Count>().as('articles')])
          .where((eb) => eb('a.publishedOn', '>', shiftDays(dialectOf(db.$kysely), eb.val(newestDay), -SPARKLINE_WEEKS * 7)))
          .groupBy(['s.id', 'weeksBack'])
          .execute()
      : Promise.resolve([]),
    db.$kysely
      .selectFrom('IngestRunSource as rs')
      .innerJoin('IngestRun as r', 'r.id', 'rs.runId')
      .select([
        'rs.sourceName as name',
        'r.id as runId',
        'r.startedAt',
        'r.finishedAt',
        'rs.files',
        'rs.created',
        'rs.replaced',
        'rs.unchanged',
        'rs.rejected',
      ])
      .where((eb) =>
        eb(
          'rs.runId',
          '=',
          eb
            .selectFrom('IngestRunSource as latest')
            .select((latest) => latest.fn.max('latest.runId').as('runId'))
            .whereRef('latest.sourceName', '=', 'rs.sourceName'),
        ),
      )
      .execute(),
  ]);

  const rejectionRows = runRows.length
    ? await db.$kysely
        .selectFrom((eb) =>
          eb
            .selectFrom('IngestRejection as j')
            .select((j) => [
              'j.sourceName as name',
              'j.file',
              'j.line',
              'j.reason',
              j.fn.agg<Count>('row_number').over((over) => over.partitionBy('j.sourceName').orderBy('j.id')).as('position'),
              j.fn.countAll<Count>().over((over) => over.partitionBy('j.sourceName')).as('total'),
            ])
            .where((j) => j.or(runRows.map((run) => j.and([j('j.sourceName', '=', run.name), j('j.runId', '=', num(run.runId))]))))
            .as('ranked'),
        )
        .selectAll()
        .where('position', '<=', REJECTIONS_SHOWN)
        .execute()
    : [];

  const byName = <T extends { name: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.name, row]));
  const mentions = byName(mentionRows);
  const events = byName(eventRows);
  const relations = byName(relationRows);
  const runs = byName(runRows);
  const articles = byName(articleRows);
  const weeks = new Map<string, Map<number, number>>();
  for (const row of weekRows) {
    const series = weeks.get(row.name) ?? new Map<number, number>();
    series.set(num(row.weeksBack), num(row.articles));
    weeks.set(row.name, series);
  }
  const rejections = new Map<string, typeof rejectionRows>();
  for (const row of rejectionRows) rejections.set(row.name, [...(rejections.get(row.name) ?? []), row]);

  const names = [...new Set([...articles.keys(), ...runs.keys()])].filter((name) => name !== '').sort((a, b) => a.localeCompare(b));
  const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
  const sources = names.map((name): SourceStatsDto => {
    const article = articles.get(name);
    const articleCount = num(article?.articles);
    const mention = mentions.get(name);
    const mentionCount = num(mention?.mentions);
    const recentArticles = num(article?.recent);
    const recentMentions = num(mention?.recent);
    const run = runs.get(name);
    const rejected = rejections.get(name) ?? [];
    const perArticle = (count: number) => (articleCount > 0 ? count / articleCount : 0);
    return {
      name,
      articles: articleCount,
      languages: article?.languages ? article.languages.split(',').sort() : [],
      firstPublished: article?.first ?? null,
      lastPublished: article?.last ?? null,
      yield: {
        mentions: perArticle(mentionCount),
        events: perArticle(num(events.get(name)?.events)),
        relations: perArticle(num(relations.get(name)?.relations)),
      },
      candidateShare: mentionCount > 0 ? num(mention?.candidates) / mentionCount : 0,
      recent: { articles: recentArticles, mentions: recentMentions },
      earlier: { articles: articleCount - recentArticles, mentions: mentionCount - recentMentions },
      weekly: weeklySeries(weeks.get(name) ?? new Map(), SPARKLINE_WEEKS),
      lastRun: run
        ? {
            startedAt: iso(run.startedAt)!,
            finishedAt: iso(run.finishedAt),
            files: num(run.files),
            created: num(run.created),
            replaced: num(run.replaced),
            unchanged: num(run.unchanged),
            rejected: num(run.rejected),
          }
        : null,
      rejections: rejected.map(({ file, line, reason }) => ({ file, line: Number(line), reason })),
      rejectionCount: num(rejected[0]?.total),
    };
  });
  return { newestDay, sources };
}

