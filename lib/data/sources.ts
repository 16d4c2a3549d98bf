import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { recentWindowStart, weeklySeries, type WindowYield } from '@/lib/present/source-health';

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
  const [newest] = await db.$queryRaw<{ day: string | null }[]>`SELECT MAX("publishedOn") AS "day" FROM "Article"`;
  const newestDay = newest?.day ?? null;
  const recentFrom = newestDay ? recentWindowStart(newestDay) : '9999-12-31';

  const [articleRows, mentionRows, eventRows, relationRows, weekRows, runRows] = await Promise.all([
    db.$queryRaw<{ name: string; articles: Count; languages: string; first: string; last: string; recent: Count }[]>`
      SELECT s."name", COUNT(*) AS "articles", GROUP_CONCAT(DISTINCT a."language") AS "languages",
             MIN(a."publishedOn") AS "first", MAX(a."publishedOn") AS "last",
             SUM(CASE WHEN a."publishedOn" >= ${recentFrom} THEN 1 ELSE 0 END) AS "recent"
      FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId" GROUP BY s."id"`,
    db.$queryRaw<{ name: string; mentions: Count; candidates: Count; recent: Count }[]>`
      SELECT s."name", COUNT(*) AS "mentions", SUM(CASE WHEN e."known" THEN 0 ELSE 1 END) AS "candidates",
             SUM(CASE WHEN a."publishedOn" >= ${recentFrom} THEN 1 ELSE 0 END) AS "recent"
      FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId" JOIN "Source" s ON s."id" = a."sourceId"
      JOIN "Entity" e ON e."id" = m."entityId" GROUP BY s."id"`,
    db.$queryRaw<{ name: string; events: Count }[]>`
      SELECT s."name", COUNT(*) AS "events" FROM "Event" v JOIN "Article" a ON a."id" = v."articleId"
      JOIN "Source" s ON s."id" = a."sourceId" GROUP BY s."id"`,
    db.$queryRaw<{ name: string; relations: Count }[]>`
      SELECT s."name", COUNT(*) AS "relations" FROM "RelationEvidence" r JOIN "Article" a ON a."id" = r."articleId"
      JOIN "Source" s ON s."id" = a."sourceId" GROUP BY s."id"`,
    newestDay
      ? db.$queryRaw<{ name: string; weeksBack: Count; articles: Count }[]>`
          SELECT s."name", CAST((julianday(${newestDay}) - julianday(a."publishedOn")) / 7 AS INTEGER) AS "weeksBack", COUNT(*) AS "articles"
          FROM "Article" a JOIN "Source" s ON s."id" = a."sourceId"
          WHERE a."publishedOn" > date(${newestDay}, ${`-${SPARKLINE_WEEKS * 7} days`})
          GROUP BY s."id", "weeksBack"`
      : Promise.resolve([]),
    db.$queryRaw<{ name: string; runId: Count; startedAt: Date | string; finishedAt: Date | string | null; files: Count; created: Count; replaced: Count; unchanged: Count; rejected: Count }[]>`
      SELECT rs."sourceName" AS "name", r."id" AS "runId", r."startedAt", r."finishedAt",
             rs."files", rs."created", rs."replaced", rs."unchanged", rs."rejected"
      FROM "IngestRunSource" rs JOIN "IngestRun" r ON r."id" = rs."runId"
      WHERE rs."runId" = (SELECT MAX(latest."runId") FROM "IngestRunSource" latest WHERE latest."sourceName" = rs."sourceName")`,
  ]);

  const rejectionRows = runRows.length
    ? await db.$queryRaw<{ name: string; file: string; line: number; reason: string; total: Count }[]>`
        SELECT * FROM (
          SELECT j."sourceName" AS "name", j."file", j."line", j."reason",
                 ROW_NUMBER() OVER (PARTITION BY j."sourceName" ORDER BY j."id") AS "position",
                 COUNT(*) OVER (PARTITION BY j."sourceName") AS "total"
          FROM "IngestRejection" j
          WHERE ${Prisma.join(
            runRows.map((run) => Prisma.sql`(j."sourceName" = ${run.name} AND j."runId" = ${num(run.runId)})`),
            ' OR ',
          )}
        ) WHERE "position" <= ${REJECTIONS_SHOWN}`
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

