import { lowerCaseCode } from './tokenize';

/** Letters of a word compared before its lemmas are computed. */
const FILTER_LENGTH = 3;
const BITS_PER_LETTER = 10;
const LETTER_RANGE = 2 ** BITS_PER_LETTER;
const YO = 0x451;
const YE = 0x435;

/**
 * A cheap first test of a word against a table of lemmas: does the word start like one of them?
 * Lemmas only lose letters at the end, so a word whose first letters match no lemma has none of
 * the table's lemmas among its candidates. Lemmas shorter than the filter length are kept whole.
 * Prefixes are packed into small integers (10 bits a letter, 30 in all): no string or heap
 * number is made per word.
 */
export class PrefixFilter {
  private readonly prefixes = new Set<number>();
  private readonly shortLengths = new Set<number>();

  constructor(lemmas: Iterable<string> = []) {
    for (const lemma of lemmas) this.add(lemma);
  }

  add(lemma: string): void {
    if (lemma === '') return;
    const length = Math.min(lemma.length, FILTER_LENGTH);
    this.prefixes.add(packedPrefix(lemma, length));
    if (length < FILTER_LENGTH) this.shortLengths.add(length);
  }

  get size(): number {
    return this.prefixes.size;
  }

  mayMatch(word: string): boolean {
    const end = Math.min(word.length, FILTER_LENGTH);
    let packed = 0;
    let scale = 1;
    for (let i = 0; i < end; i += 1) {
      packed += letterCode(word.charCodeAt(i)) * scale;
      scale *= LETTER_RANGE;
      if ((i + 1 === FILTER_LENGTH || this.shortLengths.has(i + 1)) && this.prefixes.has(packed)) return true;
    }
    return false;
  }

  /** `mayMatch` for a word whose prefixes were packed once with `packPrefixes`. */
  mayMatchPacked(prefixes: readonly number[]): boolean {
    for (let i = 0; i < prefixes.length; i += 1) {
      if ((i + 1 === FILTER_LENGTH || this.shortLengths.has(i + 1)) && this.prefixes.has(prefixes[i] ?? -1)) return true;
    }
    return false;
  }
}

/** The packed prefixes of a word, one per length up to the filter length: reused across filters. */
export function packPrefixes(word: string): number[] {
  const end = Math.min(word.length, FILTER_LENGTH);
  const prefixes: number[] = [];
  let packed = 0;
  let scale = 1;
  for (let i = 0; i < end; i += 1) {
    packed += letterCode(word.charCodeAt(i)) * scale;
    scale *= LETTER_RANGE;
    prefixes.push(packed);
  }
  return prefixes;
}

function packedPrefix(text: string, length: number): number {
  let packed = 0;
  let scale = 1;
  for (let i = 0; i < length; i += 1) {
    packed += letterCode(text.charCodeAt(i)) * scale;
    scale *= LETTER_RANGE;
  }
  return packed;
}

/** A lower-cased letter in 10 bits: ASCII as is, Cyrillic shifted after it, the rest folded (a filter may say yes wrongly, never no). */
function letterCode(code: number): number {
  let lower = lowerCaseCode(code);
  if (lower === YO) lower = YE;
  if (lower < 0x80) return lower;
  if (lower >= 0x400 && lower < 0x500) return lower - 0x400 + 0x80;
  return 0x180 + (lower % (LETTER_RANGE - 0x180));
}
