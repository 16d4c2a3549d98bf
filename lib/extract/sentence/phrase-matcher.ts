import { firstCharClass } from '../temporal/regex-analysis';
import { normalizeForMatch, type Token } from '../tokenize';
import { literalOpening, OPENING_LENGTH, PhraseStarts } from './phrase-starts';

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
  /** The first characters (at most `OPENING_LENGTH`) every word the first pattern accepts starts with; '' when unknown. */
  opening: string;
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
      opening: row.words[0] === undefined ? '' : literalOpening(wordPatternSource(row.words[0]), OPENING_LENGTH),
      value: row.value,
      unlessPrecededBy: (row.unlessPrecededBy ?? []).map(compileWordPattern),
      unlessFollowedBy: (row.unlessFollowedBy ?? []).map(compileWordPattern),
    })),
  );
}

/** Words answered per table before its answers are forgotten all at once (the answers never depend on it). */
const ANSWERS_LIMIT = 100_000;

/**
 * A compiled phrase table, and which of its phrases a word may start. Most words start none: the
 * first characters of the phrases' first patterns (see `PhraseStarts`) turn them away before any
 * look-up. The same words come back in every document, so the table remembers its answer per
 * word: most look-ups skip the patterns.
 * A new word is tried only against the phrases whose first pattern can start with its first
 * character (a big table holds hundreds of phrases; a word's first letter leaves a few), and a
 * word whose first character no first pattern accepts (numbers, most names) is answered at once.
 */
export class PhraseTable<T> {
  private readonly mayStartPhrase: RegExp | null;
  private readonly starts: PhraseStarts;
  private readonly firstCharTests: readonly (RegExp | null)[];
  private readonly answers = new Map<string, readonly CompiledPhrase<T>[]>();
  private readonly byFirstChar = new Map<string, readonly CompiledPhrase<T>[]>();

  constructor(readonly phrases: readonly CompiledPhrase<T>[]) {
    const classes = phrases.map((phrase) => phrase.firstChars);
    const known = classes.every((firstChars) => firstChars !== null);
    const inside = classes.map((firstChars) => (firstChars ?? '').slice(1, -1)).join('');
    this.mayStartPhrase = known ? new RegExp(`^[${inside}]`, 'u') : null;
    this.firstCharTests = classes.map((firstChars) => (firstChars === null ? null : new RegExp(`^${firstChars}`, 'u')));
    this.starts = new PhraseStarts(
      phrases.map(({ opening, firstChars }) => (opening !== '' ? { opening } : firstChars !== null ? { firstChars } : null)),
    );
  }

  startingWith(word: string): readonly CompiledPhrase<T>[] {
    if (!this.starts.mayStart(word)) return NO_PHRASES;
    const known = this.answers.get(word);
    if (known) return known;
    const found =
      this.mayStartPhrase && !this.mayStartPhrase.test(word)
        ? NO_PHRASES
        : this.startingWithCharacter(word).filter((phrase) => phrase.words[0]?.test(word) ?? false);
    if (this.answers.size >= ANSWERS_LIMIT) this.answers.clear();
    this.answers.set(word, found);
    return found;
  }

  private startingWithCharacter(word: string): readonly CompiledPhrase<T>[] {
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    const known = this.byFirstChar.get(first);
    if (known) return known;
    const found = this.phrases.filter((_, index) => this.firstCharTests[index]?.test(first) ?? true);
    this.byFirstChar.set(first, found);
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

/**
 * Every phrase match at every position, overlapping ones included: one pass over the tokens for a
 * table whose rows belong to several lists at once (a word may be a cue of two kinds, «ашылды» both
 * a launch word and a verb of taking place). Matches come in order of their first token.
 */
export function findAllPhrases<T>(
  body: string,
  tokens: readonly Token[],
  normals: readonly string[],
  table: PhraseTable<T>,
): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const first = tokens[index];
    if (!first) continue;
    for (const phrase of table.startingWith(normals[index] ?? '')) {
      const last = matchAt(body, tokens, normals, phrase, index);
      const lastToken = last === null ? undefined : tokens[last];
      if (last === null || !lastToken) continue;
      matches.push({ value: phrase.value, firstToken: index, lastToken: last, start: first.start, end: lastToken.end });
    }
  }
  return matches;
}

/** The last token of `phrase` matched from token `at`, or null. Its first word is known to match (see `startingWith`). */
function matchAt<T>(
  body: string,
  tokens: readonly Token[],
  normals: readonly string[],
  phrase: CompiledPhrase<T>,
  at: number,
): number | null {
  for (let offset = 1; offset < phrase.words.length; offset += 1) {
    const word = phrase.words[offset];
    const normal = normals[at + offset];
    if (!word || normal === undefined || !word.test(normal)) return null;
    if (!adjacent(body, tokens, at + offset - 1)) return null;
  }
  const last = at + phrase.words.length - 1;
  if (vetoed(body, tokens, normals, at - 1, at - 1, phrase.unlessPrecededBy)) return null;
  if (vetoed(body, tokens, normals, last + 1, last, phrase.unlessFollowedBy)) return null;
  return last;
}

/** A neighbour vetoes a match only when nothing but whitespace separates it from the phrase (`gapAfter`: the token before the gap). */
function vetoed(
  body: string,
  tokens: readonly Token[],
  normals: readonly string[],
  neighbour: number,
  gapAfter: number,
  vetoes: readonly RegExp[],
): boolean {
  if (vetoes.length === 0) return false;
  const normal = normals[neighbour];
  if (normal === undefined || !adjacent(body, tokens, gapAfter)) return false;
  return vetoes.some((veto) => veto.test(normal));
}

/** True when only whitespace separates token `index` from token `index + 1`. */
function adjacent(body: string, tokens: readonly Token[], index: number): boolean {
  const left = tokens[index];
  const right = tokens[index + 1];
  if (!left || !right) return false;
  return ONLY_WHITESPACE.test(body.slice(left.end, right.start));
}
