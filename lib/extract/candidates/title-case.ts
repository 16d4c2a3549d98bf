import type { Token } from '../tokenize';
import { startsUpperCase } from '../tokenize';
import type { Language } from '../types';

/**
 * Words a Title Case headline may leave in lower case ("Flights to Kazakhstan", «Визит в Пекин»):
 * in lower case they are not counted when measuring a line.
 */
export const TITLE_CASE_MINOR_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['және', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'үшін', 'туралы', 'арқылы', 'бойынша'],
  ru: ['в', 'во', 'и', 'на', 'с', 'со', 'по', 'к', 'ко', 'о', 'об', 'из', 'от', 'до', 'за', 'для', 'при', 'у', 'а', 'но'],
  en: ['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over'],
};

/** A line needs this many counted words before its capitals are judged. */
const MIN_COUNTED_WORDS = 3;
/**
 * Share of counted words a Title Case line may leave in lower case (a short word the style does
 * not capitalise). A sentence, however full of names, has its verbs in lower case.
 */
const LOWER_CASE_SHARE = 0.1;


const MAX_MINOR_LENGTH = Math.max(...Object.values(TITLE_CASE_MINOR_WORDS).flat().map((word) => word.length));

const MINOR: Readonly<Record<Language, ReadonlySet<string>>> = {
  kk: new Set(TITLE_CASE_MINOR_WORDS.kk),
  ru: new Set(TITLE_CASE_MINOR_WORDS.ru),
  en: new Set(TITLE_CASE_MINOR_WORDS.en),
};

/**
 * Marks the tokens of lines written in Title Case ("Chinese Airlines Boost Flights To
 * Kazakhstan"), where a capital says nothing about a name. Measured on the line itself: among its
 * words after the first, leaving out minor words in lower case, words without lower-case letters
 * (acronyms, numbers) and words inside known mentions (names are capitalised in any style), all
 * or nearly all are capitalised. A line is left as soon as it has more lower-case words than a
 * Title Case line of its length could have, so a paragraph costs a few words.
 */
export function markTitleCaseLines(
  body: string,
  tokens: readonly Token[],
  language: Language,
  isKnown: (index: number) => boolean,
): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const lineEnd = lineEndAfter(body, tokens, lineStart);
    if (isTitleCaseLine(tokens, lineStart, lineEnd, language, isKnown)) marks.fill(1, lineStart, lineEnd);
    lineStart = lineEnd;
  }
  return marks;
}

/** The index of the first token of the next line (or the token count). */
function lineEndAfter(body: string, tokens: readonly Token[], lineStart: number): number {
  let end = lineStart + 1;
  while (end < tokens.length && !hasLineBreak(body, tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0)) end += 1;
  return end;
}

function isTitleCaseLine(
  tokens: readonly Token[],
  lineStart: number,
  lineEnd: number,
  language: Language,
  isKnown: (index: number) => boolean,
): boolean {
  const mostLowerCase = (lineEnd - lineStart) * LOWER_CASE_SHARE;
  let counted = 0;
  let lowerCase = 0;
  for (let i = lineStart + 1; i < lineEnd; i += 1) {
    const text = tokens[i]?.text ?? '';
    if (isKnown(i) || !hasLowerCase(text)) continue;
    // A minor word in capitals is a Title Case signal of its own, so only lower-case ones are left out.
    const upper = startsUpperCase(text);
    if (!upper && text.length <= MAX_MINOR_LENGTH && MINOR[language].has(text)) continue;
    counted += 1;
    if (!upper) {
      lowerCase += 1;
      if (lowerCase > mostLowerCase) return false;
    }
  }
  return counted >= MIN_COUNTED_WORDS && lowerCase <= counted * LOWER_CASE_SHARE;
}

function hasLineBreak(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = body.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Whether a word has a lower-case letter: Latin and Cyrillic by code, others through `toUpperCase`. */
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x45f)) return true;
    if (code < 0x80 || (code >= 0x400 && code <= 0x42f)) continue;
    const char = text.charAt(i);
    if (char !== char.toUpperCase()) return true;
  }
  return false;
}
