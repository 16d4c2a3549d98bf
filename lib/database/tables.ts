import type { DB } from '@/lib/generated/kysely/database';

/**
 * One article's row in the full-text index (migration `full_text_search`; Prisma does not model
 * it): `rowid` is the search key (publication day, then article id; lib/extract/search/search-key.ts),
 * the other columns space-separated tokens (lib/ingest/search-index.ts says which).
 */
export interface ArticleSearchTable {
  rowid: number;
  title: string;
  body: string;
  titleLemmas: string;
  bodyLemmas: string;
  entities: string;
  meta: string;
}

/**
 * Every table the typed SQL of lib/data and lib/ingest may name, with its columns' types:
 * generated from prisma/schema.prisma, so a renamed or removed column fails `npm run typecheck`;
 * the full-text index is declared here.
 */
export type Tables = DB & { ArticleSearch: ArticleSearchTable };
