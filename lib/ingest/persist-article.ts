import type { DocumentExtraction } from '@/lib/extract/extract-document';
import type { SearchDocument } from '@/lib/extract/search/search-document';
import type { EntityRef, ExtractedEvent } from '@/lib/extract/types';
import { valueBounds } from '@/lib/extract/temporal';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Database, DatabaseTransaction } from '@/lib/db';
import { addArticleAggregates, subtractArticleAggregates } from './aggregates';
import { insertRows } from './insert-rows';
import { indexArticles, searchDocumentOfExtraction } from './search-index';
import { matchWindow } from './stories/same-happening';
import { updateStories } from './stories/store-stories';

type Tx = DatabaseTransaction;

export interface ArticleIdentity {
  sourcePath: string;
  slug: string;
  contentHash: string;
  sourceName: string;
  /** The original story's address (http or https), when known. */
  originalUrl?: string | null;
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
  db: Database,
  identity: ArticleIdentity,
  extraction: DocumentExtraction,
): Promise<'created' | 'replaced'> {
  const [outcome] = await persistArticles(db, [{ identity, extraction }]);
  if (!outcome) throw new Error('no outcome for the article');
  return outcome;
}

/**
 * Writes several articles in one transaction: all of them or, on any failure, none (the caller
 * can then store them one by one to find the bad one). Each table gets one INSERT for the whole
 * batch, through raw SQL with the rows as one JSON value (`insertRows`): a Prisma model call costs a
 * query plan per call (and per row count for createMany), which made storing 20 times slower than
 * extracting. Stories are kept in the same transaction. Outcomes are in input order.
 */
export async function persistArticles(db: Database, articles: readonly ArticleToStore[]): Promise<('created' | 'replaced')[]> {
  if (articles.length === 0) return [];
  return db.$transaction(
    async (tx) => {
      const previous = await withdrawArticles(tx, articles.map((a) => a.identity.sourcePath));

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
        ['articleId', 'entityId', 'inTitle', 'start', 'end', 'text'],
        stored.flatMap(({ id, extraction }) => [
          ...extraction.mentions.map((m) => [id, idOf(m.entity.key), 0, m.start, m.end, m.text]),
          ...extraction.titleMentions.map((m) => [id, idOf(m.entity.key), 1, m.start, m.end, m.text]),
        ]),
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
      const touchedRelations = new Set([...previous.relationIds, ...(await insertRelations(tx, stored, idOf))]);
      await addArticleAggregates(tx, articleIds);
      await updateStories(tx, { seedArticleIds: articleIds, staleStoryIds: previous.storyIds });

      if (previous.articleIds.size > 0) await removeOrphans(tx);
      await refreshRelationStatuses(tx, [...touchedRelations]);
      return articles.map(({ identity }) => (previous.articleIds.has(identity.sourcePath) ? 'replaced' : 'created'));
    },
    { timeout: 60_000 },
  );
}

/**
 * Deletes the articles read from these files and everything derived from them, in one
 * transaction: their counts leave the aggregates, their stories shrink or split, relations and
 * candidates left without evidence go. Returns the source paths that had an article.
 */
export async function removeArticles(db: Database, sourcePaths: readonly string[]): Promise<string[]> {
  if (sourcePaths.length === 0) return [];
  return db.$transaction(
    async (tx) => {
      const previous = await withdrawArticles(tx, sourcePaths);
      await updateStories(tx, { seedArticleIds: [], staleStoryIds: previous.storyIds });
      if (previous.articleIds.size > 0) await removeOrphans(tx);
      await refreshRelationStatuses(tx, previous.relationIds);
      return [...previous.articleIds.keys()];
    },
    { timeout: 60_000 },
  );
}

interface WithdrawnArticles {
  /** Article id by source path. */
  articleIds: Map<string, number>;
  /** Relations their evidence supported and stories their events belonged to: to refresh. */
  relationIds: number[];
  storyIds: number[];
}

/** Takes out what is stored for these files: their counts from the aggregates, then their rows. */
async function withdrawArticles(tx: Tx, sourcePaths: readonly string[]): Promise<WithdrawnArticles> {
  const found = await tx.$queryRaw<{ id: number; sourcePath: string }[]>`
    SELECT "id", "sourcePath" FROM "Article" WHERE "sourcePath" IN (${Prisma.join(sourcePaths)})`;
  if (found.length === 0) return { articleIds: new Map(), relationIds: [], storyIds: [] };
  const articleIds = found.map((f) => f.id);
  const evidence = await tx.$queryRaw<{ relationId: number }[]>`
    SELECT DISTINCT "relationId" FROM "RelationEvidence" WHERE "articleId" IN (${Prisma.join(articleIds)})`;
  const stories = await tx.$queryRaw<{ storyId: number }[]>`
    SELECT DISTINCT "storyId" FROM "Event" WHERE "articleId" IN (${Prisma.join(articleIds)}) AND "storyId" IS NOT NULL`;
  await subtractArticleAggregates(tx, articleIds);
  await tx.article.deleteMany({ where: { id: { in: articleIds } } });
  return {
    articleIds: new Map(found.map((f) => [f.sourcePath, f.id])),
    relationIds: evidence.map((e) => e.relationId),
    storyIds: stories.map((s) => s.storyId),
  };
}

/** Inserts the article rows; returns their ids in input order. */
async function insertArticles(tx: Tx, articles: readonly ArticleToStore[]): Promise<number[]> {
  const sourceIds = await sourceIdsOf(tx, articles.map((a) => a.identity.sourceName));
  const slugs = await freeSlugs(tx, articles.map((a) => a.identity.slug));
  const ingestedAt = prismaTimestamp(new Date());
  const rows = articles.map(({ identity, extraction: { article: doc } }, index) => {
    const values = [slugs[index] ?? null, identity.sourcePath, identity.contentHash, doc.title, doc.publishedAt, doc.language];
    const stored = [doc.credit, doc.body, ingestedAt, sourceIds.get(identity.sourceName) ?? null, identity.originalUrl ?? null];
    return Prisma.sql`(${Prisma.join([...values, ...stored])})`;
  });
  const created = await tx.$queryRaw<{ id: number; sourcePath: string }[]>`
    INSERT INTO "Article" ("slug", "sourcePath", "contentHash", "title", "publishedOn", "language", "credit", "body", "ingestedAt", "sourceId", "originalUrl")
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
    const ofArticle = new Map([...extraction.titleMentions, ...extraction.mentions].map((mention) => [mention.entity.key, mention.entity]));
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
 * Events in one INSERT, then their roles in another. The articles are new in this transaction, so
 * their events read back in id order are the rows just inserted, in insertion order.
 */
async function insertEvents(tx: Tx, articles: readonly StoredArticle[], idOf: (key: string) => number): Promise<void> {
  const events = articles.flatMap(({ id, extraction }) =>
    extraction.events.map((event) => {
      const bounds = event.value ? valueBounds(event.value) : null;
      const dates = { startsOn: bounds?.start ?? null, endsOn: bounds?.end ?? null, publishedOn: extraction.article.publishedAt };
      return { articleId: id, event, dates, window: matchWindow(dates) };
    }),
  );
  if (events.length === 0) return;
  await insertRows(
    tx,
    'Event',
    ['articleId', 'type', 'value', 'status', 'first', 'evidence', 'evidenceIn', 'evidenceStart', 'evidenceEnd', 'startsOn', 'endsOn', 'matchFrom', 'matchTo'],
    events.map(({ articleId, event, dates, window }) => [
      ...[articleId, event.type, event.value, event.status, event.first ? 1 : 0, event.evidence, event.evidenceIn],
      ...[event.evidenceStart, event.evidenceEnd, dates.startsOn, dates.endsOn, window.from, window.to],
    ]),
  );
  const stored = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Event" WHERE "articleId" IN (${Prisma.join(articles.map((a) => a.id))}) ORDER BY "id"`;
  if (stored.length !== events.length) throw new Error(`expected ${events.length} events, found ${stored.length}`);
  await insertRows(
    tx,
    'EventEntity',
    ['eventId', 'entityId', 'role', 'position', 'type', 'matchFrom', 'matchTo'],
    events.flatMap(({ event, window }, index) =>
      roleRowsOf(event).map(({ key, role, position }) => [stored[index]?.id ?? null, idOf(key), role, position, event.type, window.from, window.to]),
    ),
  );
}

/** What EventEntity.role holds. */
export type EventRole = 'actor' | 'place' | 'object' | 'routeFrom' | 'routeTo' | 'carrier' | 'other';

/**
 * An event's entities by role, each (entity, role) once at its first position; entities the event
 * lists outside its roles are kept as `other`, so every entity of the event is stored.
 */
export function roleRowsOf(event: ExtractedEvent): { key: string; role: EventRole; position: number }[] {
  const { actors, places, object, route, carrier } = event.roles;
  const listed: [EventRole, readonly string[]][] = [
    ['actor', actors],
    ['place', places],
    ['object', object ? [object] : []],
    ['routeFrom', route ? [route.from] : []],
    ['routeTo', route ? [route.to] : []],
    ['carrier', carrier ? [carrier] : []],
  ];
  const rows: { key: string; role: EventRole; position: number }[] = [];
  const keysOfRole = new Map<EventRole, Set<string>>();
  const add = (key: string, role: EventRole) => {
    const keys = keysOfRole.get(role) ?? new Set<string>();
    keysOfRole.set(role, keys);
    if (keys.has(key)) return;
    rows.push({ key, role, position: keys.size });
    keys.add(key);
  };
  for (const [role, keys] of listed) for (const key of keys) add(key, role);
  const inRoles = new Set(rows.map((row) => row.key));
  for (const key of event.entities) if (!inRoles.has(key)) add(key, 'other');
  return rows;
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
    ['relationId', 'articleId', 'status', 'sentence', 'evidenceIn', 'start', 'end', 'publishedOn'],
    relations.map(({ articleId, publishedOn, relation }) => [
      relationIdOf(relation),
      articleId,
      relation.status,
      relation.evidence,
      relation.evidenceIn,
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
