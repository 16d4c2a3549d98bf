import 'server-only';
import { db } from '@/lib/db';
import { ENTITY_TYPES, tableOf, type EntityType } from '@/lib/domain/vocabulary';
import { countArticles } from './articles';
import { countUpcomingStories } from './stories';

export interface HeadlineFiguresDto {
  articles: number;
  /** Entities mentioned at least once, by type. */
  entities: Record<EntityType, number>;
  candidates: number;
  relations: number;
  /** Stories (happenings, each counted once however many articles report it) not ended before today. */
  upcomingEvents: number;
}

export async function getHeadlineFigures(today: string): Promise<HeadlineFiguresDto> {
  const [articles, byType, candidates, relations, upcomingEvents] = await Promise.all([
    countArticles(),
    // Entity.mentionCount is kept by ingestion: no look into Mention per entity.
    db.entity.groupBy({ by: ['type'], where: { mentionCount: { gt: 0 } }, _count: { _all: true } }),
    db.entity.count({ where: { known: false } }),
    db.placeRelation.count(),
    countUpcomingStories(today),
  ]);
  const entities = tableOf(ENTITY_TYPES, () => 0);
  for (const row of byType) entities[row.type] = row._count._all;
  return { articles, entities, candidates, relations, upcomingEvents };
}
