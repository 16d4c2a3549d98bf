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

export function compilePhrases<T>(rows: readonly PhraseRow<T>[]): CompiledPhrase<T>[] {
  return rows.map((row) => ({
    words: row.words.map(compileWordPattern),
    firstChars: row.words[0] === undefined ? null : firstCharClass(wordPatternSource(row.words[0])),
    value: row.value,
    unlessPrecededBy: (row.unlessPrecededBy ?? []).map(compileWordPattern),
    unlessFollowedBy: (row.unlessFollowedBy ?? []).map(compileWordPattern),
  }));
}

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
  phrases: readonly CompiledPhrase<T>[],
): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  // Numbers first: numbering may start over, which the memo must see.
  const ids = wordIdsOf(normals);
  const memo = firstWordMemo(phrases);
  let index = 0;
  while (index < tokens.length) {
    let best: { phrase: CompiledPhrase<T>; last: number } | null = null;
    for (const phrase of phrasesStartingWith(phrases, memo, normals[index] ?? '', ids[index] ?? -1)) {
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
 * Words are numbered once (the same number for the same word in every document), so that the
 * several tables scanned over a sentence look a word up by number instead of hashing it again for
 * each table. The numbers of a list of normal forms are kept with the list. When the numbering grows
 * past its bound it starts over, and the memos keyed by the old numbers are dropped with it.
 */
const WORD_IDS = new Map<string, number>();
const WORD_ID_LIMIT = 200_000;
let wordIdGeneration = 0;
const IDS_OF_NORMALS = new WeakMap<readonly string[], { generation: number; ids: Int32Array }>();

function wordIdsOf(normals: readonly string[]): Int32Array {
  const known = IDS_OF_NORMALS.get(normals);
  if (known && known.generation === wordIdGeneration) return known.ids;
  if (WORD_IDS.size + normals.length > WORD_ID_LIMIT) {
    WORD_IDS.clear();
    wordIdGeneration += 1;
  }
  const ids = new Int32Array(normals.length);
  normals.forEach((word, index) => {
    let id = WORD_IDS.get(word);
    if (id === undefined) {
      id = WORD_IDS.size;
      WORD_IDS.set(word, id);
    }
    ids[index] = id;
  });
  IDS_OF_NORMALS.set(normals, { generation: wordIdGeneration, ids });
  return ids;
}

/**
 * The phrases of a table whose first word pattern accepts a word, remembered per table and word
 * number: the same words come back in every document, so most look-ups skip the patterns entirely.
 * A new word whose first character no first pattern accepts (numbers, most names) is answered
 * without trying the patterns.
 */
interface FirstWordMemo {
  /** Matches a word whose first character may start one of the table's phrases; null: any word may. */
  mayStartPhrase: RegExp | null;
  generation: number;
  /** Per word number, 1 + the index of its answer in `answers`; 0 when not yet known. */
  slots: Int32Array;
  answers: (readonly CompiledPhrase<unknown>[])[];
}

const FIRST_WORD_MEMO = new WeakMap<readonly CompiledPhrase<unknown>[], FirstWordMemo>();
const NO_PHRASES: readonly CompiledPhrase<never>[] = [];

function firstWordMemo<T>(phrases: readonly CompiledPhrase<T>[]): FirstWordMemo {
  let memo = FIRST_WORD_MEMO.get(phrases);
  if (!memo) {
    const classes = phrases.map((phrase) => phrase.firstChars);
    const known = classes.every((firstChars) => firstChars !== null);
    const inside = classes.map((firstChars) => (firstChars ?? '').slice(1, -1)).join('');
    memo = {
      mayStartPhrase: known ? new RegExp(`^[${inside}]`, 'u') : null,
      generation: wordIdGeneration,
      slots: new Int32Array(1024),
      answers: [NO_PHRASES],
    };
    FIRST_WORD_MEMO.set(phrases, memo);
  }
  if (memo.generation !== wordIdGeneration) {
    memo.generation = wordIdGeneration;
    memo.slots = new Int32Array(1024);
    memo.answers = [NO_PHRASES];
  }
  return memo;
}

function phrasesStartingWith<T>(
  phrases: readonly CompiledPhrase<T>[],
  memo: FirstWordMemo,
  word: string,
  id: number,
): readonly CompiledPhrase<T>[] {
  const slot = id >= 0 && id < memo.slots.length ? (memo.slots[id] ?? 0) : 0;
  if (slot > 0) return memo.answers[slot - 1] as readonly CompiledPhrase<T>[];
  const found =
    memo.mayStartPhrase && !memo.mayStartPhrase.test(word)
      ? NO_PHRASES
      : phrases.filter((phrase) => phrase.words[0]?.test(word) ?? false);
  if (id >= 0) {
    if (id >= memo.slots.length) {
      const grown = new Int32Array(Math.max(id + 1, memo.slots.length * 2));
      grown.set(memo.slots);
      memo.slots = grown;
    }
    // Words with no phrase share the first answer.
    if (found.length === 0) memo.slots[id] = 1;
    else memo.slots[id] = memo.answers.push(found);
  }
  return found;
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
