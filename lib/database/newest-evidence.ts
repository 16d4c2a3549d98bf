import type { Kysely } from 'kysely';
import { dialectOf } from './dialect';
import type { Tables } from './tables';

/**
 * The newest `limit` pieces of evidence of each relation (with their article), in relation order
 * then newest first: one index seek per relation on (relationId, publishedOn DESC, id DESC),
 * however much evidence a relation has. SQLite finds them through `e.id IN (the newest ids)`, which
 * PostgreSQL would evaluate for every evidence row; PostgreSQL takes a LATERAL join instead, which
 * SQLite does not have.
 */
export function newestRelationEvidence(kysely: Kysely<Tables>, relationIds: readonly number[], limit: number) {
  const evidence =
    dialectOf(kysely) === 'postgres'
      ? kysely.selectFrom('PlaceRelation as r').innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('RelationEvidence as x')
              .selectAll('x')
              .whereRef('x.relationId', '=', 'r.id')
              .orderBy('x.publishedOn', 'desc')
              .orderBy('x.id', 'desc')
              .limit(limit)
              .as('e'),
          (join) => join.onTrue(),
        )
      : kysely.selectFrom('PlaceRelation as r').innerJoin('RelationEvidence as e', (join) =>
          join.on((eb) =>
            eb(
              'e.id',
              'in',
              eb
                .selectFrom('RelationEvidence as x')
                .select('x.id')
                .whereRef('x.relationId', '=', 'r.id')
                .orderBy('x.publishedOn', 'desc')
                .orderBy('x.id', 'desc')
                .limit(limit),
            ),
          ),
        );
  return evidence
    .innerJoin('Article as a', 'a.id', 'e.articleId')
    .select(['e.relationId', 'e.sentence', 'e.evidenceIn', 'e.status', 'a.slug', 'a.title', 'a.publishedOn', 'a.language'])
    .where('r.id', 'in', relationIds)
    .orderBy('e.relationId')
    .orderBy('e.publishedOn', 'desc')
    .orderBy('e.id', 'desc');
}
