/**
 * Word tokens with exact offsets, and the normal form used to compare words.
 *
 * A token is a run of letters, marks and digits; a hyphen or an apostrophe inside such a run stays
 * in the token («ҚХР-дың», «Қасым-Жомарт», "Xi's", «Алматы-Шанхай»), so glued endings travel with
 * their word. En and em dashes are punctuation, never part of a token.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits; Latin and Cyrillic answered without a regular expression. */
function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  // The Cyrillic block is letters and combining marks, save the thousands sign ҂.
  if (code >= 0x400 && code <= 0x52f) return code !== 0x482;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHARACTER.test(text.slice(index, index + 2));
  return WORD_CHARACTER.test(text.charAt(index));
}

/** Hyphens and apostrophes that stay inside a word when letters follow them. */
function isInnerJoiner(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0x27 || code === 0x2019 || code === 0x2bc;
}

export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  const length = body.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(body.charCodeAt(i), body, i)) {
      i += 1;
      continue;
    }
    const start = i;
    i = skipWordCharacters(body, i);
    while (i + 1 < length && isInnerJoiner(body.charCodeAt(i)) && isWordCode(body.charCodeAt(i + 1), body, i + 1)) {
      i = skipWordCharacters(body, i + 1);
    }
    tokens.push({ text: body.slice(start, i), start, end: i });
  }
  return tokens;
}

function skipWordCharacters(body: string, from: number): number {
  let i = from;
  while (i < body.length) {
    const code = body.charCodeAt(i);
    if (!isWordCode(code, body, i)) break;
    i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return i;
}

/** Characters folded to one representative before comparing words. */
const CHARACTER_FOLDS: ReadonlyMap<number, string> = new Map(
  Object.entries({
    ё: 'е',
    '\u2019': "'",
    '\u2018': "'",
    '\u02BC': "'",
    '\u02BB': "'",
    '`': "'",
    '\u00B4': "'",
    '\u2010': '-',
    '\u2011': '-',
    '\u2012': '-',
    '\u2013': '-',
    '\u2014': '-',
    '\u2212': '-',
    '«': '"',
    '»': '"',
    '\u201C': '"',
    '\u201D': '"',
    '\u201E': '"',
    '\u201F': '"',
  }).map(([from, to]) => [from.charCodeAt(0), to]),
);

/**
 * Latin letters that look like Cyrillic ones and slip into Cyrillic words (typed on the wrong
 * layout). Folded only inside a word that already has Cyrillic letters.
 */
const LATIN_LOOKALIKES_IN_CYRILLIC: ReadonlyMap<number, string> = new Map(
  Object.entries({ a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', h: 'һ' }).map(
    ([from, to]) => [from.charCodeAt(0), to],
  ),
);

const CYRILLIC_FIRST = 0x400;
const CYRILLIC_LAST = 0x4ff;
const WHITESPACE = /\s/u;

/**
 * Lower case, ё→е, one apostrophe, one dash, one double quote, single spaces; Latin look-alikes
 * in Cyrillic words folded. One pass over the characters: this runs for every word of every text.
 */
export function normalizeForMatch(s: string): string {
  const lower = isLowerCase(s) ? s : s.toLowerCase();
  let needsFolding = false;
  let hasCyrillic = false;
  let hasLookalike = false;
  for (let i = 0; i < lower.length; i += 1) {
    const code = lower.charCodeAt(i);
    if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) {
      hasCyrillic = true;
      if (code === 0x451) needsFolding = true;
    } else if (LATIN_LOOKALIKES_IN_CYRILLIC.has(code)) {
      hasLookalike = true;
    } else if (code > 0x7f || code === 0x60 || code <= 0x20) {
      if (CHARACTER_FOLDS.has(code) || WHITESPACE.test(lower.charAt(i))) needsFolding = true;
    }
  }
  if (!needsFolding && !(hasCyrillic && hasLookalike)) return lower;
  let normal = lower;
  if (needsFolding) {
    normal = '';
    for (const char of lower) normal += CHARACTER_FOLDS.get(char.charCodeAt(0)) ?? char;
    normal = normal.replace(WHITESPACE_RUN, ' ').trim();
  }
  if (hasCyrillic && hasLookalike) {
    normal = normal
      .split(' ')
      .map((word) => (CYRILLIC_WORD.test(word) ? foldLookalikes(word) : word))
      .join(' ');
  }
  return normal;
}

/** Latin and Cyrillic codes that `toLowerCase` leaves as they are: a word made of them only is not copied. */
const LOWER_CASE_STABLE = Uint8Array.from({ length: CYRILLIC_LAST + 1 }, (_, code) =>
  String.fromCharCode(code).toLowerCase() === String.fromCharCode(code) ? 1 : 0,
);

function isLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    if (LOWER_CASE_STABLE[text.charCodeAt(i)] !== 1) return false;
  }
  return true;
}

const WHITESPACE_RUN = /\s+/gu;
const CYRILLIC_WORD = /[\u0400-\u04FF]/u;

function foldLookalikes(word: string): string {
  let folded = '';
  for (const char of word) folded += LATIN_LOOKALIKES_IN_CYRILLIC.get(char.charCodeAt(0)) ?? char;
  return folded;
}

/** Lower-case letters of the scripts we read, tested without a regular expression. */
function isLowerCaseCode(code: number): boolean | null {
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code >= 0x41 && code <= 0x5a) return false;
  if (code >= 0x430 && code <= 0x45f) return true;
  if (code >= 0x400 && code <= 0x42f) return false;
  if (code < 0x80) return false;
  return null;
}

/** True when the first character is a lower-case letter (digits, CJK and capitals are not). */
export function startsLowerCase(text: string): boolean {
  const fast = isLowerCaseCode(text.charCodeAt(0));
  if (fast !== null) return fast;
  const first = text.charAt(0);
  return first !== first.toUpperCase();
}

/** True when the first character is an upper-case letter. */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x400 && code <= 0x42f)) return true;
  if (code < 0x80 || (code >= 0x430 && code <= 0x45f)) return false;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Lower case of one UTF-16 code for Latin and Cyrillic (Kazakh included) without a string
 * round trip; other scripts go through `toLowerCase`.
 */
export function lowerCaseCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code >= 0x400 && code <= 0x40f) return code + 0x50;
  if (code >= 0x430 && code <= 0x45f) return code;
  // Extended Cyrillic (ғ қ ң ү ұ һ ә ө …) pairs an even capital with the next code, except the
  // block 0x4C1–0x4CE, which pairs an odd capital with the next.
  const isLetterPair = !(code >= 0x482 && code <= 0x489) && code !== 0x4c0 && code !== 0x4cf;
  if (code >= 0x460 && code <= 0x4ff && isLetterPair) {
    const capitalIsOdd = code >= 0x4c1 && code <= 0x4ce;
    return (code % 2 === 1) === capitalIsOdd ? code + 1 : code;
  }
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

const YO = 0x451;
const YE = 0x435;

/**
 * The first `length` letters of a word, lower-cased, ё folded: a cheap key to test a word against
 * a table before computing its lemmas.
 */
export function prefixKey(text: string, length: number): string {
  const end = Math.min(length, text.length);
  let key = '';
  for (let i = 0; i < end; i += 1) {
    const code = lowerCaseCode(text.charCodeAt(i));
    key += String.fromCharCode(code === YO ? YE : code);
  }
  return key;
}
