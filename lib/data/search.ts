import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { compileMatch, type MatchPlan } from '@/lib/extract/search/compile-match';
import { findHits, type TextRange } from '@/lib/extract/search/find-hits';
import { entityToken, sourceToken } from '@/lib/extract/search/index-tokens';
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

/** Facet entities are read from the mentions of this many of the newest matches. */
const ENTITY_FACET_SAMPLE = 100;
const ENTITY_FACETS = 8;
const YEAR_FACETS = 20;

interface MatchScope {
  match: string;
  low: number;
  high: number;
}

export async function searchArticles(request: ArticleSearchRequest, locale: AppLocale): Promise<ArticleSearchDto> {
  const parsed = parseQuery(request.query);
  const hasQuery = !isEmptyQuery(parsed);
  const sort: SearchSort = hasQuery ? request.sort : request.sort === 'oldest' ? 'oldest' : 'newest';
  const names = await loadEntityNames();
  const [facts, filters] = await Promise.all([lookUpQueryFacts(lookupsOf(parsed), names), resolveFilters(request.filters, names, locale)]);

  const scopeOf = (without: FilterName | null, extra: { meta?: string; entity?: string; from?: string; to?: string } = {}): MatchScope => {
    const requiredMeta = [
      ...(filters.language && without !== 'language' ? [filters.language] : []),
      ...(filters.sourceId !== null && without !== 'source' ? [sourceToken(filters.sourceId)] : []),
      ...(extra.meta ? [extra.meta] : []),
    ];
    const requiredEntities = [
      ...(filters.entityId !== null && without !== 'entity' ? [entityToken(filters.entityId)] : []),
      ...(extra.entity ? [extra.entity] : []),
    ];
    const plan: MatchPlan = resolveQuery(parsed, facts, { requiredMeta, requiredEntities });
    const period = without === 'period' ? {} : { from: filters.from ?? undefined, to: filters.to ?? undefined };
    const { low, high } = keyRange(extra.from ?? period.from, extra.to ?? period.to);
    return { match: compileMatch(plan), low, high };
  };

  const scope = scopeOf(null);
  const [total] = await boundedCounts([scope]);
  const pages = Math.max(1, Math.ceil(Math.min(total!.count, COUNT_BOUND) / request.pageSize));
  const page = Math.min(Math.max(1, request.page), pages);
  const [keys, facets] = await Promise.all([
    pageOfMatches(scope, sort, request.pageSize, (page - 1) * request.pageSize),
    total!.count === 0 ? emptyFacets() : readFacets(scopeOf, locale),
  ]);

  const matchedEntityIds = matchedEntities(parsed, names);
  const pattern = hitPatternOf(parsed, facts, matchedEntityIds.flatMap((id) => names.wordNamesById.get(id) ?? []));
  const [hits, matched, withoutFilter] = await Promise.all([
    loadHits(keys.map(articleIdOfKey), hasQuery ? { pattern, entityIds: matchedEntityIds } : null),
    entityNames(matchedEntityIds.slice(0, 10), locale),
    total!.count === 0 ? countsWithoutEachFilter(filters, scopeOf) : [],
  ]);

  return {
    hasQuery,
    sort,
    total: total!,
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

function boundedSql({ match, low, high }: MatchScope): Prisma.Sql {
  return Prisma.sql`(SELECT COUNT(*) FROM (
    SELECT 1 FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND "rowid" BETWEEN ${low} AND ${high} LIMIT ${COUNT_BOUND + 1}))`;
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

async function pageOfMatches({ match, low, high }: MatchScope, sort: SearchSort, limit: number, offset: number): Promise<number[]> {
  const rows =
    sort === 'relevance'
      ? await db.$queryRaw<{ key: number | bigint }[]>`
          SELECT "rowid" AS "key" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND "rowid" BETWEEN ${low} AND ${high}
          ORDER BY "rank", "rowid" DESC LIMIT ${limit} OFFSET ${offset}`
      : sort === 'oldest'
        ? await db.$queryRaw<{ key: number | bigint }[]>`
          SELECT "rowid" AS "key" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND "rowid" BETWEEN ${low} AND ${high}
          ORDER BY "rowid" ASC LIMIT ${limit} OFFSET ${offset}`
        : await db.$queryRaw<{ key: number | bigint }[]>`
          SELECT "rowid" AS "key" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND "rowid" BETWEEN ${low} AND ${high}
          ORDER BY "rowid" DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => Number(row.key));
}

function emptyFacets(): FacetsDto {
  return { languages: [], years: [], entities: [] };
}

/**
 * Counts per language (without the language filter, so another can be chosen), per year (without
 * the period) and for the entities most mentioned among the newest matches (with every filter).
 */
async function readFacets(
  scopeOf: (without: FilterName | null, extra?: { meta?: string; entity?: string; from?: string; to?: string }) => MatchScope,
  locale: AppLocale,
): Promise<FacetsDto> {
  const [years, sampleEntities] = await Promise.all([yearsPublished(), entitiesOfNewest(scopeOf(null))]);
  const languageScopes = LANGUAGES.map((language) => scopeOf('language', { meta: language }));
  const yearScopes = years.map((year) => scopeOf('period', { from: `${year}-01-01`, to: `${year}-12-31` }));
  const entityScopes = sampleEntities.map((id) => scopeOf(null, { entity: entityToken(id) }));
  const counts = await boundedCounts([...languageScopes, ...yearScopes, ...entityScopes]);
  const languageCounts = counts.slice(0, languageScopes.length);
  const yearCounts = counts.slice(languageScopes.length, languageScopes.length + yearScopes.length);
  const entityCounts = counts.slice(languageScopes.length + yearScopes.length);
  const names = await entityNames(sampleEntities, locale);
  const nameById = new Map(sampleEntities.map((id, index) => [id, names[index]]));
  return {
    languages: LANGUAGES.map((language, index) => ({ language, count: languageCounts[index]! })).filter((facet) => facet.count.count > 0),
    years: years.map((year, index) => ({ year, count: yearCounts[index]! })).filter((facet) => facet.count.count > 0),
    entities: sampleEntities
      .map((id, index) => ({ entity: nameById.get(id), count: entityCounts[index]! }))
      .filter((facet): facet is { entity: { key: string; name: string }; count: BoundedCount } => facet.entity !== undefined && facet.count.count > 0)
      .map(({ entity, count }) => ({ key: entity.key, name: entity.name, count }))
      .sort((a, b) => b.count.count - a.count.count),
  };
}

/** The years articles were published in, newest first (at most YEAR_FACETS). */
async function yearsPublished(): Promise<number[]> {
  const [range] = await db.$queryRaw<{ first: string | null; last: string | null }[]>`
    SELECT MIN("publishedOn") AS "first", MAX("publishedOn") AS "last" FROM "Article"`;
  if (!range?.first || !range.last) return [];
  const first = Number(range.first.slice(0, 4));
  const last = Number(range.last.slice(0, 4));
  const years: number[] = [];
  for (let year = last; year >= first && years.length < YEAR_FACETS; year--) years.push(year);
  return years;
}

/** The entities most mentioned in the newest matches: the candidates of the entity facet. */
async function entitiesOfNewest(scope: MatchScope): Promise<number[]> {
  const keys = await pageOfMatches(scope, 'newest', ENTITY_FACET_SAMPLE, 0);
  if (keys.length === 0) return [];
  const rows = await db.$queryRaw<{ entityId: number }[]>`
    SELECT "entityId" FROM "Mention" WHERE "articleId" IN (${Prisma.join(keys.map(articleIdOfKey))})
    GROUP BY "entityId" ORDER BY COUNT(DISTINCT "articleId") DESC, "entityId" LIMIT ${ENTITY_FACETS}`;
  return rows.map((row) => row.entityId);
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
