import { z } from 'zod';
import { SEARCH_SORTS, type SearchSort } from '@/lib/data/search';
import { LANGUAGES } from '@/lib/domain/vocabulary';
import { filterDay, parseSearchParams, type RawSearchParams } from './search-params';

/**
 * The URL of search and the archive: the query, the sort, the filters and the page, so that a
 * view can be shared. A bad value drops its own filter (and is reported), never the page.
 *
 *   q, sort=relevance|newest|oldest, language=kk|ru|en, source=<name>, entity=<key or name>,
 *   from=YYYY-MM-DD, to=YYYY-MM-DD (or DD.MM.YYYY as typed), page=N
 */

export interface ArticleSearchState {
  query: string;
  sort: SearchSort | undefined;
  language: (typeof LANGUAGES)[number] | undefined;
  source: string | undefined;
  entity: string | undefined;
  from: string | undefined;
  to: string | undefined;
  page: number;
}

const FIELDS = {
  sort: z.enum(SEARCH_SORTS),
  language: z.enum(LANGUAGES),
  source: z.string().max(200),
  entity: z.string().max(200),
  from: filterDay,
  to: filterDay,
} as const;

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined || one.trim() === '' ? undefined : one.trim();
}

export function parseArticleSearch(raw: RawSearchParams): { state: ArticleSearchState; truncated: boolean; invalid: boolean } {
  const { query, page, truncated } = parseSearchParams(raw);
  const values: Partial<Record<keyof typeof FIELDS, string>> = {};
  let invalid = false;
  for (const [name, schema] of Object.entries(FIELDS) as [keyof typeof FIELDS, z.ZodType<string>][]) {
    const value = first(raw[name]);
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) values[name] = parsed.data;
    else invalid = true;
  }
  // A period the wrong way round is read the right way round.
  if (values.from && values.to && values.from > values.to) [values.from, values.to] = [values.to, values.from];
  return {
    state: {
      query,
      sort: values.sort as SearchSort | undefined,
      language: values.language as ArticleSearchState['language'],
      source: values.source,
      entity: values.entity,
      from: values.from,
      to: values.to,
      page,
    },
    truncated,
    invalid,
  };
}

/** The query string of a state with some fields changed (page back to 1 unless given); empty fields are left out. */
export function articleSearchQuery(state: ArticleSearchState, changes: Partial<ArticleSearchState> = {}): Record<string, string> {
  const next = { ...state, page: 1, ...changes };
  const query: Record<string, string> = {};
  if (next.query) query.q = next.query;
  for (const name of ['sort', 'language', 'source', 'entity', 'from', 'to'] as const) {
    const value = next[name];
    if (value) query[name] = value;
  }
  if (next.page > 1) query.page = String(next.page);
  return query;
}
