import { cachedLemmaCandidates } from '../morphology';
import { enPossessiveLength } from '../morphology/en';
import { packPrefixes, type PrefixFilter } from '../prefix-filter';
import { normalizeForMatch, startsUpperCase, type Token } from '../tokenize';
import type { Language, Mention } from '../types';
import { CAPITALISED_STOP_WORDS } from './stop-words';
import { markTitleCaseLines } from './title-case';

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  kk: new Set(CAPITALISED_STOP_WORDS.kk),
  ru: new Set(CAPITALISED_STOP_WORDS.ru),
  en: new Set(CAPITALISED_STOP_WORDS.en),
};

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const SENTENCE_END = /[.!?…]/u;
const QUOTES = new Set(['"', "'", '«', '»', '“', '”', '„']);
const DIGIT = /\p{N}/u;

/**
 * A body seen as tokens, with what the candidate signals ask of them: the known mention covering
 * a token, normalized forms and lemmas (computed once, on demand), capitals and sentence starts.
 */
export class TextView {
  readonly tokens: readonly Token[];
  private readonly known: (Mention | null)[];
  private readonly normals: (string | undefined)[];
  private readonly lemmaCache: (readonly string[] | undefined)[];
  private readonly prefixes: (number[] | undefined)[];
  private titleCase: Uint8Array | null = null;
  /** `isNameWord` per token: 0 not computed, 1 yes, 2 no. */
  private readonly nameWords: Uint8Array;

  constructor(
    readonly body: string,
    readonly language: Language,
    knownMentions: readonly Mention[],
    tokens: readonly Token[],
  ) {
    this.tokens = tokens;
    this.known = new Array<Mention | null>(this.tokens.length).fill(null);
    this.normals = new Array<string | undefined>(this.tokens.length);
    this.lemmaCache = new Array<readonly string[] | undefined>(this.tokens.length);
    this.prefixes = new Array<number[] | undefined>(this.tokens.length);
    this.nameWords = new Uint8Array(this.tokens.length);
    this.markKnown(knownMentions);
  }

  private markKnown(mentions: readonly Mention[]): void {
    const ordered = [...mentions].sort((a, b) => a.start - b.start);
    let m = 0;
    for (let i = 0; i < this.tokens.length; i += 1) {
      const token = this.tokens[i];
      if (!token) continue;
      while (m < ordered.length && (ordered[m]?.end ?? 0) <= token.start) m += 1;
      for (let k = m; k < ordered.length; k += 1) {
        const mention = ordered[k];
        if (!mention || mention.start >= token.end) break;
        if (mention.end > token.start) {
          this.known[i] = mention;
          break;
        }
      }
    }
  }

  knownAt(index: number): Mention | null {
    return this.known[index] ?? null;
  }

  /** Index of the first token after the known mention covering `index`. */
  afterKnown(index: number): number {
    const mention = this.known[index];
    let next = index + 1;
    while (mention && next < this.tokens.length && this.known[next] === mention) next += 1;
    return next;
  }

  normal(index: number): string {
    let normal = this.normals[index];
    if (normal === undefined) {
      normal = normalizeForMatch(this.tokens[index]?.text ?? '');
      this.normals[index] = normal;
    }
    return normal;
  }

  lemmas(index: number): readonly string[] {
    let lemmas = this.lemmaCache[index];
    if (!lemmas) {
      lemmas = cachedLemmaCandidates(this.tokens[index]?.text ?? '', this.language);
      this.lemmaCache[index] = lemmas;
    }
    return lemmas;
  }

  /** Whether token `index` may be one of the lemmas `filter` was built from (a cheap first test). */
  mayBe(index: number, filter: PrefixFilter): boolean {
    let prefixes = this.prefixes[index];
    if (!prefixes) {
      prefixes = packPrefixes(this.text(index));
      this.prefixes[index] = prefixes;
    }
    return filter.mayMatchPacked(prefixes);
  }

  text(index: number): string {
    return this.tokens[index]?.text ?? '';
  }

  /**
   * Whether a capital at token `index` may signal a name: false on a line written in Title Case,
   * where every word is capitalised (measured once per body, on first use).
   */
  capitalsSpeak(index: number): boolean {
    this.titleCase ??= markTitleCaseLines(this.body, this.tokens, this.language, (i) => this.known[i] !== null);
    return this.titleCase[index] !== 1;
  }

  isCapitalised(index: number): boolean {
    return startsUpperCase(this.text(index));
  }

  isStopWord(index: number): boolean {
    return STOP_WORDS[this.language].has(this.normal(index));
  }

  /** A word that may be part of a name: capitalised, not all capitals, no digits, not a stop word. */
  isNameWord(index: number): boolean {
    const known = this.nameWords[index];
    if (known !== 0) return known === 1;
    const text = this.text(index);
    const nameWord =
      this.isCapitalised(index) && hasLowerCaseAndNoDigit(text) && !this.isStopWord(index) && this.knownAt(index) === null;
    if (index >= 0 && index < this.nameWords.length) this.nameWords[index] = nameWord ? 1 : 2;
    return nameWord;
  }

  /** End offset of a name ending at token `index`: an English possessive stays outside. */
  nameEnd(index: number): number {
    const token = this.tokens[index];
    if (!token) return 0;
    return this.language === 'en' ? token.end - enPossessiveLength(token.text) : token.end;
  }

  /** Index of the token starting at `offset`, or -1. */
  tokenStartingAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = this.tokens[middle]?.start ?? 0;
      if (start === offset) return middle;
      if (start < offset) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The text between token `index` and the next one. */
  gapAfter(index: number): string {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    if (!token) return '';
    return this.body.slice(token.end, next ? next.start : this.body.length);
  }

  /** Tokens `index` and `index + 1` are separated by spaces only (quotes allowed when `quotes`). */
  joinedToNext(index: number, quotes = false): boolean {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    if (!token || !next || next.start === token.end) return false;
    for (let i = token.end; i < next.start; i += 1) {
      const code = this.body.charCodeAt(i);
      if (code === 0x20 || code === 0xa0) continue;
      const char = this.body.charAt(i);
      if (LINE_BREAK.test(char)) return false;
      if (char.trim() === '' || (quotes && QUOTES.has(char))) continue;
      return false;
    }
    return true;
  }

  /** The first token of a paragraph, or the first after . ! ? */
  isSentenceStart(index: number): boolean {
    if (index === 0) return true;
    const gap = this.gapAfter(index - 1);
    return LINE_BREAK.test(gap) || SENTENCE_END.test(gap);
  }
}

/** A lower-case letter and no digit: Latin and Cyrillic by code, other letters through `toUpperCase`. */
function hasLowerCaseAndNoDigit(text: string): boolean {
  let lower = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x45f)) lower = true;
    else if (code >= 0x30 && code <= 0x39) return false;
    else if (code >= 0x80 && !(code >= 0x400 && code <= 0x42f)) {
      const char = text.charAt(i);
      if (DIGIT.test(char)) return false;
      if (char !== char.toUpperCase()) lower = true;
    }
  }
  return lower;
}
