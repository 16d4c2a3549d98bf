import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { compileMatch, type MatchPlan } from '@/lib/extract/search/compile-match';
import { findHits, type TextRange } from '@/lib/extract/search/find-hits';
import { entityToken, languageToken, sourceToken } from '@/lib/extract/search/index-tokens';
import { isEmptyQuery, parseQuery, type ParsedQuery } from '@/lib/extract/search/parse-query';
import { hitPatternOf, lookupsOf, resolveQuery } from '@/lib/extract/search/resolve-query';
import { articleIdOfKey, keyRange } from '@/lib/extract/search/search-key';
import { buildSnippet, leadOf, type Snippet } from '@/lib/extract/search/snippet';
import { queryWordLemmas } from '@/lib/extract/search/word-lemmas';
import { normalizeForMatch } from '@/lib/extract/tokenize';
import { LANGUAGES, type Language } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { nameIn } from './localize';
import { entitiesNamedBy, loadEntityNames, lookUpQueryFacts, type EntityNames } from './search-vocabulary';

/**
 * Search and the archive, one reader over the full-text index ("ArticleSearch", an FTS5 table
 * written by lib/ingest/search-index.ts): an empty query lists every article. Totals and facet
 * counts stop at COUNT_BOUND ("1,000+"), so no request counts every match of a common word.
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

interface MatchScope {
  match: string;
  low: number;
  high: number;
}

type ScopeOf = (without: FilterName | null, extra?: { from?: string; to?: string }) => MatchScope;

export async function searchArticles(request: ArticleSearchRequest, locale: AppLocale): Promise<ArticleSearchDto> {
  const parsed = parseQuery(request.query);
  const hasQuery = !isEmptyQuery(parsed);
  const sort: SearchSort = hasQuery ? request.sort : request.sort === 'oldest' ? 'oldest' : 'newest';
  const names = await loadEntityNames();
  const [facts, filters] = await Promise.all([lookUpQueryFacts(lookupsOf(parsed), names), resolveFilters(request.filters, names, locale)]);

  const scopeOf: ScopeOf = (without, extra = {}) => {
    const requiredMeta = [
      ...(filters.language && without !== 'language' ? [languageToken(filters.language)] : []),
      ...(filters.sourceId !== null && without !== 'source' ? [sourceToken(filters.sourceId)] : []),
    ];
    const requiredEntities = filters.entityId !== null && without !== 'entity' ? [entityToken(filters.entityId)] : [];
    const plan: MatchPlan = resolveQuery(parsed, facts, { requiredMeta, requiredEntities });
    const period = without === 'period' ? {} : { from: filters.from ?? undefined, to: filters.to ?? undefined };
    const { low, high } = keyRange(extra.from ?? period.from, extra.to ?? period.to);
    return { match: compileMatch(plan), low, high };
  };

  const scope = scopeOf(null);
  // The newest matches up to the bound: the total, the newest pages and the facets' sample at once.
  const newest = await newestKeys(scope);
  const total: BoundedCount = { count: Math.min(newest.length, COUNT_BOUND), atLeast: newest.length > COUNT_BOUND };
  const pages = Math.max(1, Math.ceil(total.count / request.pageSize));
  const page = Math.min(Math.max(1, request.page), pages);
  const offset = (page - 1) * request.pageSize;
  const [keys, facets] = await Promise.all([
    // Past the ranked window, relevance goes on newest first, as the newest matches outside it.
    sort === 'newest' || (sort === 'relevance' && offset >= RELEVANCE_WINDOW)
      ? newest.slice(offset, offset + request.pageSize)
      : pageOfMatches(scope, sort, request.pageSize, offset),
    total.count === 0 ? emptyFacets() : readFacets(scopeOf, newest, filters.language !== null, locale),
  ]);

  const matchedEntityIds = matchedEntities(parsed, names);
  const pattern = hitPatternOf(parsed, facts, matchedEntityIds.flatMap((id) => names.wordNamesById.get(id) ?? []));
  const [hits, matched, withoutFilter] = await Promise.all([
    loadHits(keys.map(articleIdOfKey), hasQuery ? { pattern, entityIds: matchedEntityIds } : null),
    entityNames(matchedEntityIds.slice(0, 10), locale),
    total.count === 0 ? countsWithoutEachFilter(filters, scopeOf) : [],
  ]);

  return {
    hasQuery,
    sort,
    total,
    page,
    pages,
    hits,
    facets,
    matchedEntities: matched,
    filters: { language: filters.language, source: filters.source, entity: filters.entity, from: filters.from, to: filters.to, unknown: filters.unknown },
    withoutFilter,
  };
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

/**
 * The period as a condition on the index's row numbers, or none. The bounds are cast: the driver
 * binds JavaScript numbers as REAL, and FTS5 seeks only on INTEGER row numbers (with a REAL bound
 * it reads every match and leaves the comparison to SQLite, 50–100 times slower).
 */
function periodSql({ low, high }: MatchScope): Prisma.Sql {
  if (low === 0 && high === Number.MAX_SAFE_INTEGER) return Prisma.empty;
  return Prisma.sql`AND "rowid" >= CAST(${low} AS INTEGER) AND "rowid" <= CAST(${high} AS INTEGER)`;
}

function boundedSql(scope: MatchScope): Prisma.Sql {
  return Prisma.sql`(SELECT COUNT(*) FROM (
    SELECT 1 FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${scope.match} ${periodSql(scope)} LIMIT ${COUNT_BOUND + 1}))`;
}

/** Several bounded counts in one statement. */
async function boundedCounts(scopes: readonly MatchScope[]): Promise<BoundedCount[]> {
  if (scopes.length === 0) return [];
  const columns = scopes.map((scope, index) => Prisma.sql`${boundedSql(scope)} AS ${Prisma.raw(`"c${index}"`)}`);
  const [row] = await db.$queryRaw<Record<string, number | bigint>[]>`SELECT ${Prisma.join(columns)}`;
  return scopes.map((_, index) => {
    const count = Number(row?.[`c${index}`] ?? 0);
    return { count: Math.min(count, COUNT_BOUND), atLeast: count > COUNT_BOUND };
  });
}

/**
 * Relevance (BM25, the title weighing five times the body) ranks this many of the newest matches:
 * BM25 costs tens of microseconds a match, and ranking every article that names a big city
 * (35,000 at 100,000 articles) took a third of a second. A multiple of the page size.
 */
export const RELEVANCE_WINDOW = 300;

async function pageOfMatches(scope: MatchScope, sort: SearchSort, limit: number, offset: number): Promise<number[]> {
  const { match } = scope;
  const period = periodSql(scope);
  const rows =
    sort === 'relevance'
      ? await db.$queryRaw<{ key: number | bigint }[]>`
          SELECT "key" FROM (
            SELECT "rowid" AS "key", "rank" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} ${period}
            ORDER BY "rowid" DESC LIMIT ${RELEVANCE_WINDOW})
          ORDER BY "rank", "key" DESC LIMIT ${limit} OFFSET ${offset}`
      : sort === 'oldest'
        ? await db.$queryRaw<{ key: number | bigint }[]>`
          SELECT "rowid" AS "key" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} ${period}
          ORDER BY "rowid" ASC LIMIT ${limit} OFFSET ${offset}`
        : await db.$queryRaw<{ key: number | bigint }[]>`
          SELECT "rowid" AS "key" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} ${period}
          ORDER BY "rowid" DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => Number(row.key));
}

function emptyFacets(): FacetsDto {
  return { languages: [], years: [], entities: [], sampled: { languages: null, entities: null } };
}

/**
 * Counts per language (without the language filter, so another can be chosen), per year (without
 * the period) and of the entities most mentioned in the newest matches (with every filter).
 * Years are bounded counts ("1,000+"). Languages are counted among the newest COUNT_BOUND matches
 * and entities among the newest ENTITY_FACET_SAMPLE (all matches when there are fewer): an FTS5
 * count of a query AND a language or entity it rarely meets walks every article holding the
 * query's words, several milliseconds a count at 100,000 articles for a phrase.
 */
async function readFacets(scopeOf: ScopeOf, newest: readonly number[], languageFiltered: boolean, locale: AppLocale): Promise<FacetsDto> {
  const years = await yearsPublished();
  const [languageSample, yearCounts, entityCounts] = await Promise.all([
    languageFiltered ? newestKeys(scopeOf('language')) : newest,
    boundedCounts(years.map((year) => scopeOf('period', { from: `${year}-01-01`, to: `${year}-12-31` }))),
    mostMentioned(newest.slice(0, ENTITY_FACET_SAMPLE)),
  ]);
  const [languageCounts, names] = await Promise.all([
    languagesOf(languageSample.slice(0, COUNT_BOUND)),
    entityNames(entityCounts.map((entity) => entity.id), locale),
  ]);
  const nameById = new Map(entityCounts.map((entity, index) => [entity.id, names[index]]));
  const exact = (count: number): BoundedCount => ({ count, atLeast: false });
  return {
    languages: LANGUAGES.filter((language) => (languageCounts.get(language) ?? 0) > 0).map((language) => ({
      language,
      count: exact(languageCounts.get(language) ?? 0),
    })),
    years: years.map((year, index) => ({ year, count: yearCounts[index]! })).filter((facet) => facet.count.count > 0),
    entities: entityCounts.flatMap(({ id, articles }) => {
      const entity = nameById.get(id);
      return entity ? [{ key: entity.key, name: entity.name, count: exact(articles) }] : [];
    }),
    sampled: {
      languages: languageSample.length > COUNT_BOUND ? COUNT_BOUND : null,
      entities: newest.length > ENTITY_FACET_SAMPLE ? ENTITY_FACET_SAMPLE : null,
    },
  };
}

/** Row numbers of the newest matches, one past the bound (so that "more than the bound" shows). */
async function newestKeys(scope: MatchScope): Promise<number[]> {
  const rows = await db.$queryRaw<{ key: number | bigint }[]>`
    SELECT "rowid" AS "key" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${scope.match} ${periodSql(scope)}
    ORDER BY "rowid" DESC LIMIT ${COUNT_BOUND + 1}`;
  return rows.map((row) => Number(row.key));
}

async function languagesOf(keys: readonly number[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await db.$queryRaw<{ language: string; articles: number | bigint }[]>`
    SELECT "language", COUNT(*) AS "articles" FROM "Article" WHERE "id" IN (${Prisma.join(keys.map(articleIdOfKey))}) GROUP BY "language"`;
  return new Map(rows.map((row) => [row.language, Number(row.articles)]));
}

/** The entities named in most of these articles, with how many. */
async function mostMentioned(keys: readonly number[]): Promise<{ id: number; articles: number }[]> {
  if (keys.length === 0) return [];
  const rows = await db.$queryRaw<{ entityId: number; articles: number | bigint }[]>`
    SELECT "entityId", COUNT(DISTINCT "articleId") AS "articles" FROM "Mention" WHERE "articleId" IN (${Prisma.join(keys.map(articleIdOfKey))})
    GROUP BY "entityId" ORDER BY "articles" DESC, "entityId" LIMIT ${ENTITY_FACETS}`;
  return rows.map((row) => ({ id: row.entityId, articles: Number(row.articles) }));
}

/** The years articles were published in, newest first (at most YEAR_FACETS). */
async function yearsPublished(): Promise<number[]> {
  // Two subqueries: SQLite answers a lone MIN or MAX from the index end, both in one SELECT by a scan.
  const [range] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT (SELECT MIN("publishedOn") FROM "Article") AS "first", (SELECT MAX("publishedOn") FROM "Article") AS "last"`;
  if (!range?.first || !range.last) return [];
  const first = Number(range.first.slice(0, 4));
  const last = Number(range.last.slice(0, 4));
  const years: number[] = [];
  for (let year = last; year >= first && years.length < YEAR_FACETS; year--) years.push(year);
  return years;
}

async function entityNames(ids: readonly number[], locale: AppLocale): Promise<{ key: string; name: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db.entity.findMany({ where: { id: { in: [...ids] } }, select: entitySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ key: row.key, name: nameIn(locale, row) }] : [];
  });
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
  const articles = await db.article.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedOn: true,
      language: true,
      body: true,
      source: { select: { name: true } },
      mentions: { where: { entityId: { in: highlight ? [...highlight.entityIds] : [] } }, select: { start: true, end: true } },
    },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  return ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const language = article.language as Language;
    const titleHits = highlight && article.title ? findHits(article.title, language, highlight.pattern) : [];
    const bodyHits: TextRange[] = highlight
      ? [...findHits(article.body, language, highlight.pattern), ...article.mentions.map((m): TextRange => [m.start, m.end])]
      : [];
    const snippet = buildSnippet(article.body, bodyHits);
    return [
      {
        slug: article.slug,
        title: article.title,
        publishedOn: article.publishedOn,
        language,
        source: article.source?.name ?? null,
        titleHits,
        snippet,
        lead: snippet ? null : leadOf(article.body),
      },
    ];
  });
}
