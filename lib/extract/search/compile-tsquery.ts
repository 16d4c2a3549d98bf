import { EVERY_ARTICLE_TOKEN, type MatchPlan, type ResolvedTerm } from './compile-match';

/**
 * A PostgreSQL tsquery built from resolved query terms: the twin of compile-match.ts for the
 * tsvector index (lib/database/postgres/full-text.ts). Every token is one of our normalised
 * words inside single quotes; everything else is our own operators and weights. The index holds
 * title forms as weight A and body forms as B, so a phrase (adjacent words) is sought there only.
 */

const FORM_WEIGHTS = ':AB';

/** Characters a token of the index may hold; anything else is dropped, never passed on. */
const UNSAFE = /[^\p{L}\p{M}\p{N}'\-_]/gu;

export function tsqueryLexeme(token: string): string {
  return `'${token.replace(UNSAFE, '').replace(/'/g, "''")}'`;
}

function anyOf(tokens: readonly string[]): string {
  return `(${tokens.map(tsqueryLexeme).join(' | ')})`;
}

function phraseOf(words: readonly string[]): string {
  return `(${words.map((word) => `${tsqueryLexeme(word)}${FORM_WEIGHTS}`).join(' <-> ')})`;
}

function termExpression(term: ResolvedTerm): string {
  switch (term.kind) {
    case 'word':
      return anyOf([...term.tokens, ...term.entityTokens]);
    case 'prefix':
      return `${tsqueryLexeme(term.prefix)}:*`;
    case 'phrase': {
      const parts = term.parts.map((variants) => `(${variants.map(phraseOf).join(' | ')})`);
      const text = parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`;
      return term.entityTokens.length > 0 ? `(${text} | ${anyOf(term.entityTokens)})` : text;
    }
  }
}

function anyTerm(terms: readonly ResolvedTerm[]): string {
  return `(${terms.map(termExpression).join(' | ')})`;
}

/** The tsquery of a plan; a plan without required terms matches every article (then filters, exclusions). */
export function compileTsquery(plan: MatchPlan): string {
  const groups = plan.groups.filter((group) => group.length > 0);
  let expression = groups.length > 0 ? groups.map(anyTerm).join(' & ') : tsqueryLexeme(EVERY_ARTICLE_TOKEN);
  if (groups.length > 0 && plan.queryEntityTokens.length > 0) expression = `((${expression}) | ${anyOf(plan.queryEntityTokens)})`;
  const required = [...plan.requiredMeta, ...plan.requiredEntities].map(tsqueryLexeme);
  if (required.length > 0) expression = `(${expression}) & ${required.join(' & ')}`;
  if (plan.excluded.length > 0) expression = `(${expression}) & !${anyTerm(plan.excluded)}`;
  return expression;
}
