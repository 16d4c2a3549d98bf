import { EVERY_ARTICLE_TOKEN } from './compile-match';

/**
 * Tokens of the index's `entities` and `meta` columns, written at ingestion and matched by the
 * filters. Entity and source ids rather than names: names change, ids do not.
 */

/** One per mention of the entity, so an entity named often weighs more in ranking. */
export function entityToken(entityId: number): string {
  return `e${entityId}`;
}

export function sourceToken(sourceId: number): string {
  return `s${sourceId}`;
}

/** Every article, its language, its source. */
export function metaTokens(language: string, sourceId: number | null): string[] {
  return [EVERY_ARTICLE_TOKEN, language, ...(sourceId === null ? [] : [sourceToken(sourceId)])];
}
