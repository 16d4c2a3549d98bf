import { ABBREVIATIONS } from './abbreviations';
import type { Sentence } from '../types';

/**
 * Splits a body into sentences with exact offsets: always at line breaks (one paragraph per line),
 * and inside a paragraph after . ! ? … (and closing quotes or brackets) when whitespace and then a
 * capital letter, a digit or an opening quote follow. A dot does not end a sentence after an
 * initial («Б. Сәтбаев», «Қ.-Ж. Тоқаев», "B. Satbayev"), after an abbreviation from the
 * table («г. Алматы», "Dr. Li"), after a single lower-case letter («с. Талгар», «д. 5»), or after
 * the number that opens a list item («1. Сауда. 2. Туризм.»); nothing inside «…», “…”, „…“ or "…"
 * ends a sentence. Decimals and dates (3.5, 15.03.2026) have no space after the dot and never split.
 */

const PARAGRAPH_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const SENTENCE_END = /([.!?…]+)([»"”’)\]]*)(?=\s+[\p{Lu}\p{Lt}\p{N}«"“„'‘])/gu;
/** Letters, digits, dots and hyphens right before a dot: «т.е», «Қ.-Ж», «U.S», «2026». */
const TOKEN_CHAR = /[\p{L}\p{M}\p{N}.\-]/u;
const INITIALS = /^(?:\p{Lu}\.-?)*\p{Lu}$/u;
const SINGLE_LOWER_CASE_LETTER = /^\p{Ll}$/u;
const LIST_NUMBER = /^\d{1,2}$/;

const { caseSensitive: ABBREVIATIONS_AS_WRITTEN, caseInsensitive: ABBREVIATIONS_ANY_CASE } =
  buildAbbreviationSets();

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphStart = 0;
  for (const lineBreak of body.matchAll(PARAGRAPH_BREAK)) {
    splitParagraph(body, paragraphStart, lineBreak.index, sentences);
    paragraphStart = lineBreak.index + lineBreak[0].length;
  }
  splitParagraph(body, paragraphStart, body.length, sentences);
  return sentences;
}

/** The sentence containing `offset` (start ≤ offset < end), if any. Sentences must be in body order. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const sentence = sentences[middle];
    if (!sentence) return undefined;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

function splitParagraph(body: string, start: number, end: number, out: Sentence[]): void {
  const paragraph = body.slice(start, end);
  const quoteDepth = createQuoteDepth(paragraph);
  let sentenceStart = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const punctuation = match[1] ?? '';
    const closers = match[2] ?? '';
    const boundary = match.index + match[0].length;
    if (quoteDepth(boundary) > 0) continue;
    if (punctuation === '.' && closers === '' && isNonTerminalDot(paragraph, match.index, sentenceStart)) continue;
    pushTrimmed(body, start + sentenceStart, start + boundary, out);
    sentenceStart = boundary;
  }
  pushTrimmed(body, start + sentenceStart, end, out);
}

/** Whether the dot at `dot` belongs to an initial, an abbreviation or the number of a list item. */
function isNonTerminalDot(paragraph: string, dot: number, sentenceStart: number): boolean {
  let tokenStart = dot;
  while (tokenStart > 0 && TOKEN_CHAR.test(paragraph[tokenStart - 1] ?? '')) tokenStart--;
  const token = paragraph.slice(tokenStart, dot);
  if (token === '') return false;
  if (INITIALS.test(token) || SINGLE_LOWER_CASE_LETTER.test(token)) return true;
  const withDot = `${token}.`;
  if (ABBREVIATIONS_AS_WRITTEN.has(withDot) || ABBREVIATIONS_ANY_CASE.has(withDot.toLowerCase())) return true;
  return LIST_NUMBER.test(token) && paragraph.slice(sentenceStart, tokenStart).trim() === '';
}

function pushTrimmed(body: string, start: number, end: number, out: Sentence[]): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(body[from] ?? '')) from++;
  while (to > from && /\s/.test(body[to - 1] ?? '')) to--;
  if (from < to) out.push({ text: body.slice(from, to), start: from, end: to });
}

/**
 * How many quotations are open at a position, for positions asked in increasing order.
 * A position p is inside a quotation opened at o and closed at c when o < p ≤ c.
 */
function createQuoteDepth(paragraph: string): (position: number) => number {
  const ranges = findQuotations(paragraph);
  if (ranges.length === 0) return () => 0;
  const change = new Int32Array(paragraph.length + 2);
  for (const [open, close] of ranges) {
    change[open + 1] = (change[open + 1] ?? 0) + 1;
    change[close + 1] = (change[close + 1] ?? 0) - 1;
  }
  let scanned = 0;
  let depth = 0;
  return (position) => {
    while (scanned <= position) depth += change[scanned++] ?? 0;
    return depth;
  };
}

/** Pairs of [open, close] quote indices: «…» nest, „…“ / „…” and “…” pair, straight "…" alternate. */
function findQuotations(paragraph: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const guillemets: number[] = [];
  const lowQuotes: number[] = [];
  const curlyQuotes: number[] = [];
  let straight = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i];
    if (char === '«') guillemets.push(i);
    else if (char === '»') closeLast(guillemets, i, ranges);
    else if (char === '„') lowQuotes.push(i);
    else if (char === '“') {
      if (lowQuotes.length > 0) closeLast(lowQuotes, i, ranges);
      else curlyQuotes.push(i);
    } else if (char === '”') {
      if (curlyQuotes.length > 0) closeLast(curlyQuotes, i, ranges);
      else closeLast(lowQuotes, i, ranges);
    } else if (char === '"') {
      if (straight === -1) straight = i;
      else {
        ranges.push([straight, i]);
        straight = -1;
      }
    }
  }
  return ranges;
}

function closeLast(openings: number[], close: number, ranges: Array<[number, number]>): void {
  const open = openings.pop();
  if (open !== undefined) ranges.push([open, close]);
}

function buildAbbreviationSets(): { caseSensitive: Set<string>; caseInsensitive: Set<string> } {
  const caseSensitive = new Set<string>();
  const caseInsensitive = new Set<string>();
  for (const row of Object.values(ABBREVIATIONS).flat()) {
    if (row.mayEndSentence) continue;
    if (/\p{Lu}/u.test(row.text)) caseSensitive.add(row.text);
    else caseInsensitive.add(row.text.toLowerCase());
  }
  return { caseSensitive, caseInsensitive };
}
