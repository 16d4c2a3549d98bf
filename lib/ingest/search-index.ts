import { setImmediate } from 'node:timers/promises';
import type { DocumentExtraction } from '@/lib/extract/extract-document';
import { entityToken, metaTokens } from '@/lib/extract/search/index-tokens';
import { searchDocumentOf, type SearchDocument } from '@/lib/extract/search/search-document';
import { searchKey } from '@/lib/extract/search/search-key';
import type { Database, DatabaseTransaction } from '@/lib/db';
import { fullTextOf, type ArticleSearchEntry } from '@/lib/database/full-text';

type Tx = DatabaseTransaction;

/**
 * The one writer of the full-text index (through lib/database/full-text.ts) and of the
 * search lexicon. Ingestion indexes each article in the transaction that stores it;
 * `rebuildSearchIndex` indexes a whole database again (after the migration that created the
 * index, or when the way text is read for search changes).
 */

/** What the index holds of an extracted article's text (computed on the extraction worker when there is one). */
export function searchDocumentOfExtraction({ article }: DocumentExtraction): SearchDocument {
  return searchDocumentOf(article.title, article.body, article.language);
}

export interface ArticleToIndex {
  id: number;
  document: SearchDocument;
}

/** SQLite allows 32,766 bound parameters per statement; 7 per index row, 2 per lexicon row. */
const INDEX_ROWS_PER_STATEMENT = 500;
const LEXICON_ROWS_PER_STATEMENT = 4_000;

/**
 * Adds the articles to the index (their rows must not be there yet) and their word forms to the
 * lexicon. Publication date, language and source are read from the stored articles and the
 * entities from their stored mentions, so a rebuild indexes exactly what ingestion indexed.
 */
export async function indexArticles(tx: Tx, articles: readonly ArticleToIndex[]): Promise<void> {
  if (articles.length === 0) return;
  const ids = articles.map((article) => article.id);
  const stored = await tx.$kysely.selectFrom('Article').select(['id', 'publishedOn', 'language', 'sourceId']).where('id', 'in', ids).execute();
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const mentions = await tx.$kysely
    .selectFrom('Mention')
    .select(['articleId', 'entityId'])
    .where('articleId', 'in', ids)
    .orderBy('articleId')
    .orderBy('start')
    .execute();
  const entityTokens = new Map<number, string[]>();
  for (const { articleId, entityId } of mentions) {
    const tokens = entityTokens.get(articleId) ?? [];
    tokens.push(entityToken(entityId));
    entityTokens.set(articleId, tokens);
  }

  const rows = articles.map(({ id, document }): ArticleSearchEntry => {
    const article = storedById.get(id);
    if (!article) throw new Error(`article ${id} is not stored: it cannot be indexed`);
    return {
      key: searchKey(article.publishedOn, id),
      articleId: id,
      title: document.title,
      body: document.body,
      titleLemmas: document.titleLemmas,
      bodyLemmas: document.bodyLemmas,
      entities: (entityTokens.get(id) ?? []).join(' '),
      meta: metaTokens(article.language, article.sourceId).join(' '),
    };
  });
  for (let from = 0; from < rows.length; from += INDEX_ROWS_PER_STATEMENT) {
    await fullTextOf(tx.$kysely).writeArticleSearchRows(tx.$kysely, rows.slice(from, from + INDEX_ROWS_PER_STATEMENT));
  }
  await addToLexicon(tx, articles.map((article) => article.document));
}

async function addToLexicon(tx: Tx, documents: readonly SearchDocument[]): Promise<void> {
  const pairs = new Map<string, [string, string]>();
  for (const { lexicon } of documents) for (const [lemma, form] of lexicon) pairs.set(`${lemma}\u0000${form}`, [lemma, form]);
  const rows = [...pairs.values()].map(([lemma, form]) => ({ lemma, form }));
  for (let from = 0; from < rows.length; from += LEXICON_ROWS_PER_STATEMENT) {
    await tx.$kysely
      .insertInto('SearchLexicon')
      .values(rows.slice(from, from + LEXICON_ROWS_PER_STATEMENT))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  }
}

/** Articles stored and articles indexed: equal when the index is complete. */
export async function indexCoverage(db: Database): Promise<{ articles: number; indexed: number }> {
  const articles = await db.$kysely
    .selectFrom('Article')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return { articles: Number(articles?.n ?? 0), indexed: await fullTextOf(db.$kysely).countArticleSearchRows(db.$kysely) };
}

/** Articles read, indexed and committed together by a rebuild. */
const REBUILD_BATCH = 500;

/**
 * Empties the index and the lexicon and indexes every stored article again, a batch per
 * transaction; then merges the index's segments. Readers meanwhile see a partial index.
 */
export async function rebuildSearchIndex(db: Database, onProgress?: (done: number, total: number) => void): Promise<{ articles: number }> {
  const { articles: total } = await indexCoverage(db);
  await db.$transaction(async (tx) => {
    await fullTextOf(tx.$kysely).deleteAllArticleSearchRows(tx.$kysely);
    await tx.$kysely.deleteFrom('SearchLexicon').execute();
  });
  let done = 0;
  let after = 0;
  for (;;) {
    const batch = await db.$kysely
      .selectFrom('Article')
      .select(['id', 'title', 'body', 'language'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(REBUILD_BATCH)
      .execute();
    if (batch.length === 0) break;
    const documents = batch.map(({ id, title, body, language }) => ({ id, document: searchDocumentOf(title, body, language) }));
    await db.$transaction((tx) => indexArticles(tx, documents), { timeout: 120_000 });
    after = batch.at(-1)!.id;
    done += batch.length;
    onProgress?.(done, total);
    // The database calls resolve without a turn of the event loop: give timers (a progress bar) one.
    await setImmediate();
  }
  await fullTextOf(db.$kysely).optimizeArticleSearch(db.$kysely);
  return { articles: done };
}
