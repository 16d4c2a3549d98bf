import { expressionBuilder, sql, type Expression } from 'kysely';
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
  const k = tx.$kysely;
  // `a + d.n` to add, `a - d.n` to take back.
  const by = sign > 0 ? '+' : '-';
  await k
    .updateTable('Entity')
    .from((eb) =>
      eb
        .selectFrom('Mention')
        .select((eb) => ['entityId', eb.fn.countAll<number>().as('mentions'), eb.fn.count<number>('articleId').distinct().as('articles')])
        .where('articleId', 'in', articleIds)
        .groupBy('entityId')
        .as('d'),
    )
    .set((eb) => ({ mentionCount: eb('Entity.mentionCount', by, eb.ref('d.mentions')), articleCount: eb('Entity.articleCount', by, eb.ref('d.articles')) }))
    .whereRef('Entity.id', '=', 'd.entityId')
    .execute();
  await k
    .updateTable('Entity')
    .from((eb) =>
      eb
        .selectFrom('EventEntity as ee')
        .innerJoin('Event as e', 'e.id', 'ee.eventId')
        .select((eb) => ['ee.entityId', eb.fn.count<number>('ee.eventId').distinct().as('events')])
        .where('e.articleId', 'in', articleIds)
        .groupBy('ee.entityId')
        .as('d'),
    )
    .set((eb) => ({ eventCount: eb('Entity.eventCount', by, eb.ref('d.events')) }))
    .whereRef('Entity.id', '=', 'd.entityId')
    .execute();
  await k
    .insertInto('EntityMonth')
    .columns(['entityId', 'month', 'mentions'])
    .expression(
      k
        .selectFrom('Mention as m')
        .innerJoin('Article as a', 'a.id', 'm.articleId')
        .select((eb) => {
          const mentions = eb.fn.countAll<number>();
          return ['m.entityId', monthOf(eb.ref('a.publishedOn')).as('month'), (sign > 0 ? mentions : eb.neg(mentions)).as('mentions')];
        })
        .where('m.articleId', 'in', articleIds)
        .groupBy((eb) => ['m.entityId', monthOf(eb.ref('a.publishedOn'))]),
    )
    .onConflict((oc) => oc.columns(['entityId', 'month']).doUpdateSet((eb) => ({ mentions: eb('EntityMonth.mentions', '+', eb.ref('excluded.mentions')) })))
    .execute();
  await k
    .with('present', (db) => db.selectFrom('Mention').select(['articleId', 'entityId']).distinct().where('articleId', 'in', articleIds))
    .insertInto('CoMention')
    .columns(['entityId', 'otherId', 'articles'])
    .expression((eb) => {
      const articles = eb.fn.countAll<number>();
      return (
        eb
          .selectFrom('present as x')
          .innerJoin('present as y', (join) => join.onRef('y.articleId', '=', 'x.articleId').onRef('y.entityId', '>', 'x.entityId'))
          .select(['x.entityId', 'y.entityId as otherId', (sign > 0 ? articles : eb.neg(articles)).as('articles')])
          // `WHERE true`: SQLite's rule for an upsert whose SELECT has a join (ON would be ambiguous).
          .where(sql.lit(true))
          .groupBy(['x.entityId', 'y.entityId'])
      );
    })
    .onConflict((oc) => oc.columns(['entityId', 'otherId']).doUpdateSet((eb) => ({ articles: eb('CoMention.articles', '+', eb.ref('excluded.articles')) })))
    .execute();
  await k
    .updateTable('PlaceRelation')
    .from((eb) =>
      eb
        .selectFrom('RelationEvidence')
        .select((eb) => ['relationId', eb.fn.countAll<number>().as('evidence')])
        .where('articleId', 'in', articleIds)
        .groupBy('relationId')
        .as('d'),
    )
    .set((eb) => ({ evidenceCount: eb('PlaceRelation.evidenceCount', by, eb.ref('d.evidence')) }))
    .whereRef('PlaceRelation.id', '=', 'd.relationId')
    .execute();
  if (sign < 0) {
    // Rows counting nothing go, so a month or a pair no article supports any more is not listed.
    const mentioned = k.selectFrom('Mention').select('entityId').distinct().where('articleId', 'in', articleIds);
    await k.deleteFrom('EntityMonth').where('mentions', '<=', 0).where('entityId', 'in', mentioned).execute();
    await k.deleteFrom('CoMention').where('articles', '<=', 0).where('entityId', 'in', mentioned).execute();
  }
}

/** `YYYY-MM` of a `YYYY-MM-DD` date, with literal bounds so the SELECT and the GROUP BY name the same expression. */
function monthOf(day: Expression<string>) {
  const eb = expressionBuilder();
  return eb.fn<string>('substr', [day, eb.lit(1), eb.lit(7)]);
}
