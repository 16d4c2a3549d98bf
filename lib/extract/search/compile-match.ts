/**
 * An FTS5 MATCH expression built from resolved query terms. Only this module writes MATCH
 * syntax: every token is one of our normalised words (letters, marks, digits, inner hyphens and
 * apostrophes) inside double quotes; everything outside quotes is our own operators and column
 * names. The user's text never reaches the expression as written.
 */

/** The index's columns (see the migration that creates ArticleSearch). */
export const SEARCH_COLUMNS = ['title', 'body', 'titleLemmas', 'bodyLemmas', 'entities', 'meta'] as const;

const TEXT_COLUMNS = '{title body titleLemmas bodyLemmas}';
const FORM_COLUMNS = '{title body}';
const ENTITY_COLUMN = '{entities}';
const META_COLUMN = '{meta}';

/** The meta token every article carries: what an empty query matches. */
export const EVERY_ARTICLE_TOKEN = 'article';

export type ResolvedTerm =
  /** Any of `tokens` (a word and its lemmas) in the text, or a mention of one of the entities. */
  | { kind: 'word'; tokens: readonly string[]; entityTokens: readonly string[] }
  | { kind: 'prefix'; prefix: string }
  /**
   * Adjacent word forms: every part matches with one of its variants (one part for a short
   * phrase; overlapping pairs of words for a long one), or a mention of an entity the phrase names.
   */
  | { kind: 'phrase'; parts: readonly (readonly (readonly string[])[])[]; entityTokens: readonly string[] };

export interface MatchPlan {
  groups: readonly (readonly ResolvedTerm[])[];
  excluded: readonly ResolvedTerm[];
  /** Entities the whole query names ("Kassym-Jomart Tokayev"): their mentions match it too. */
  queryEntityTokens: readonly string[];
  /** Required meta tokens (language, source) and entity tokens (the entity filter). */
  requiredMeta: readonly string[];
  requiredEntities: readonly string[];
}

/** Characters a token of the index may hold; anything else is dropped, never passed on. */
const UNSAFE = /[^\p{L}\p{M}\p{N}'\- ]/gu;

export function quoteToken(token: string): string {
  return `"${token.replace(UNSAFE, '')}"`;
}

function anyOf(tokens: readonly string[]): string {
  return `(${tokens.map(quoteToken).join(' OR ')})`;
}

function termExpression(term: ResolvedTerm): string {
  switch (term.kind) {
    case 'word': {
      const text = `${TEXT_COLUMNS} : ${anyOf(term.tokens)}`;
      return term.entityTokens.length > 0 ? `${text} OR ${ENTITY_COLUMN} : ${anyOf(term.entityTokens)}` : text;
    }
    case 'prefix':
      return `${TEXT_COLUMNS} : ${quoteToken(term.prefix)} *`;
    case 'phrase': {
      const parts = term.parts.map((variants) => `${FORM_COLUMNS} : (${variants.map((words) => quoteToken(words.join(' '))).join(' OR ')})`);
      const text = parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
      return term.entityTokens.length > 0 ? `${text} OR ${ENTITY_COLUMN} : ${anyOf(term.entityTokens)}` : text;
    }
  }
}

function anyTerm(terms: readonly ResolvedTerm[]): string {
  return `(${terms.map((term) => `(${termExpression(term)})`).join(' OR ')})`;
}

/** The MATCH expression of a plan; a plan without required terms matches every article (then filters, exclusions). */
export function compileMatch(plan: MatchPlan): string {
  const groups = plan.groups.filter((group) => group.length > 0);
  let expression =
    groups.length > 0 ? groups.map(anyTerm).join(' AND ') : `${META_COLUMN} : ${quoteToken(EVERY_ARTICLE_TOKEN)}`;
  if (groups.length > 0 && plan.queryEntityTokens.length > 0) {
    expression = `(${expression}) OR ${ENTITY_COLUMN} : ${anyOf(plan.queryEntityTokens)}`;
  }
  const required = [
    ...plan.requiredMeta.map((token) => `${META_COLUMN} : ${quoteToken(token)}`),
    ...plan.requiredEntities.map((token) => `${ENTITY_COLUMN} : ${quoteToken(token)}`),
  ];
  if (required.length > 0) expression = `(${expression}) AND ${required.join(' AND ')}`;
  if (plan.excluded.length > 0) expression = `(${expression}) NOT ${anyTerm(plan.excluded)}`;
  return expression;
}
