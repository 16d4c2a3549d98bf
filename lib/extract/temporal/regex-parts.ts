/**
 * Building blocks for the temporal patterns. Every pattern is compiled with the `u` flag, so
 * `\p{L}` (any letter) works for Cyrillic; JavaScript's `\b` only knows ASCII letters.
 */

/** Not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** A number must not continue another number, a decimal, a time (10:15), a path or a code (AB-12). */
export const NUMBER_START = '(?<![\\p{L}\\p{N}.,:/\\-–—])';
/**
 * Where a day number may start: as NUMBER_START, except that a dash standing apart from the word
 * before it may precede the number (a list item «Новосібір -19 мамырдан», «— 1 июня»). A dash
 * glued to a word or number («AB-12», «10-15») still keeps the number out.
 */
export const DAY_START = '(?<![\\p{L}\\p{N}.,:/])(?<![\\p{L}\\p{N}.,:/][-–—])';
/** …and must not run on into more digits, a decimal or a time. */
export const NUMBER_END = '(?![\\p{N}]|[.,:]\\p{N})';

/** A hyphen, en dash or em dash between two numbers, spaced or not. */
export const DASH = '\\s*[-–—]\\s*';

/** Four-digit years a news text plausibly means: 1800–2199. */
export const YEAR_DIGITS = '(?:1[89]|2[01])\\d\\d';
/** Day of month 1–31 (one or two digits; real-calendar checks come at resolution). */
export const DAY_DIGITS = '(?:3[01]|[12]\\d|0?[1-9])';
export const MONTH_DIGITS = '(?:1[0-2]|0?[1-9])';

/** Start of a sentence: text start, after .!?… (and a closing quote), a line break, or an opening quote. */
export const SENTENCE_START = '(?<=^\\s*|[.!?…]["»”)]?\\s+|\\n\\s*|[«“"(]\\s*)';

/** Escapes regex syntax characters (the set `u`-mode patterns accept escaped). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Escaped alternatives, longest first so that a longer word is never cut short by a prefix. */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

/** As `alternation`, with every hyphen in the words matching any dash: «көктемгі–жазғы», "spring–summer". */
export function alternationAnyDash(words: readonly string[]): string {
  return alternation(words).replace(/-/g, '[-–—]');
}

/** Not preceded by a letter, digit or dash: keeps «10-летний» and the second half of «весенне-летний» out. */
export const WORD_START_NO_DASH = '(?<![\\p{L}\\p{N}\\-–—])';

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The words as written and with a capital first letter. */
export function withCapitals(words: readonly string[]): string[] {
  return words.flatMap((word) => [word, capitalize(word)]);
}

/** Lower-case anywhere, capitalised only where a sentence starts (keeps «Kazakhstan Today» out). */
export function lowerOrSentenceInitial(words: readonly string[]): string {
  return `(?:${alternation(words)}|${SENTENCE_START}${alternation(words.map(capitalize))})`;
}

/** The same for a regex source that starts with a lower-case letter: `бүгін(?:гі)?`. */
export function sourceLowerOrSentenceInitial(source: string): string {
  return `(?:${source}|${SENTENCE_START}${capitalize(source)})`;
}

/** Required context before a match, left out of the span: `(?<=\bin\s+)`. */
export function precededBy(words: readonly string[]): string {
  return `(?<=${WORD_START}${alternation(words)}\\s+)`;
}
