import { Prisma } from '@/lib/generated/prisma/client';
import type { DatabaseTransaction } from '@/lib/db';

type Tx = DatabaseTransaction;

/**
 * The counts the pages read instead of counting at read time: per entity its mentions, articles,
 * events, mentions per month and co-mentioned entities; per relation its evidence. (Stories keep
 * their own per-day counts: lib/ingest/stories.)
 *
 * They change by deltas: what a set of articles contributes is added when they are stored and
 * subtracted, before their rows go, when they are replaced. Both happen in the transaction that
 * writes or deletes the articles, so the counts always match the rows. Each statement reads only
 * the rows of the given articles (through their `articleId` indexes), never a whole table.
 */
export async function addArticleAggregates(tx: Tx, articleIds: readonly number[]): Promise<void> {
  await adjust(tx, articleIds, 1);
}

/** Takes back what `addArticleAggregates` added for these articles; call it before deleting them. */
export async function subtractArticleAggregates(tx: Tx, articleIds: readonly number[]): Promise<void> {
  await adjust(tx, articleIds, -1);
}

async function adjust(tx: Tx, articleIds: readonly number[], sign: 1 | -1): Promise<void> {
  if (articleIds.length === 0) return;
  const ids = Prisma.join(articleIds);
  await tx.$executeRaw`
    UPDATE "Entity" SET "mentionCount" = "mentionCount" + ${sign} * d.mentions, "articleCount" = "articleCount" + ${sign} * d.articles
    FROM (SELECT "entityId", COUNT(*) AS mentions, COUNT(DISTINCT "articleId") AS articles
          FROM "Mention" WHERE "articleId" IN (${ids}) GROUP BY "entityId") AS d
    WHERE "Entity"."id" = d."entityId"`;
  await tx.$executeRaw`
    UPDATE "Entity" SET "eventCount" = "eventCount" + ${sign} * d.events
    FROM (SELECT ee."entityId", COUNT(DISTINCT ee."eventId") AS events FROM "EventEntity" ee JOIN "Event" e ON e."id" = ee."eventId"
          WHERE e."articleId" IN (${ids}) GROUP BY ee."entityId") AS d
    WHERE "Entity"."id" = d."entityId"`;
  // `WHERE true`: SQLite's rule for an upsert whose SELECT has a join (ON would be ambiguous).
  await tx.$executeRaw`
    INSERT INTO "EntityMonth" ("entityId", "month", "mentions")
    SELECT m."entityId", substr(a."publishedOn", 1, 7), ${sign} * COUNT(*)
    FROM "Mention" m JOIN "Article" a ON a."id" = m."articleId"
    WHERE m."articleId" IN (${ids})
    GROUP BY m."entityId", substr(a."publishedOn", 1, 7)
    ON CONFLICT ("entityId", "month") DO UPDATE SET "mentions" = "mentions" + excluded."mentions"`;
  await tx.$executeRaw`
    WITH present AS (SELECT DISTINCT "articleId", "entityId" FROM "Mention" WHERE "articleId" IN (${ids}))
    INSERT INTO "CoMention" ("entityId", "otherId", "articles")
    SELECT x."entityId", y."entityId", ${sign} * COUNT(*)
    FROM present x JOIN present y ON y."articleId" = x."articleId" AND y."entityId" > x."entityId"
    WHERE true
    GROUP BY x."entityId", y."entityId"
    ON CONFLICT ("entityId", "otherId") DO UPDATE SET "articles" = "articles" + excluded."articles"`;
  await tx.$executeRaw`
    UPDATE "PlaceRelation" SET "evidenceCount" = "evidenceCount" + ${sign} * d.evidence
    FROM (SELECT "relationId", COUNT(*) AS evidence FROM "RelationEvidence" WHERE "articleId" IN (${ids}) GROUP BY "relationId") AS d
    WHERE "PlaceRelation"."id" = d."relationId"`;
  if (sign < 0) {
    // Rows counting nothing go, so a month or a pair no article supports any more is not listed.
    await tx.$executeRaw`DELETE FROM "EntityMonth" WHERE "mentions" <= 0 AND "entityId" IN (
      SELECT DISTINCT "entityId" FROM "Mention" WHERE "articleId" IN (${ids}))`;
    await tx.$executeRaw`DELETE FROM "CoMention" WHERE "articles" <= 0 AND "entityId" IN (
      SELECT DISTINCT "entityId" FROM "Mention" WHERE "articleId" IN (${ids}))`;
  }
}
