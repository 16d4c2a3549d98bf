import { firstCharClass } from '../temporal/regex-analysis';
import { normalizeForMatch, type Token } from '../tokenize';

/**
 * Word-pattern phrases matched over tokens: the engine behind every trigger, tense-marker and
 * cue table of events and relations.
 *
 * A phrase is one pattern per word. A pattern is a regular expression matched against the whole
 * normalised (lower-case, ё→е) token, with one shorthand: `*` stands for any continuation of the
 * word, so `кездес*` matches «кездесу», «кездесті», «кездесуде». Words of a phrase must follow each
 * other with only whitespace between them. Because `*` is taken, a pattern never uses it as a
 * regular-expression quantifier (write `+` or `{0,}` instead).
 */
export interface PhraseRow<T> {
  words: readonly string[];
  value: T;
  /** The match is dropped when the word right before it matches one of these patterns. */
  unlessPrecededBy?: readonly string[];
  /** The match is dropped when the word right after it matches one of these patterns. */
  unlessFollowedBy?: readonly string[];
}

export interface CompiledPhrase<T> {
  words: readonly RegExp[];
  /** A class holding the first character of every word the first pattern accepts; null when unknown. */
  firstChars: string | null;
  value: T;
  unlessPrecededBy: readonly RegExp[];
  unlessFollowedBy: readonly RegExp[];
}

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and last matched token in the token list searched. */
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

const WORD_CONTINUATION = "[\\p{L}\\p{M}\\p{N}'-]*";
const ONLY_WHITESPACE = /^\s*$/u;

export function compileWordPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${wordPatternSource(pattern)})$`, 'u');
}

function wordPatternSource(pattern: string): string {
  return pattern.replaceAll('*', WORD_CONTINUATION);
}

export function compilePhrases<T>(rows: readonly PhraseRow<T>[]): PhraseTable<T> {
  return new PhraseTable(
    rows.map((row) => ({
      words: row.words.map(compileWordPattern),
      firstChars: row.words[0] === undefined ? null : firstCharClass(wordPatternSource(row.words[0])),
      value: row.value,
      unlessPrecededBy: (row.unlessPrecededBy ?? []).map(compileWordPattern),
      unlessFollowedBy: (row.unlessFollowedBy ?? []).map(compileWordPattern),
    })),
  );
}

/** Words answered per table before its answers are forgotten all at once (the answers never depend on it). */
const ANSWERS_LIMIT = 100_000;

/**
 * A compiled phrase table, and which of its phrases a word may start. The same words come back in
 * every document, so the table remembers its answer per word: most look-ups skip the patterns.
 * A word whose first character no first pattern accepts (numbers, most names) is answered without
 * trying the patterns.
 */
export class PhraseTable<T> {
  private readonly mayStartPhrase: RegExp | null;
  private readonly answers = new Map<string, readonly CompiledPhrase<T>[]>();

  constructor(readonly phrases: readonly CompiledPhrase<T>[]) {
    const classes = phrases.map((phrase) => phrase.firstChars);
    const known = classes.every((firstChars) => firstChars !== null);
    const inside = classes.map((firstChars) => (firstChars ?? '').slice(1, -1)).join('');
    this.mayStartPhrase = known ? new RegExp(`^[${inside}]`, 'u') : null;
  }

  startingWith(word: string): readonly CompiledPhrase<T>[] {
    const known = this.answers.get(word);
    if (known) return known;
    const found =
      this.mayStartPhrase && !this.mayStartPhrase.test(word)
        ? NO_PHRASES
        : this.phrases.filter((phrase) => phrase.words[0]?.test(word) ?? false);
    if (this.answers.size >= ANSWERS_LIMIT) this.answers.clear();
    this.answers.set(word, found);
    return found;
  }
}

const NO_PHRASES: readonly CompiledPhrase<never>[] = [];

/** A phrase written as space-separated word patterns: `'жол карта*'`. */
export function splitPhrase(phrase: string): string[] {
  return phrase.split(' ').filter((word) => word.length > 0);
}

/** Normal forms of tokens, computed once per document and shared by every table. */
export function normalizeTokens(tokens: readonly Token[]): string[] {
  return tokens.map((token) => normalizeForMatch(token.text));
}

/**
 * Scans tokens left to right; at each position the longest matching phrase wins (the earlier row
 * on a tie) and the scan continues after it, so «әуе байланысы» is one flight phrase, not also a
 * «байланыс» cooperation phrase.
 */
export function findPhrases<T>(
  body: string,
  tokens: readonly Token[],
  normals: readonly string[],
  table: PhraseTable<T>,
): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  let index = 0;
  while (index < tokens.length) {
    let best: { phrase: CompiledPhrase<T>; last: number } | null = null;
    for (const phrase of table.startingWith(normals[index] ?? '')) {
      const last = matchAt(body, tokens, normals, phrase, index);
      if (last !== null && (best === null || last > best.last)) best = { phrase, last };
    }
    const first = tokens[index];
    const lastToken = best ? tokens[best.last] : undefined;
    if (best && first && lastToken) {
      matches.push({ value: best.phrase.value, firstToken: index, lastToken: best.last, start: first.start, end: lastToken.end });
      index = best.last + 1;
    } else {
      index += 1;
    }
  }
  return matches;
}

function matchAt<T>(
  body: string,
  tokens: readonly Token[],
  normals: readonly string[],
  phrase: CompiledPhrase<T>,
  at: number,
): number | null {
  for (let offset = 0; offset < phrase.words.length; offset += 1) {
    const word = phrase.words[offset];
    const normal = normals[at + offset];
    if (!word || normal === undefined || !word.test(normal)) return null;
    if (offset > 0 && !adjacent(body, tokens, at + offset - 1)) return null;
  }
  const last = at + phrase.words.length - 1;
  if (vetoed(normals, at - 1, adjacent(body, tokens, at - 1), phrase.unlessPrecededBy)) return null;
  if (vetoed(normals, last + 1, adjacent(body, tokens, last), phrase.unlessFollowedBy)) return null;
  return last;
}

/** A neighbour vetoes a match only when nothing but whitespace separates it from the phrase. */
function vetoed(normals: readonly string[], neighbour: number, touching: boolean, vetoes: readonly RegExp[]): boolean {
  const normal = normals[neighbour];
  if (!touching || normal === undefined) return false;
  return vetoes.some((veto) => veto.test(normal));
}

/** True when only whitespace separates token `index` from token `index + 1`. */
function adjacent(body: string, tokens: readonly Token[], index: number): boolean {
  const left = tokens[index];
  const right = tokens[index + 1];
  if (!left || !right) return false;
  return ONLY_WHITESPACE.test(body.slice(left.end, right.start));
}
