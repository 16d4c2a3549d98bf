/**
 * An FTS5 MATCH expression built from resolved query terms. Only this module writes MATCH
 * syntax: every token is one of our normalised words (letters, marks, digits, inner hyphens and
 * apostrophes) inside double quotes; everything outside quotes is our own operators and column
 * names. The user's text never reaches the expression as written.
 */

/**
 * Phrases are matched on the columns that hold one token per word; lemmas are several per word,
 * so adjacent lemmas are not adjacent words. Everything else needs no column filter (which costs
 * a read of every candidate's positions): entity and meta tokens begin with "_", which no word
 * holds, so a word never meets them.
 */
const FORM_COLUMNS = '{title body}';

/** The meta token every article carries: what an empty query matches. */
export const EVERY_ARTICLE_TOKEN = '_article';

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

/** Characters a token of the index may hold (words never hold "_"); anything else is dropped, never passed on. */
const UNSAFE = /[^\p{L}\p{M}\p{N}'\-_ ]/gu;

export function quoteToken(token: string): string {
  return `"${token.replace(UNSAFE, '')}"`;
}

function anyOf(tokens: readonly string[]): string {
  return `(${tokens.map(quoteToken).join(' OR ')})`;
}

function termExpression(term: ResolvedTerm): string {
  switch (term.kind) {
    case 'word':
      return anyOf([...term.tokens, ...term.entityTokens]);
    case 'prefix':
      return `${quoteToken(term.prefix)} *`;
    case 'phrase': {
      const parts = term.parts.map((variants) => `${FORM_COLUMNS} : (${variants.map((words) => quoteToken(words.join(' '))).join(' OR ')})`);
      const text = parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
      return term.entityTokens.length > 0 ? `${text} OR ${anyOf(term.entityTokens)}` : text;
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
    groups.length > 0 ? groups.map(anyTerm).join(' AND ') : quoteToken(EVERY_ARTICLE_TOKEN);
  if (groups.length > 0 && plan.queryEntityTokens.length > 0) {
    expression = `(${expression}) OR ${anyOf(plan.queryEntityTokens)}`;
  }
  const required = [...plan.requiredMeta, ...plan.requiredEntities].map(quoteToken);
  if (required.length > 0) expression = `(${expression}) AND ${required.join(' AND ')}`;
  if (plan.excluded.length > 0) expression = `(${expression}) NOT ${anyTerm(plan.excluded)}`;
  return expression;
}
