import { EVERY_ARTICLE_TOKEN, type MatchPlan, type ResolvedTerm } from './compile-match';
import { PAIRS_INCOMPLETE_TOKEN, pairToken } from './index-tokens';

/**
 * A PostgreSQL tsquery built from resolved query terms: the twin of compile-match.ts for the
 * tsvector index (lib/database/postgres/full-text.ts). Every token is one of our normalised
 * words inside single quotes; everything else is our own operators and weights. The index holds
 * title forms as weight A and body forms as B, so a phrase (adjacent words) is sought there only.
 *
 * To find matches, a phrase asks for the pair tokens of its adjacent words (index-tokens.ts),
 * which every match holds. Two words are a match exactly when the article holds their pair, which
 * the GIN index answers alone; longer phrases have their positions checked in the articles
 * holding all their pairs. An article too long to hold every pair has positions checked. To rank,
 * the pairs are left out, so the scores are those of the words alone.
 */

/** A tsquery to find the matches with (pairs included), or to rank them by. */
export type TsqueryUse = 'match' | 'rank';

const FORM_WEIGHTS = ':AB';

/** Characters a token of the index may hold; anything else is dropped, never passed on. */
const UNSAFE = /[^\p{L}\p{M}\p{N}'\-_]/gu;

export function tsqueryLexeme(token: string): string {
  return `'${token.replace(UNSAFE, '').replace(/'/g, "''")}'`;
}

function anyOf(tokens: readonly string[]): string {
  return `(${tokens.map(tsqueryLexeme).join(' | ')})`;
}

function phraseOf(words: readonly string[], use: TsqueryUse): string {
  const adjacent = words.map((word) => `${tsqueryLexeme(word)}${FORM_WEIGHTS}`).join(' <-> ');
  if (use === 'rank' || words.length < 2) return `(${adjacent})`;
  const pairs = words.slice(1).map((word, index) => tsqueryLexeme(pairToken(words[index]!, word)));
  const incomplete = tsqueryLexeme(PAIRS_INCOMPLETE_TOKEN);
  // Two words are adjacent exactly when their pair is held; positions are read only where pairs are incomplete.
  if (pairs.length === 1) return `(${pairs[0]} | ${incomplete} & ${adjacent})`;
  return `(${adjacent} & (${pairs.join(' & ')} | ${incomplete}))`;
}

function termExpression(term: ResolvedTerm, use: TsqueryUse): string {
  switch (term.kind) {
    case 'word':
      return anyOf([...term.tokens, ...term.entityTokens]);
    case 'prefix':
      return `${tsqueryLexeme(term.prefix)}:*`;
    case 'phrase': {
      const parts = term.parts.map((variants) => `(${variants.map((words) => phraseOf(words, use)).join(' | ')})`);
      const text = parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`;
      return term.entityTokens.length > 0 ? `(${text} | ${anyOf(term.entityTokens)})` : text;
    }
  }
}

function anyTerm(terms: readonly ResolvedTerm[], use: TsqueryUse): string {
  return `(${terms.map((term) => termExpression(term, use)).join(' | ')})`;
}

/** The tsquery of a plan; a plan without required terms matches every article (then filters, exclusions). */
export function compileTsquery(plan: MatchPlan, use: TsqueryUse): string {
  const groups = plan.groups.filter((group) => group.length > 0);
  let expression = groups.length > 0 ? groups.map((group) => anyTerm(group, use)).join(' & ') : tsqueryLexeme(EVERY_ARTICLE_TOKEN);
  if (groups.length > 0 && plan.queryEntityTokens.length > 0) expression = `((${expression}) | ${anyOf(plan.queryEntityTokens)})`;
  const required = [...plan.requiredMeta, ...plan.requiredEntities].map(tsqueryLexeme);
  if (required.length > 0) expression = `(${expression}) & ${required.join(' & ')}`;
  if (plan.excluded.length > 0) expression = `(${expression}) & !${anyTerm(plan.excluded, use)}`;
  return expression;
}
