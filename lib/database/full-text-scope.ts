import type { MatchPlan } from '@/lib/extract/search/compile-match';

/** What a search reads: the rows matching a query plan with keys from `low` to `high` (lib/extract/search/search-key.ts). */
export interface MatchScope {
  plan: MatchPlan;
  low: number;
  high: number;
}

/** What the index holds of one article: its search key and its tokens, space-separated (lib/ingest/search-index.ts says which). */
export interface ArticleSearchEntry {
  key: number;
  articleId: number;
  title: string;
  body: string;
  titleLemmas: string;
  bodyLemmas: string;
  entities: string;
  meta: string;
}
