import { expressionBuilder, type Expression } from 'kysely';
import type { Database } from '@/lib/db';

type Kysely = Database['$kysely'];

/** A row's values in column order, counts as numbers (COUNT comes back as a bigint on either database). */
function valuesOf(rows: readonly Record<string, unknown>[]): unknown[][] {
  return rows.map((row) => Object.values(row).map((value) => (typeof value === 'bigint' ? Number(value) : value)));
}

function monthOf(day: Expression<string>) {
  const eb = expressionBuilder();
  return eb.fn<string>('substr', [day, eb.lit(1), eb.lit(7)]);
}

/**
 * Each aggregate ingestion keeps, as stored and as counted again from the base tables, in the
 * same row order (lib/ingest/aggregates.ts keeps them; stories are checked in their own suite).
 */
const AGGREGATES: Record<string, { stored: (k: Kysely) => Promise<unknown[][]>; recounted: (k: Kysely) => Promise<unknown[][]> }> = {
  entityCounts: {
    stored: async (k) => valuesOf(await k.selectFrom('Entity').select(['id', 'mentionCount', 'articleCount', 'eventCount']).orderBy('id').execute()),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('Entity')
          .select((eb) => [
            'Entity.id',
            eb.selectFrom('Mention as m').select(eb.fn.countAll().as('n')).whereRef('m.entityId', '=', 'Entity.id').as('mentions'),
            eb
              .selectFrom('Mention as m')
              .select((eb) => eb.fn.count('m.articleId').distinct().as('n'))
              .whereRef('m.entityId', '=', 'Entity.id')
              .as('articles'),
            eb
              .selectFrom('EventEntity as ee')
              .select((eb) => eb.fn.count('ee.eventId').distinct().as('n'))
              .whereRef('ee.entityId', '=', 'Entity.id')
              .as('events'),
          ])
          .orderBy('Entity.id')
          .execute(),
      ),
  },
  entityMonths: {
    stored: async (k) => valuesOf(await k.selectFrom('EntityMonth').select(['entityId', 'month', 'mentions']).orderBy('entityId').orderBy('month').execute()),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('Mention as m')
          .innerJoin('Article as a', 'a.id', 'm.articleId')
          .select((eb) => ['m.entityId', monthOf(eb.ref('a.publishedOn')).as('month'), eb.fn.countAll().as('mentions')])
          .groupBy((eb) => ['m.entityId', monthOf(eb.ref('a.publishedOn'))])
          .orderBy('m.entityId')
          .orderBy('month')
          .execute(),
      ),
  },
  entityArticles: {
    stored: async (k) =>
      valuesOf(await k.selectFrom('EntityArticle').select(['entityId', 'articleId', 'publishedOn']).orderBy('entityId').orderBy('articleId').execute()),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('Mention as m')
          .innerJoin('Article as a', 'a.id', 'm.articleId')
          .select(['m.entityId', 'm.articleId', 'a.publishedOn'])
          .distinct()
          .orderBy('m.entityId')
          .orderBy('m.articleId')
          .execute(),
      ),
  },
  coMentions: {
    stored: async (k) => valuesOf(await k.selectFrom('CoMention').select(['entityId', 'otherId', 'articles']).orderBy('entityId').orderBy('otherId').execute()),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('Mention as x')
          .innerJoin('Mention as y', (join) => join.onRef('y.articleId', '=', 'x.articleId').onRef('y.entityId', '>', 'x.entityId'))
          .select((eb) => ['x.entityId', 'y.entityId as otherId', eb.fn.count('x.articleId').distinct().as('articles')])
          .groupBy(['x.entityId', 'y.entityId'])
          .orderBy('x.entityId')
          .orderBy('y.entityId')
          .execute(),
      ),
  },
  relationEvidence: {
    stored: async (k) => valuesOf(await k.selectFrom('PlaceRelation').select(['id', 'evidenceCount']).orderBy('id').execute()),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('PlaceRelation')
          .select((eb) => [
            'PlaceRelation.id',
            eb.selectFrom('RelationEvidence as e').select(eb.fn.countAll().as('n')).whereRef('e.relationId', '=', 'PlaceRelation.id').as('evidence'),
          ])
          .orderBy('PlaceRelation.id')
          .execute(),
      ),
  },
  eventWindowCopies: {
    stored: async (k) =>
      valuesOf(
        await k
          .selectFrom('EventEntity')
          .select(['eventId', 'entityId', 'role', 'type', 'matchFrom', 'matchTo'])
          .orderBy('eventId')
          .orderBy('entityId')
          .orderBy('role')
          .execute(),
      ),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('EventEntity as ee')
          .innerJoin('Event as e', 'e.id', 'ee.eventId')
          .select(['ee.eventId', 'ee.entityId', 'ee.role', 'e.type', 'e.matchFrom', 'e.matchTo'])
          .orderBy('ee.eventId')
          .orderBy('ee.entityId')
          .orderBy('ee.role')
          .execute(),
      ),
  },
  evidenceDates: {
    stored: async (k) => valuesOf(await k.selectFrom('RelationEvidence').select(['id', 'publishedOn']).orderBy('id').execute()),
    recounted: async (k) =>
      valuesOf(
        await k
          .selectFrom('RelationEvidence as e')
          .innerJoin('Article as a', 'a.id', 'e.articleId')
          .select(['e.id', 'a.publishedOn'])
          .orderBy('e.id')
          .execute(),
      ),
  },
};

export interface AggregateComparison {
  name: string;
  stored: unknown[][];
  recounted: unknown[][];
}

/** Every aggregate as stored beside a recount from the base tables: equal when the aggregates are exact. */
export async function recountAggregates(db: Database): Promise<AggregateComparison[]> {
  const comparisons: AggregateComparison[] = [];
  for (const [name, { stored, recounted }] of Object.entries(AGGREGATES)) {
    comparisons.push({ name, stored: await stored(db.$kysely), recounted: await recounted(db.$kysely) });
  }
  return comparisons;
}
