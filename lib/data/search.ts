import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { db } from '@/lib/db';
import { lookupPrefix, queryWords, sharesLemma } from '@/lib/extract/search-terms';
import { normalizeForMatch, tokenize } from '@/lib/extract/tokenize';
import type { Language } from '@/lib/extract/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { nameIn } from './localize';

export interface SnippetDto {
  /** Text around the first hit, cut at word boundaries. */
  text: string;
  /** Highlighted ranges within `text`. */
  hits: [number, number][];
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface SearchHitDto {
  slug: string;
  title: string | null;
  publishedOn: string;
  language: Language;
  /** Highlighted ranges within the title. */
  titleHits: [number, number][];
  snippet: SnippetDto | null;
}

export interface SearchResultDto {
  total: number;
  page: number;
  pages: number;
  hits: SearchHitDto[];
  matchedEntities: { key: string; name: string }[];
}

/** Words beyond this are ignored: each one adds a condition. */
const MAX_WORDS = 6;
/** Distinct indexed forms a word's prefix may expand to before matching by lemma. */
const MAX_FORMS_PER_PREFIX = 500;
const SNIPPET_RADIUS = 110;

interface WordMatch {
  forms: string[];
  entityIds: number[];
}

/**
 * Articles matching every word of the query, newest first. A word matches an article that contains
 * one of its inflected forms, or that mentions an entity the word names (in any language).
 */
export async function searchArticles(query: string, page: number, pageSize: number, locale: AppLocale): Promise<SearchResultDto> {
  const words = queryWords(query).slice(0, MAX_WORDS);
  if (words.length === 0) return { total: 0, page: 1, pages: 0, hits: [], matchedEntities: [] };

  const aliasIndex = await loadAliasIndex();
  const wholeQueryEntities = aliasIndex.get(normalizeForMatch(query.trim())) ?? [];
  const matches: WordMatch[] = await Promise.all(
    words.map(async (word) => ({ forms: await matchingForms(word), entityIds: entitiesNamedBy(word, aliasIndex) })),
  );

  const matching = matchingArticleIds(matches, wholeQueryEntities);
  const [counted] = await db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM (${matching})`;
  const count = Number(counted?.total ?? 0);
  const pages = Math.ceil(count / pageSize);
  const current = Math.min(Math.max(1, page), Math.max(1, pages));
  const rows = count === 0 ? [] : await pageOfMatches(matching, count, pageSize, (current - 1) * pageSize);

  const highlightForms = new Set(matches.flatMap((m) => m.forms));
  const entityIds = [...new Set([...matches.flatMap((m) => m.entityIds), ...wholeQueryEntities])];
  const hits = await loadHits(rows.map((r) => r.id), highlightForms, entityIds);
  const matchedEntities = await db.entity.findMany({
    where: { id: { in: entityIds } },
    select: { key: true, nameKk: true, nameRu: true, nameEn: true },
    take: 10,
  });
  return {
    total: count,
    page: current,
    pages,
    hits,
    matchedEntities: matchedEntities.map((e) => ({ key: e.key, name: nameIn(locale, e) })),
  };
}

/**
 * The ids of the matching articles, once each, as one compound SELECT over the ArticleTerm and
 * Mention indexes (no Article row is read): per word the union of its forms' and entities'
 * articles, the words intersected, and the articles naming an entity the whole query names added.
 * (Compound operators chain left to right, so each word's union is a subquery.)
 */
function matchingArticleIds(matches: readonly WordMatch[], wholeQueryEntities: readonly number[]): Prisma.Sql {
  const all = Prisma.join(
    matches.map((match) => Prisma.sql`SELECT articleId FROM (${wordArticles(match)})`),
    ' INTERSECT ',
  );
  return wholeQueryEntities.length > 0 ? Prisma.sql`${all} UNION ${mentionsAny(wholeQueryEntities)}` : all;
}

function wordArticles({ forms, entityIds }: WordMatch): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (forms.length > 0) parts.push(Prisma.sql`SELECT articleId FROM ArticleTerm WHERE term IN (${Prisma.join(forms)})`);
  if (entityIds.length > 0) parts.push(mentionsAny(entityIds));
  // UNION drops repeats; a lone SELECT needs DISTINCT (an article has several forms, an entity several mentions).
  if (parts.length === 1) return Prisma.sql`SELECT DISTINCT articleId FROM (${parts[0]!})`;
  return parts.length > 0 ? Prisma.join(parts, ' UNION ') : Prisma.sql`SELECT NULL AS articleId WHERE 0`;
}

function mentionsAny(entityIds: readonly number[]): Prisma.Sql {
  return Prisma.sql`SELECT articleId FROM Mention WHERE entityId IN (${Prisma.join(entityIds)})`;
}

/**
 * One page of the matches, newest first. When matches are common, reading the publication-date
 * index from the newest down and keeping the matching ids stops after a page's worth; when they
 * are rare, looking each one up and sorting them is cheaper. (Both give the same rows.)
 */
async function pageOfMatches(matching: Prisma.Sql, count: number, limit: number, offset: number): Promise<{ id: number }[]> {
  const [top] = await db.$queryRaw<{ id: number | null }[]>`SELECT MAX(id) AS id FROM Article`;
  const articles = Number(top?.id ?? 0);
  // Index entries read to fill the page vs. rows looked up (a lookup costs about ten index steps).
  const scanIndex = ((offset + limit) * articles) / count <= count * 10;
  return scanIndex
    ? db.$queryRaw<{ id: number }[]>`
        SELECT a.id FROM Article a INDEXED BY Article_publishedOn_idx WHERE a.id IN (${matching})
        ORDER BY a.publishedOn DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`
    : db.$queryRaw<{ id: number }[]>`
        SELECT a.id FROM Article a WHERE a.id IN (${matching})
        ORDER BY a.publishedOn DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * Indexed word forms that are inflections of the query word. The distinct terms of the prefix are
 * read by jumping from one term to the next in the (term, articleId) index: DISTINCT over the range
 * read one index entry per article of each term, thousands for a common word.
 */
async function matchingForms(word: string): Promise<string[]> {
  const prefix = lookupPrefix(word);
  const end = `${prefix}\uffff`;
  const rows = await db.$queryRaw<{ term: string }[]>`
    WITH RECURSIVE form(term) AS (
      SELECT MIN(term) FROM ArticleTerm WHERE term >= ${prefix} AND term < ${end}
      UNION ALL
      SELECT (SELECT MIN(t.term) FROM ArticleTerm t WHERE t.term > form.term AND t.term < ${end}) FROM form WHERE form.term IS NOT NULL
    )
    SELECT term FROM form WHERE term IS NOT NULL LIMIT ${MAX_FORMS_PER_PREFIX}`;
  return rows.map((r) => r.term).filter((form) => sharesLemma(form, word));
}

function entitiesNamedBy(word: string, aliasIndex: Map<string, number[]>): number[] {
  const ids = new Set(aliasIndex.get(word) ?? []);
  for (const [form, entityIds] of aliasIndex) {
    if (!form.includes(' ') && form !== word && form.startsWith(lookupPrefix(word)) && sharesLemma(form, word)) {
      for (const id of entityIds) ids.add(id);
    }
  }
  return [...ids];
}

let aliasCache: { loadedAt: number; index: Map<string, number[]> } | null = null;
const ALIAS_CACHE_MS = 60_000;

/** Every name and alias of every entity, normalised → entity ids; small, and reused for a minute. */
async function loadAliasIndex(): Promise<Map<string, number[]>> {
  if (aliasCache && Date.now() - aliasCache.loadedAt < ALIAS_CACHE_MS) return aliasCache.index;
  const [aliases, entities] = await Promise.all([
    db.entityAlias.findMany({ select: { entityId: true, form: true } }),
    db.entity.findMany({ select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
  ]);
  const index = new Map<string, number[]>();
  const add = (form: string, id: number) => {
    const key = normalizeForMatch(form);
    const ids = index.get(key) ?? [];
    if (!ids.includes(id)) index.set(key, [...ids, id]);
  };
  for (const alias of aliases) add(alias.form, alias.entityId);
  for (const entity of entities) for (const name of [entity.nameKk, entity.nameRu, entity.nameEn]) add(name, entity.id);
  aliasCache = { loadedAt: Date.now(), index };
  return index;
}

async function loadHits(ids: number[], forms: Set<string>, entityIds: number[]): Promise<SearchHitDto[]> {
  if (ids.length === 0) return [];
  const articles = await db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedOn: true,
      language: true,
      body: true,
      mentions: { where: { entityId: { in: entityIds } }, select: { inTitle: true, start: true, end: true } },
    },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  return ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const mentionRanges = (inTitle: boolean) =>
      article.mentions.filter((m) => m.inTitle === inTitle).map((m): [number, number] => [m.start, m.end]);
    const ranges: [number, number][] = [...formHits(article.body, forms), ...mentionRanges(false)];
    return [
      {
        slug: article.slug,
        title: article.title,
        publishedOn: article.publishedOn,
        language: article.language as Language,
        titleHits: article.title ? mergeRanges([...formHits(article.title, forms), ...mentionRanges(true)]) : [],
        snippet: buildSnippet(article.body, ranges),
      },
    ];
  });
}

function formHits(text: string, forms: Set<string>): [number, number][] {
  return tokenize(text)
    .filter((token) => forms.has(normalizeForMatch(token.text)))
    .map((token): [number, number] => [token.start, token.end]);
}

/** The passage around the first hit, with every hit inside it marked. */
export function buildSnippet(body: string, ranges: [number, number][], radius = SNIPPET_RADIUS): SnippetDto | null {
  const sorted = mergeRanges(ranges);
  const first = sorted[0];
  if (!first) return null;
  let from = Math.max(0, first[0] - radius);
  let to = Math.min(body.length, first[1] + radius);
  // Cut at word boundaries and within the paragraph.
  const paragraphStart = body.lastIndexOf('\n', first[0]) + 1;
  const paragraphEnd = body.indexOf('\n', first[1]);
  from = Math.max(from, paragraphStart);
  to = paragraphEnd === -1 ? to : Math.min(to, paragraphEnd);
  if (from > paragraphStart) from = body.indexOf(' ', from) + 1 || from;
  if (to < (paragraphEnd === -1 ? body.length : paragraphEnd)) to = body.lastIndexOf(' ', to) > first[1] ? body.lastIndexOf(' ', to) : to;
  const hits = sorted.filter(([s, e]) => s >= from && e <= to).map(([s, e]): [number, number] => [s - from, e - from]);
  return { text: body.slice(from, to), hits, clippedStart: from > 0, clippedEnd: to < body.length };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
