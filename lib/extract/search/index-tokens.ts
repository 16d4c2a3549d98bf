import { EVERY_ARTICLE_TOKEN } from './compile-match';

/**
 * Tokens of the index's `entities` and `meta` columns, written at ingestion and matched by the
 * filters. They begin with "_", which no word holds, so no word of a text or a query meets them.
 * Entity and source ids rather than names: names change, ids do not.
 */

/** One per mention of the entity, so an entity named often weighs more in ranking. */
export function entityToken(entityId: number): string {
  return `_e${entityId}`;
}

export function sourceToken(sourceId: number): string {
  return `_s${sourceId}`;
}

export function languageToken(language: string): string {
  return `_${language}`;
}

/** Every article, its language, its source. */
export function metaTokens(language: string, sourceId: number | null): string[] {
  return [EVERY_ARTICLE_TOKEN, languageToken(language), ...(sourceId === null ? [] : [sourceToken(sourceId)])];
}

/**
 * Two forms side by side in the title or the body (PostgreSQL's index only): a phrase's matches
 * hold each pair of its words, so the GIN index finds the few articles holding the pairs before
 * positions are checked. Words hold no "_", so a pair token is never a word or another pair.
 */
export function pairToken(first: string, second: string): string {
  return `${first}_${second}`;
}

/** Held by an article too long for all its pairs to be indexed: a phrase is then checked by positions alone. */
export const PAIRS_INCOMPLETE_TOKEN = '_pairs';
