import type { DocumentExtraction } from '@/lib/extract/extract-document';
import type { SearchDocument } from '@/lib/extract/search/search-document';
import type { EntityRef, ExtractedEvent } from '@/lib/extract/types';
import { valueBounds } from '@/lib/extract/temporal';
import type { Database, DatabaseTransaction } from '@/lib/db';
import type { SqlBool } from 'kysely';
import type { RelationType } from '@/lib/domain/vocabulary';
import { dialectOf } from '@/lib/database/dialect';
import { rowInValues } from '@/lib/database/values-list';
import { addArticleAggregates, subtractArticleAggregates } from './aggregates';
import { insertMany, statementBatches } from './insert-rows';
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
 * can then store them one by one to find the bad one). Each table gets one multi-row INSERT for
 * the whole batch (`insertMany`): a Prisma model call costs a query plan per call (and per row
 * count for createMany), which made storing 20 times slower than extracting. Stories are kept in
 * the same transaction. Outcomes are in input order.
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

      await insertMany(tx, 'Mention', stored.flatMap(({ id, extraction }) => [
        ...extraction.mentions.map((m) => ({ articleId: id, entityId: idOf(m.entity.key), inTitle: false, start: m.start, end: m.end, text: m.text })),
        ...extraction.titleMentions.map((m) => ({ articleId: id, entityId: idOf(m.entity.key), inTitle: true, start: m.start, end: m.end, text: m.text })),
      ]));
      await insertEntityArticles(tx, articleIds);
      await indexArticles(
        tx,
        stored.map(({ id, extraction, searchDocument }) => ({ id, document: searchDocument ?? searchDocumentOfExtraction(extraction) })),
      );
      await insertMany(
        tx,
        'TemporalExpression',
        stored.flatMap(({ id, extraction }) => extraction.temporal.map((t) => ({ articleId: id, start: t.start, end: t.end, text: t.text, value: t.value }))),
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
  const found = await tx.$kysely.selectFrom('Article').select(['id', 'sourcePath']).where('sourcePath', 'in', sourcePaths).execute();
  if (found.length === 0) return { articleIds: new Map(), relationIds: [], storyIds: [] };
  const articleIds = found.map((f) => f.id);
  const evidence = await tx.$kysely.selectFrom('RelationEvidence').select('relationId').distinct().where('articleId', 'in', articleIds).execute();
  const stories = await tx.$kysely
    .selectFrom('Event')
    .select('storyId')
    .distinct()
    .where('articleId', 'in', articleIds)
    .where('storyId', 'is not', null)
    .$narrowType<{ storyId: number }>()
    .execute();
  await subtractArticleAggregates(tx, articleIds);
  // The migrations' triggers take each article's full-text index row with it.
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
  const rows = articles.map(({ identity, extraction: { article: doc } }, index) => ({
    slug: slugs[index] as string,
    sourcePath: identity.sourcePath,
    contentHash: identity.contentHash,
    title: doc.title,
    publishedOn: doc.publishedAt,
    language: doc.language,
    credit: doc.credit,
    body: doc.body,
    ingestedAt,
    sourceId: sourceIds.get(identity.sourceName) ?? null,
    originalUrl: identity.originalUrl ?? null,
  }));
  const created = (
    await Promise.all(statementBatches(rows).map((batch) => tx.$kysely.insertInto('Article').values(batch).returning(['id', 'sourcePath']).execute()))
  ).flat();
  const idOfPath = new Map(created.map((row) => [row.sourcePath, row.id]));
  return articles.map(({ identity }) => {
    const id = idOfPath.get(identity.sourcePath);
    if (id === undefined) throw new Error(`article ${identity.sourcePath} was not created`);
    return id;
  });
}

async function sourceIdsOf(tx: Tx, names: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  const found = await tx.$kysely.selectFrom('Source').select(['id', 'name']).where('name', 'in', unique).execute();
  const ids = new Map(found.map((s) => [s.name, s.id]));
  const missing = unique.filter((name) => !ids.has(name));
  if (missing.length > 0) {
    const created = await tx.$kysely
      .insertInto('Source')
      .values(missing.map((name) => ({ name })))
      .returning(['id', 'name'])
      .execute();
    for (const source of created) ids.set(source.name, source.id);
  }
  return ids;
}

/** The wanted slug, or the first of `-2`, `-3`, … that neither the database nor an earlier article of the batch holds. */
async function freeSlugs(tx: Tx, wanted: readonly string[]): Promise<string[]> {
  const taken = new Set(
    (await tx.$kysely.selectFrom('Article').select('slug').where('slug', 'in', [...new Set(wanted)]).execute()).map((row) => row.slug),
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
  const rows = await tx.$kysely.selectFrom('Article').select('id').where('slug', '=', slug).execute();
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
  const existing = await tx.$kysely.selectFrom('Entity').select(['id', 'key']).where('key', 'in', [...refs.keys()]).execute();
  const ids = new Map(existing.map((e) => [e.key, e.id]));
  const missing = [...refs.values()].filter((ref) => !ids.has(ref.key));
  const missingKnown = missing.find((ref) => ref.known);
  if (missingKnown) throw new Error(`gazetteer entity "${missingKnown.key}" is missing from the database`);
  if (missing.length > 0) {
    const rows = missing.map((ref) => ({ key: ref.key, type: ref.type, known: false, nameKk: ref.names.kk, nameRu: ref.names.ru, nameEn: ref.names.en }));
    for (const batch of statementBatches(rows)) {
      const created = await tx.$kysely.insertInto('Entity').values(batch).returning(['id', 'key']).execute();
      for (const entity of created) ids.set(entity.key, entity.id);
    }
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
  await insertMany(
    tx,
    'Event',
    events.map(({ articleId, event, dates, window }) => ({
      articleId,
      type: event.type,
      value: event.value,
      status: event.status,
      first: event.first,
      evidence: event.evidence,
      evidenceIn: event.evidenceIn,
      evidenceStart: event.evidenceStart,
      evidenceEnd: event.evidenceEnd,
      startsOn: dates.startsOn,
      endsOn: dates.endsOn,
      matchFrom: window.from,
      matchTo: window.to,
    })),
  );
  const stored = await tx.$kysely
    .selectFrom('Event')
    .select('id')
    .where('articleId', 'in', articles.map((a) => a.id))
    .orderBy('id')
    .execute();
  if (stored.length !== events.length) throw new Error(`expected ${events.length} events, found ${stored.length}`);
  await insertMany(
    tx,
    'EventEntity',
    events.flatMap(({ event, window }, index) =>
      roleRowsOf(event).map(({ key, role, position }) => ({
        eventId: eventIdAt(stored, index),
        entityId: idOf(key),
        role,
        position,
        type: event.type,
        matchFrom: window.from,
        matchTo: window.to,
      })),
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
  const triples = new Map<string, readonly [number, number, RelationType]>();
  for (const { relation } of relations) {
    const triple = [idOf(relation.a), idOf(relation.b), relation.type] as const;
    triples.set(tripleKey(...triple), triple);
  }
  await tx.$kysely
    .insertInto('PlaceRelation')
    .values([...triples.values()].map(([aId, bId, type]) => ({ aId, bId, type })))
    .onConflict((oc) => oc.columns(['aId', 'bId', 'type']).doNothing())
    .execute();
  const stored = await tx.$kysely
    .selectFrom('PlaceRelation')
    .select(['id', 'aId', 'bId', 'type'])
    .where((eb) => rowInValues(dialectOf(tx.$kysely), eb.refTuple('aId', 'bId', 'type'), [...triples.values()], ['integer', 'integer', { enum: 'RelationType' }]))
    .execute();
  const idOfTriple = new Map(stored.map((r) => [tripleKey(r.aId, r.bId, r.type), r.id]));
  const relationIdOf = ({ a, b, type }: { a: string; b: string; type: string }) => {
    const id = idOfTriple.get(tripleKey(idOf(a), idOf(b), type));
    if (id === undefined) throw new Error(`relation ${a}-${b} ${type} was not stored`);
    return id;
  };
  await insertMany(
    tx,
    'RelationEvidence',
    relations.map(({ articleId, publishedOn, relation }) => ({
      relationId: relationIdOf(relation),
      articleId,
      status: relation.status,
      sentence: relation.evidence,
      evidenceIn: relation.evidenceIn,
      start: relation.evidenceStart,
      end: relation.evidenceEnd,
      publishedOn,
    })),
  );
  return [...idOfTriple.values()];
}

/** Each entity the articles mention, once per article, with the article's date: copied from the mentions just stored. */
async function insertEntityArticles(tx: Tx, articleIds: readonly number[]): Promise<void> {
  const k = tx.$kysely;
  await k
    .insertInto('EntityArticle')
    .columns(['entityId', 'articleId', 'publishedOn'])
    .expression(
      k
        .selectFrom('Mention as m')
        .innerJoin('Article as a', 'a.id', 'm.articleId')
        .select(['m.entityId', 'm.articleId', 'a.publishedOn'])
        .distinct()
        .where('m.articleId', 'in', articleIds),
    )
    .execute();
}

/** After a replacement: relations left without evidence and candidates left without mentions go (the counts are up to date). */
async function removeOrphans(tx: Tx): Promise<void> {
  await tx.$kysely.deleteFrom('PlaceRelation').where('evidenceCount', '=', 0).execute();
  await tx.$kysely.deleteFrom('Entity').where((eb) => eb.not(eb.ref('known').$castTo<SqlBool>())).where('mentionCount', '=', 0).execute();
}

/**
 * A relation's status is the one its most recently published evidence states: read down the
 * (relationId, publishedOn DESC, id DESC) index to the first evidence that states one.
 */
async function refreshRelationStatuses(tx: Tx, relationIds: number[]): Promise<void> {
  if (relationIds.length === 0) return;
  await tx.$kysely
    .updateTable('PlaceRelation')
    .set((eb) => ({
      status: eb
        .selectFrom('RelationEvidence as e')
        .select('e.status')
        .whereRef('e.relationId', '=', 'PlaceRelation.id')
        .where('e.status', 'is not', null)
        .orderBy('e.publishedOn', 'desc')
        .orderBy('e.id', 'desc')
        .limit(1),
    }))
    .where('id', 'in', relationIds)
    .execute();
}

function eventIdAt(stored: readonly { id: number }[], index: number): number {
  const row = stored[index];
  if (!row) throw new Error(`event ${index} was not stored`);
  return row.id;
}
