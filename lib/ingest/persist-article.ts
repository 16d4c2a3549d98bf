import type { DocumentExtraction } from '@/lib/extract/extract-document';
import type { SearchDocument } from '@/lib/extract/search/search-document';
import type { EntityRef } from '@/lib/extract/types';
import { valueBounds } from '@/lib/extract/temporal';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { addArticleAggregates, subtractArticleAggregates } from './aggregates';
import { insertRows, type SqlValue } from './insert-rows';
import { indexArticles, searchDocumentOfExtraction } from './search-index';

type Tx = Prisma.TransactionClient;

export interface ArticleIdentity {
  sourcePath: string;
  slug: string;
  contentHash: string;
  sourceName: string;
}

export interface ArticleToStore {
  identity: ArticleIdentity;
  extraction: DocumentExtraction;
  /** What the search index holds of the article, when already computed (by an extraction worker); computed here otherwise. */
  searchDocument?: SearchDocument;
}


/**
 * Writes one article and everything derived from it in a single transaction, replacing what an
 * earlier version of the same file produced. A failure leaves the database as it was.
 */
export async function persistArticle(
  db: PrismaClient,
  identity: ArticleIdentity,
  extraction: DocumentExtraction,
): Promise<'created' | 'replaced'> {
  const [outcome] = await persistArticles(db, [{ identity, extraction }]);
  if (!outcome) throw new Error('no outcome for the article');
  return outcome;
}

/**
 * Writes several articles in one transaction: all of them or, on any failure, none (the caller
 * can then store them one by one to find the bad one). Each table gets one multi-row INSERT for the
 * whole batch, through raw SQL: a Prisma model call costs a query plan per call (and per row count
 * for createMany), which made storing 20 times slower than extracting. Outcomes are in input order.
 */
export async function persistArticles(db: PrismaClient, articles: readonly ArticleToStore[]): Promise<('created' | 'replaced')[]> {
  if (articles.length === 0) return [];
  return db.$transaction(
    async (tx) => {
      const previous = await previousVersions(tx, articles.map((a) => a.identity.sourcePath));
      const touchedRelations = new Set(previous.relationIds);
      if (previous.articleIds.size > 0) {
        const previousIds = [...previous.articleIds.values()];
        await subtractArticleAggregates(tx, previousIds);
        await tx.article.deleteMany({ where: { id: { in: previousIds } } });
      }

      const articleIds = await insertArticles(tx, articles);
      const entityIds = await resolveEntityIds(tx, articles);
      const idOf = (key: string) => {
        const id = entityIds.get(key);
        if (id === undefined) throw new Error(`entity "${key}" is used but was never mentioned`);
        return id;
      };
      const stored = articles.map((article, index) => ({ ...article, id: articleIds[index] as number }));

      await insertRows(
        tx,
        'Mention',
        ['articleId', 'entityId', 'start', 'end', 'text'],
        stored.flatMap(({ id, extraction }) => extraction.mentions.map((m) => [id, idOf(m.entity.key), m.start, m.end, m.text])),
      );
      await indexArticles(
        tx,
        stored.map(({ id, extraction, searchDocument }) => ({ id, document: searchDocument ?? searchDocumentOfExtraction(extraction) })),
      );
      await insertRows(
        tx,
        'TemporalExpression',
        ['articleId', 'start', 'end', 'text', 'value'],
        stored.flatMap(({ id, extraction }) => extraction.temporal.map((t) => [id, t.start, t.end, t.text, t.value])),
      );
      await insertEvents(tx, stored, idOf);
      for (const id of await insertRelations(tx, stored, idOf)) touchedRelations.add(id);
      await addArticleAggregates(tx, articleIds);

      if (previous.articleIds.size > 0) await removeOrphans(tx);
      await refreshRelationStatuses(tx, [...touchedRelations]);
      return articles.map(({ identity }) => (previous.articleIds.has(identity.sourcePath) ? 'replaced' : 'created'));
    },
    { timeout: 60_000 },
  );
}

/** Articles already stored for these files (by source path), and the relations their evidence supports. */
async function previousVersions(tx: Tx, sourcePaths: readonly string[]): Promise<{ articleIds: Map<string, number>; relationIds: number[] }> {
  const found = await tx.$queryRaw<{ id: number; sourcePath: string }[]>`
    SELECT "id", "sourcePath" FROM "Article" WHERE "sourcePath" IN (${Prisma.join(sourcePaths)})`;
  if (found.length === 0) return { articleIds: new Map(), relationIds: [] };
  const evidence = await tx.$queryRaw<{ relationId: number }[]>`
    SELECT "relationId" FROM "RelationEvidence" WHERE "articleId" IN (${Prisma.join(found.map((f) => f.id))})`;
  return { articleIds: new Map(found.map((f) => [f.sourcePath, f.id])), relationIds: evidence.map((e) => e.relationId) };
}

/** Inserts the article rows; returns their ids in input order. */
async function insertArticles(tx: Tx, articles: readonly ArticleToStore[]): Promise<number[]> {
  const sourceIds = await sourceIdsOf(tx, articles.map((a) => a.identity.sourceName));
  const slugs = await freeSlugs(tx, articles.map((a) => a.identity.slug));
  const ingestedAt = prismaTimestamp(new Date());
  const rows = articles.map(({ identity, extraction: { article: doc } }, index) => {
    const values = [slugs[index] ?? null, identity.sourcePath, identity.contentHash, doc.title, doc.publishedAt, doc.language];
    return Prisma.sql`(${Prisma.join([...values, doc.credit, doc.body, ingestedAt, sourceIds.get(identity.sourceName) ?? null])})`;
  });
  const created = await tx.$queryRaw<{ id: number; sourcePath: string }[]>`
    INSERT INTO "Article" ("slug", "sourcePath", "contentHash", "title", "publishedOn", "language", "credit", "body", "ingestedAt", "sourceId")
    VALUES ${Prisma.join(rows)} RETURNING "id", "sourcePath"`;
  const idOfPath = new Map(created.map((row) => [row.sourcePath, row.id]));
  return articles.map(({ identity }) => {
    const id = idOfPath.get(identity.sourcePath);
    if (id === undefined) throw new Error(`article ${identity.sourcePath} was not created`);
    return id;
  });
}

async function sourceIdsOf(tx: Tx, names: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  const found = await tx.$queryRaw<{ id: number; name: string }[]>`SELECT "id", "name" FROM "Source" WHERE "name" IN (${Prisma.join(unique)})`;
  const ids = new Map(found.map((s) => [s.name, s.id]));
  const missing = unique.filter((name) => !ids.has(name));
  if (missing.length > 0) {
    const created = await tx.$queryRaw<{ id: number; name: string }[]>`
      INSERT INTO "Source" ("name") VALUES ${Prisma.join(missing.map((name) => Prisma.sql`(${name})`))} RETURNING "id", "name"`;
    for (const source of created) ids.set(source.name, source.id);
  }
  return ids;
}

/** The wanted slug, or the first of `-2`, `-3`, … that neither the database nor an earlier article of the batch holds. */
async function freeSlugs(tx: Tx, wanted: readonly string[]): Promise<string[]> {
  const taken = new Set(
    (await tx.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Article" WHERE "slug" IN (${Prisma.join([...new Set(wanted)])})`).map(
      (row) => row.slug,
    ),
  );
  const slugs: string[] = [];
  for (const slug of wanted) {
    let free = slug;
    let n = 1;
    // The wanted slugs were all looked up at once above; a numbered one is looked up when it comes up.
    while (taken.has(free) || (n > 1 && (await slugTaken(tx, free)))) free = `${slug}-${++n}`;
    taken.add(free);
    slugs.push(free);
  }
  return slugs;
}

async function slugTaken(tx: Tx, slug: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Article" WHERE "slug" = ${slug}`;
  return rows.length > 0;
}

/** DateTime as Prisma itself writes it into SQLite, so rows look the same whichever path wrote them. */
function prismaTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, '+00:00');
}

/** Known entities come from the gazetteer; candidates are created on first sight and shared after. */
async function resolveEntityIds(tx: Tx, articles: readonly ArticleToStore[]): Promise<Map<string, number>> {
  // As if stored one by one: within an article its last mention describes an entity, across articles the first article.
  const refs = new Map<string, EntityRef>();
  for (const { extraction } of articles) {
    const ofArticle = new Map(extraction.mentions.map((mention) => [mention.entity.key, mention.entity]));
    for (const [key, ref] of ofArticle) if (!refs.has(key)) refs.set(key, ref);
  }
  if (refs.size === 0) return new Map();
  const existing = await tx.$queryRaw<{ id: number; key: string }[]>`
    SELECT "id", "key" FROM "Entity" WHERE "key" IN (${Prisma.join([...refs.keys()])})`;
  const ids = new Map(existing.map((e) => [e.key, e.id]));
  const missing = [...refs.values()].filter((ref) => !ids.has(ref.key));
  const missingKnown = missing.find((ref) => ref.known);
  if (missingKnown) throw new Error(`gazetteer entity "${missingKnown.key}" is missing from the database`);
  if (missing.length > 0) {
    const rows = missing.map((ref) => Prisma.sql`(${ref.key}, ${ref.type}, 0, ${ref.names.kk}, ${ref.names.ru}, ${ref.names.en})`);
    const created = await tx.$queryRaw<{ id: number; key: string }[]>`
      INSERT INTO "Entity" ("key", "type", "known", "nameKk", "nameRu", "nameEn") VALUES ${Prisma.join(rows)} RETURNING "id", "key"`;
    for (const entity of created) ids.set(entity.key, entity.id);
  }
  return ids;
}

type StoredArticle = ArticleToStore & { id: number };

/**
 * Events in one INSERT, then their participants in another. The articles are new in this
 * transaction, so their events read back in id order are the rows just inserted, in insertion order.
 */
async function insertEvents(tx: Tx, articles: readonly StoredArticle[], idOf: (key: string) => number): Promise<void> {
  const events = articles.flatMap(({ id, extraction }) =>
    extraction.events.map((event) => {
      const bounds = event.value ? valueBounds(event.value) : null;
      const dates: SqlValue[] = [bounds?.start ?? null, bounds?.end ?? null, bounds ? spanLevel(bounds.start, bounds.end) : null];
      return { articleId: id, event, dates };
    }),
  );
  if (events.length === 0) return;
  await insertRows(
    tx,
    'Event',
    ['articleId', 'type', 'value', 'status', 'evidence', 'evidenceStart', 'evidenceEnd', 'startsOn', 'endsOn', 'spanLevel'],
    events.map(({ articleId, event, dates }) => [
      ...[articleId, event.type, event.value, event.status, event.evidence, event.evidenceStart, event.evidenceEnd],
      ...dates,
    ]),
  );
  const stored = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Event" WHERE "articleId" IN (${Prisma.join(articles.map((a) => a.id))}) ORDER BY "id"`;
  if (stored.length !== events.length) throw new Error(`expected ${events.length} events, found ${stored.length}`);
  await insertRows(
    tx,
    'EventEntity',
    ['eventId', 'entityId', 'startsOn', 'endsOn', 'spanLevel'],
    events.flatMap(({ event, dates }, index) => [...new Set(event.entities)].map((key) => [stored[index]?.id ?? null, idOf(key), ...dates])),
  );
}

/** Each relation is created once (a, b, type) and gains each article's sentence as evidence. Returns the relation ids. */
async function insertRelations(tx: Tx, articles: readonly StoredArticle[], idOf: (key: string) => number): Promise<number[]> {
  const relations = articles.flatMap(({ id, extraction }) =>
    extraction.relations.map((relation) => ({ articleId: id, publishedOn: extraction.article.publishedAt, relation })),
  );
  if (relations.length === 0) return [];
  const tripleKey = (aId: number, bId: number, type: string) => `${aId}|${bId}|${type}`;
  const triples = new Map<string, readonly [number, number, string]>();
  for (const { relation } of relations) {
    const triple = [idOf(relation.a), idOf(relation.b), relation.type] as const;
    triples.set(tripleKey(...triple), triple);
  }
  const values = Prisma.join([...triples.values()].map(([aId, bId, type]) => Prisma.sql`(${aId}, ${bId}, ${type})`));
  await tx.$executeRaw`INSERT INTO "PlaceRelation" ("aId", "bId", "type") VALUES ${values} ON CONFLICT ("aId", "bId", "type") DO NOTHING`;
  const stored = await tx.$queryRaw<{ id: number; aId: number; bId: number; type: string }[]>`
    SELECT "id", "aId", "bId", "type" FROM "PlaceRelation" WHERE ("aId", "bId", "type") IN (VALUES ${values})`;
  const idOfTriple = new Map(stored.map((r) => [tripleKey(r.aId, r.bId, r.type), r.id]));
  const relationIdOf = ({ a, b, type }: { a: string; b: string; type: string }) => {
    const id = idOfTriple.get(tripleKey(idOf(a), idOf(b), type));
    if (id === undefined) throw new Error(`relation ${a}-${b} ${type} was not stored`);
    return id;
  };
  await insertRows(
    tx,
    'RelationEvidence',
    ['relationId', 'articleId', 'status', 'sentence', 'start', 'end', 'publishedOn'],
    relations.map(({ articleId, publishedOn, relation }) => [
      relationIdOf(relation),
      articleId,
      relation.status,
      relation.evidence,
      relation.evidenceStart,
      relation.evidenceEnd,
      publishedOn,
    ]),
  );
  return [...idOfTriple.values()];
}

/** After a replacement: relations left without evidence and candidates left without mentions go (the counts are up to date). */
async function removeOrphans(tx: Tx): Promise<void> {
  await tx.$executeRaw`DELETE FROM "PlaceRelation" WHERE "evidenceCount" = 0`;
  await tx.$executeRaw`DELETE FROM "Entity" WHERE "known" = 0 AND "mentionCount" = 0`;
}

/**
 * A relation's status is the one its most recently published evidence states: read down the
 * (relationId, publishedOn DESC, id DESC) index to the first evidence that states one.
 */
async function refreshRelationStatuses(tx: Tx, relationIds: number[]): Promise<void> {
  if (relationIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE PlaceRelation SET status = (
      SELECT e.status FROM RelationEvidence e
      WHERE e.relationId = PlaceRelation.id AND e.status IS NOT NULL
      ORDER BY e.publishedOn DESC, e.id DESC LIMIT 1
    )
    WHERE id IN (${Prisma.join(relationIds)})`;
}

/** The least L with [start, end] (`YYYY-MM-DD`, inclusive) covering at most 2^L days; see Event.spanLevel. */
export function spanLevel(start: string, end: string): number {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  return days <= 1 ? 0 : Math.ceil(Math.log2(days));
}
