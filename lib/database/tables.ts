import type { DB } from '@/lib/generated/kysely/database';

/**
 * Every table the typed SQL of lib/data and lib/ingest may name, with its columns' types:
 * generated from prisma/schema.prisma, so a renamed or removed column fails `npm run typecheck`.
 * The full-text index differs by database: its engine module (lib/database/full-text.ts) declares it.
 */
export type Tables = DB;
