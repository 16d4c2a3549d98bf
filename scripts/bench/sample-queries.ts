import { createPrismaClient } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { summarizeLatencies } from './stats';
import type { QueryTiming, TimeQueries } from './query-timing';

/**
 * A small stand-in for the dashboard query benchmark: `SELECT 1` through the Prisma client (the
 * cost of a round trip) beside some of the counts the dashboard's headline figures make.
 */

const WARM_UP_ROUNDS = 3;
const TIMED_ROUNDS = 30;

interface NamedQuery {
  name: string;
  baseline?: boolean;
  run: (db: PrismaClient) => Promise<unknown>;
}

const today = new Date().toISOString().slice(0, 10);

const QUERIES: readonly NamedQuery[] = [
  { name: 'SELECT 1 (round trip)', baseline: true, run: (db) => db.$queryRaw`SELECT 1` },
  { name: 'articles: count', run: (db) => db.article.count() },
  {
    name: 'entities mentioned, by type',
    run: (db) => db.entity.groupBy({ by: ['type'], where: { mentions: { some: {} } }, _count: { _all: true } }),
  },
  { name: 'candidates: count', run: (db) => db.entity.count({ where: { known: false } }) },
  { name: 'relations: count', run: (db) => db.placeRelation.count() },
  { name: 'upcoming events: count', run: (db) => db.event.count({ where: { endsOn: { gte: today } } }) },
];

export const timeSampleQueries: TimeQueries = async (databaseUrl) => {
  const db = createPrismaClient(databaseUrl);
  try {
    const samples = QUERIES.map(() => [] as number[]);
    // Round-robin, so a busy moment of the machine touches every query alike.
    for (let round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round++) {
      for (const [index, query] of QUERIES.entries()) {
        const start = performance.now();
        await query.run(db);
        if (round >= WARM_UP_ROUNDS) samples[index]?.push(performance.now() - start);
      }
    }
    return QUERIES.map((query, index): QueryTiming => {
      const { medianMs, p95Ms, maxMs } = summarizeLatencies(samples[index] ?? []);
      return { name: query.name, medianMs, p95Ms, maxMs, ...(query.baseline ? { baseline: true } : {}) };
    });
  } finally {
    await db.$disconnect();
  }
};
