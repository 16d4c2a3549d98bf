import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { fullTextOf, type IndexReads, type MatchScope } from '@/lib/database/full-text';
import { dialectOf } from '@/lib/database/dialect';
import { jsonArray, jsonGroupArray, jsonGroupObject } from '@/lib/database/json';
import type { MatchPlan } from '@/lib/extract/search/compile-match';
import { findHits, mergeRanges, type TextRange } from '@/lib/extract/search/find-hits';
import { entityToken, languageToken, sourceToken } from '@/lib/extract/search/index-tokens';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '@/lib/extract/search/parse-query';
import { hitPatternOf, lookupsOf, resolveQuery } from '@/lib/extract/search/resolve-query';
import { articleIdOfKey, keyRange } from '@/lib/extract/search/search-key';
import { buildSnippet, leadOf, type Snippet } from '@/lib/extract/search/snippet';
import { queryWordLemmas } from '@/lib/extract/search/word-lemmas';
import { normalizeForMatch } from '@/lib/extract/tokenize';
import { LANGUAGES, type Language } from '@/lib/extract/types';
import { nameIn } from './localize';
import { entitiesNamedBy, loadEntityNames, lookUpQueryFacts, type EntityNames } from './search-vocabulary';

/**
 * Search and the archive, one reader over the full-text index (written by
 * lib/ingest/search-index.ts, queried through lib/database/full-text.ts): an empty query
 * lists every article. Totals and facet counts stop at COUNT_BOUND ("1,000+"), so no request
 * counts every match of a common word.
 */

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const FILTER_NAMES = ['language', 'source', 'entity', 'period'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface ArticleFilters {
  language?: Language;
  /** A source's name. */
  source?: string;
  /** An entity's key, or one of its names in any language. */
  entity?: string;
  /** Publication days, inclusive, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

export interface ArticleSearchRequest {
  query: string;
  filters: ArticleFilters;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

export const COUNT_BOUND = 1_000;

/** A count that stopped at the bound: `atLeast` means "count or more". */
export interface BoundedCount {
  count: number;
  atLeast: boolean;
}

export interface ArticleHitDto {
  slug: string;
  title: string | null;
  publishedOn: string;
  language: Language;
  source: string | null;
  /** Highlighted ranges within the title. */
  titleHits: TextRange[];
  /** The passage around the first hit (a search), or null. */
  snippet: Snippet | null;
  /** The opening of the body (the archive, or a hit found only through its title). */
  lead: { text: string; clipped: boolean } | null;
}

export interface FacetsDto {
  languages: { language: Language; count: BoundedCount }[];
  years: { year: number; count: BoundedCount }[];
  entities: { key: string; name: string; count: BoundedCount }[];
  /** How many of the newest matches the counts were taken from, when there were more; null when from all. */
  sampled: { languages: number | null; entities: number | null };
}

export interface ResolvedFilters {
  language: Language | null;
  source: { name: string } | null;
  entity: { key: string; name: string } | null;
  from: string | null;
  to: string | null;
  /** Filters whose value names nothing we know (an unknown source or entity): they were dropped. */
  unknown: FilterName[];
}

export interface ArticleSearchDto {
  /** False for an empty query: the archive. */
  hasQuery: boolean;
  sort: SearchSort;
  total: BoundedCount;
  page: number;
  pages: number;
  hits: ArticleHitDto[];
  facets: FacetsDto;
  /** Entities the query named: their mentions matched too. */
  matchedEntities: { key: string; name: string }[];
  filters: ResolvedFilters;
  /** Nothing matched with the filters: how many match without each active filter. */
  withoutFilter: { filter: FilterName; count: BoundedCount }[];
}

/** The entity facet reads the mentions of this many of the newest matches. */
const ENTITY_FACET_SAMPLE = 100;
const ENTITY_FACETS = 8;
const YEAR_FACETS = 20;

type ScopeOf = (without: FilterName | null, extra?: { from?: string; to?: string }) => MatchScope;

/**
 * One page of matches with the total and the facets. The index is read in one statement (every
 * count, sample and the page's row numbers as columns): through the driver each statement costs
 * about as much as the small ones themselves, and row lists are returned as JSON for the same reason.
 */
export async function searchArticles(request: ArticleSearchRequest, locale: AppLocale): Promise<ArticleSearchDto> {
  const parsed = parseQuery(request.query);
  const hasQuery = !isEmptyQuery(parsed);
  const sort: SearchSort = hasQuery ? request.sort : request.sort === 'oldest' ? 'oldest' : 'newest';
  const names = await loadEntityNames();
  const [facts, filters, years] = await Promise.all([
    lookUpQueryFacts(lookupsOf(parsed), names),
    resolveFilters(request.filters, names, locale),
    yearsPublished(),
  ]);

  const scopeOf: ScopeOf = (without, extra = {}) => {
    const requiredMeta = [
      ...(filters.language && without !== 'language' ? [languageToken(filters.language)] : []),
      ...(filters.sourceId !== null && without !== 'source' ? [sourceToken(filters.sourceId)] : []),
    ];
    const requiredEntities = filters.entityId !== null && without !== 'entity' ? [entityToken(filters.entityId)] : [];
    const plan: MatchPlan = resolveQuery(parsed, facts, { requiredMeta, requiredEntities });
    const period = without === 'period' ? {} : { from: filters.from ?? undefined, to: filters.to ?? undefined };
    const { low, high } = keyRange(extra.from ?? period.from, extra.to ?? period.to);
    return { plan, low, high };
  };

  const requested = Math.max(1, Math.min(request.page, Math.ceil(COUNT_BOUND / request.pageSize)));
  let read = await readIndex(scopeOf, sort, years, request.pageSize, requested);
  const pages = Math.max(1, Math.ceil(read.total.count / request.pageSize));
  const page = Math.min(requested, pages);
  // A page past the last shows the last.
  if (page !== requested) read = await readIndex(scopeOf, sort, years, request.pageSize, page);
  const { total } = read;

  const matchedEntityIds = matchedEntities(parsed, names);
  const pattern = hitPatternOf(parsed, facts, matchedEntityIds.flatMap((id) => names.wordNamesById.get(id) ?? []));
  const facetEntityIds = read.entities.map((entity) => entity.id);
  const [hits, namedEntities, withoutFilter] = await Promise.all([
    loadHits(read.keys.map(articleIdOfKey), hasQuery ? { pattern, entityIds: matchedEntityIds } : null),
    entityNames([...new Set([...facetEntityIds, ...matchedEntityIds.slice(0, 10)])], locale),
    total.count === 0 ? countsWithoutEachFilter(filters, scopeOf) : [],
  ]);
  const nameOf = new Map(namedEntities.map((entity) => [entity.id, entity]));
  const exact = (count: number): BoundedCount => ({ count, atLeast: false });

  return {
    hasQuery,
    sort,
    total,
    page,
    pages,
    hits,
    facets:
      total.count === 0
        ? emptyFacets()
        : {
            languages: LANGUAGES.filter((language) => (read.languages.get(language) ?? 0) > 0).map((language) => ({
              language,
              count: exact(read.languages.get(language) ?? 0),
            })),
            years: years.map((year, index) => ({ year, count: read.years[index]! })).filter((facet) => facet.count.count > 0),
            entities: read.entities.flatMap(({ id, articles }) => {
              const entity = nameOf.get(id);
              return entity ? [{ key: entity.key, name: entity.name, count: exact(articles) }] : [];
            }),
            sampled: {
              languages: read.languageSample > COUNT_BOUND ? COUNT_BOUND : null,
              entities: total.count > ENTITY_FACET_SAMPLE ? ENTITY_FACET_SAMPLE : null,
            },
          },
    matchedEntities: matchedEntityIds.slice(0, 10).flatMap((id) => {
      const entity = nameOf.get(id);
      return entity ? [{ key: entity.key, name: entity.name }] : [];
    }),
    filters: { language: filters.language, source: filters.source, entity: filters.entity, from: filters.from, to: filters.to, unknown: filters.unknown },
    withoutFilter,
  };
}

interface IndexRead {
  total: BoundedCount;
  /** Row numbers of the page's matches, in order. */
  keys: number[];
  /** Matches per language among the newest COUNT_BOUND of the query without its language filter. */
  languages: Map<string, number>;
  /** How many matches that sample holds (COUNT_BOUND + 1: there are more). */
  languageSample: number;
  /** Bounded matches per year of `years`, without the period. */
  years: BoundedCount[];
  /** The entities most mentioned in the newest ENTITY_FACET_SAMPLE matches. */
  entities: { id: number; articles: number }[];
}

/**
 * Everything the page needs from the index, in one statement:
 * - the total, counted up to COUNT_BOUND + 1;
 * - the page: newest or oldest first (the row order), or by relevance: BM25 (title weighing five
 *   times the body) over the newest RELEVANCE_WINDOW matches, then newest first after them;
 * - languages, counted among the newest COUNT_BOUND matches without the language filter (their
 *   Article rows read by id), and entities among the newest ENTITY_FACET_SAMPLE matches (their
 *   EntityArticle rows): an FTS5 count of a query AND a language or an entity it rarely meets
 *   walks every article holding the query's words, several milliseconds a count for a phrase at
 *   100,000;
 * - years, bounded counts without the period.
 */
async function readIndex(scopeOf: ScopeOf, sort: SearchSort, years: readonly number[], pageSize: number, page: number): Promise<IndexRead> {
  const main = scopeOf(null);
  const withoutLanguage = scopeOf('language');
  const yearScopes = years.map((year) => scopeOf('period', { from: `${year}-01-01`, to: `${year}-12-31` }));
  const offset = (page - 1) * pageSize;
  const dialect = dialectOf(db.$kysely);
  const reads = fullTextOf(db.$kysely).prepareIndexReads(db.$kysely, [main, withoutLanguage, ...yearScopes]);
  const row = await reads.statement
    .with(
      (cte) => cte('languageSample').materialized(),
      () => reads.newestMatchingArticleIds(withoutLanguage, COUNT_BOUND + 1),
    )
    .selectNoFrom((eb) => [
      reads.boundedMatchCount(main, COUNT_BOUND + 1).as('total'),
      eb
        .selectFrom(pageKeys(reads, main, sort, pageSize, offset))
        .select((keys) => jsonGroupArray(dialect, keys.ref('keys.key')).as('keys'))
        .as('page'),
      eb
        .selectFrom('languageSample')
        .select((sample) => sample.fn.countAll<number | bigint>().as('n'))
        .as('languageSample'),
      eb
        .selectFrom(
          eb
            .selectFrom('Article')
            .select((article) => ['language', article.fn.countAll().as('articles')])
            .where('id', 'in', eb.selectFrom('languageSample').select('id').limit(COUNT_BOUND))
            .groupBy('language')
            .as('byLanguage'),
        )
        .select((byLanguage) => jsonGroupObject(dialect, byLanguage.ref('byLanguage.language'), byLanguage.ref('byLanguage.articles')).as('languages'))
        .as('languages'),
      eb
        .selectFrom(
          eb
            .selectFrom('EntityArticle')
            .select((entityArticle) => ['entityId', entityArticle.fn.countAll().as('articles')])
            .where('articleId', 'in', reads.newestMatchingArticleIds(main, ENTITY_FACET_SAMPLE))
            .groupBy('entityId')
            .orderBy('articles', 'desc')
            .orderBy('entityId')
            .limit(ENTITY_FACETS)
            .as('byEntity'),
        )
        .select((byEntity) => jsonGroupArray(dialect, jsonArray(dialect, [byEntity.ref('byEntity.entityId'), byEntity.ref('byEntity.articles')])).as('entities'))
        .as('entities'),
    ])
    .select(yearScopes.map((scope, index) => reads.boundedMatchCount(scope, COUNT_BOUND + 1).as(`y${index}`)))
    .executeTakeFirst();
  const bounded = (value: unknown): BoundedCount => {
    const count = Number(value ?? 0);
    return { count: Math.min(count, COUNT_BOUND), atLeast: count > COUNT_BOUND };
  };
  return {
    total: bounded(row?.total),
    keys: (JSON.parse(row?.page ?? '[]') as number[]).map(Number),
    languages: new Map(Object.entries(JSON.parse(row?.languages ?? '{}') as Record<string, number>)),
    languageSample: Number(row?.languageSample ?? 0),
    years: years.map((_, index) => bounded(row?.[`y${index}`])),
    entities: (JSON.parse(row?.entities ?? '[]') as [number, number][]).map(([id, articles]) => ({ id, articles })),
  };
}

/**
 * Relevance (BM25, the title weighing five times the body) ranks this many of the newest matches:
 * BM25 costs tens of microseconds a match, and ranking every article that names a big city
 * (35,000 at 100,000 articles) took a third of a second. A multiple of the page size.
 */
export const RELEVANCE_WINDOW = 300;

/** The keys of one page of matches, in order (a subquery "keys" with a "key" column). */
function pageKeys(reads: IndexReads, scope: MatchScope, sort: SearchSort, limit: number, offset: number) {
  if (sort === 'oldest') return reads.matchingKeysInOrder(scope, 'oldest', limit, offset).as('keys');
  // Past the ranked window, relevance goes on newest first, as the newest matches outside it.
  if (sort === 'newest' || offset >= RELEVANCE_WINDOW) return reads.matchingKeysInOrder(scope, 'newest', limit, offset).as('keys');
  return reads.rankedMatchingKeys(scope, RELEVANCE_WINDOW, limit, offset).as('keys');
}

interface FilterValues extends ResolvedFilters {
  sourceId: number | null;
  entityId: number | null;
}

async function resolveFilters(filters: ArticleFilters, names: EntityNames, locale: AppLocale): Promise<FilterValues> {
  const unknown: FilterName[] = [];
  const [source, entity] = await Promise.all([
    filters.source ? db.source.findUnique({ where: { name: filters.source }, select: { id: true, name: true } }) : null,
    filters.entity ? findEntity(filters.entity, names) : null,
  ]);
  if (filters.source && !source) unknown.push('source');
  if (filters.entity && !entity) unknown.push('entity');
  return {
    language: filters.language ?? null,
    source: source ? { name: source.name } : null,
    sourceId: source?.id ?? null,
    entity: entity ? { key: entity.key, name: nameIn(locale, entity) } : null,
    entityId: entity?.id ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    unknown,
  };
}

const entitySelect = { id: true, key: true, nameKk: true, nameRu: true, nameEn: true } as const;

/** An entity by key, else by one of its names (the type-ahead sends the name shown): the most written-about one. */
async function findEntity(keyOrName: string, names: EntityNames) {
  const byKey = await db.entity.findUnique({ where: { key: keyOrName }, select: entitySelect });
  if (byKey) return byKey;
  const ids = entitiesNamedBy(names, [normalizeForMatch(keyOrName.trim())]);
  if (ids.length === 0) return null;
  return db.entity.findFirst({ where: { id: { in: ids } }, orderBy: [{ articleCount: 'desc' }, { id: 'asc' }], select: entitySelect });
}

/** Entities the query's words name (each word read in all its lemmas). */
function matchedEntities(parsed: ParsedQuery, names: EntityNames): number[] {
  const ids = new Set<number>();
  for (const term of parsed.groups.flat()) {
    if (term.kind !== 'word') continue;
    for (const id of entitiesNamedBy(names, allLemmasOf(term.word))) ids.add(id);
  }
  return [...ids];
}

function allLemmasOf(word: string): string[] {
  const { sure, guesses } = queryWordLemmas(word);
  return [...sure, ...guesses];
}

/** Several bounded counts in one statement. */
async function boundedCounts(scopes: readonly MatchScope[]): Promise<BoundedCount[]> {
  if (scopes.length === 0) return [];
  const reads = fullTextOf(db.$kysely).prepareIndexReads(db.$kysely, scopes);
  const row = await reads.statement.selectNoFrom(scopes.map((scope, index) => reads.boundedMatchCount(scope, COUNT_BOUND + 1).as(`c${index}`))).executeTakeFirst();
  return scopes.map((_, index) => {
    const count = Number(row?.[`c${index}`] ?? 0);
    return { count: Math.min(count, COUNT_BOUND), atLeast: count > COUNT_BOUND };
  });
}

function emptyFacets(): FacetsDto {
  return { languages: [], years: [], entities: [], sampled: { languages: null, entities: null } };
}

/** The years articles were published in, newest first (at most YEAR_FACETS). */
async function yearsPublished(): Promise<number[]> {
  // Two subqueries: SQLite answers a lone MIN or MAX from the index end, both in one SELECT by a scan.
  const range = await db.$kysely
    .selectNoFrom((eb) => [
      eb
        .selectFrom('Article')
        .select((article) => article.fn.min('publishedOn').as('day'))
        .as('first'),
      eb
        .selectFrom('Article')
        .select((article) => article.fn.max('publishedOn').as('day'))
        .as('last'),
    ])
    .executeTakeFirst();
  if (!range?.first || !range.last) return [];
  const first = Number(range.first.slice(0, 4));
  const last = Number(range.last.slice(0, 4));
  const years: number[] = [];
  for (let year = last; year >= first && years.length < YEAR_FACETS; year--) years.push(year);
  return years;
}

async function entityNames(ids: readonly number[], locale: AppLocale): Promise<{ id: number; key: string; name: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.entity.findMany({ where: { id: { in: [...ids] } }, select: entitySelect });
  return rows.map((row) => ({ id: row.id, key: row.key, name: nameIn(locale, row) }));
}

async function countsWithoutEachFilter(
  filters: FilterValues,
  scopeOf: (without: FilterName | null) => MatchScope,
): Promise<{ filter: FilterName; count: BoundedCount }[]> {
  const active = FILTER_NAMES.filter((name) =>
    name === 'language' ? filters.language !== null : name === 'source' ? filters.sourceId !== null : name === 'entity' ? filters.entityId !== null : filters.from !== null || filters.to !== null,
  );
  const counts = await boundedCounts(active.map((name) => scopeOf(name)));
  return active.map((filter, index) => ({ filter, count: counts[index]! }));
}

async function loadHits(
  ids: readonly number[],
  highlight: { pattern: ReturnType<typeof hitPatternOf>; entityIds: readonly number[] } | null,
): Promise<ArticleHitDto[]> {
  if (ids.length === 0) return [];
  const entityIds = highlight?.entityIds ?? [];
  // One statement: the articles, their source and the mentions of the entities the query named.
  const dialect = dialectOf(db.$kysely);
  const rows = await db.$kysely
    .selectFrom('Article as a')
    .leftJoin('Source as s', 's.id', 'a.sourceId')
    .select((eb) => [
      'a.id',
      'a.slug',
      'a.title',
      'a.publishedOn',
      'a.language',
      'a.body',
      's.name as source',
      entityIds.length === 0
        ? eb.lit(null).as('mentions')
        : eb
            .selectFrom('Mention as m')
            .select((m) => jsonGroupArray(dialect, jsonArray(dialect, [m.ref('m.start'), m.ref('m.end'), m.ref('m.inTitle')])).as('mentions'))
            .whereRef('m.articleId', '=', 'a.id')
            .where('m.entityId', 'in', entityIds)
            .as('mentions'),
    ])
    .where('a.id', 'in', ids)
    .execute();
  const articles = rows.map((row) => {
    const mentions = JSON.parse(row.mentions ?? '[]') as [start: number, end: number, inTitle: 0 | 1][];
    const rangesIn = (inTitle: 0 | 1) => mentions.filter((m) => m[2] === inTitle).map(([start, end]): TextRange => [start, end]);
    return { ...row, bodyMentions: rangesIn(0), titleMentions: rangesIn(1) };
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  return ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const language = article.language;
    const titleHits = highlight && article.title ? mergeRanges([...findHits(article.title, language, highlight.pattern), ...article.titleMentions]) : [];
    const bodyHits: TextRange[] = highlight ? [...findHits(article.body, language, highlight.pattern), ...article.bodyMentions] : [];
    const snippet = buildSnippet(article.body, bodyHits);
    return [
      {
        slug: article.slug,
        title: article.title,
        publishedOn: article.publishedOn,
        language,
        source: article.source,
        titleHits,
        snippet,
        lead: snippet ? null : leadOf(article.body),
      },
    ];
  });
}
