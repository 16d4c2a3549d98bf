import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Entities worth offering in filters and top lists: every known entity, and a candidate once it
 * is named in more than one article. A candidate seen once ("Sun Yeli" in one report) stays on its
 * article and its own page, but does not crowd the entity filter or the mention chart.
 */
export const OFFERED_ENTITIES = {
  OR: [{ known: true }, { articleCount: { gt: 1 } }],
} satisfies Prisma.EntityWhereInput;
