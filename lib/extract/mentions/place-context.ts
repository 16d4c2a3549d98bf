import { KK_SUFFIXES } from '../morphology/kk-suffixes';
import { PrefixFilter } from '../prefix-filter';
import { normalizeForMatch, startsUpperCase, type Token } from '../tokenize';
import type { Language } from '../types';
import {
  ABBREVIATIONS_BEFORE_NAMES,
  HEADS_AFTER_PLACE_NAME,
  HEADS_BEFORE_PLACE_NAME,
  NAME_JOINERS,
  PLACE_KIND_WORDS,
  type HeadBefore,
} from './context-words';

/**
 * The words around a place's name in a text: whether they make the name part of another name
 * (an order, a street, a building), and whether a capitalised ordinary word at a sentence start
 * is the place at all.
 */

/** The tokens of a text and their lemmas, as the matcher computes them. */
export interface TextWords {
  readonly body: string;
  readonly tokens: readonly Token[];
  readonly language: Language;
  lemmasAt(index: number): readonly string[];
}

function perLanguage<T>(make: (language: Language) => T): Readonly<Record<Language, T>> {
  return { kk: make('kk'), ru: make('ru'), en: make('en') };
}

const HEADS_AFTER = perLanguage((language) => new Set(HEADS_AFTER_PLACE_NAME[language]));
const HEADS_AFTER_FILTER = perLanguage((language) => new PrefixFilter(HEADS_AFTER_PLACE_NAME[language]));
/** Heads before a name by their last word, the one right before the name. */
const HEADS_BEFORE_BY_LAST_WORD = perLanguage((language) => byLastWord(HEADS_BEFORE_PLACE_NAME[language]));
const HEADS_BEFORE_FILTER = perLanguage((language) => new PrefixFilter(HEADS_BEFORE_BY_LAST_WORD[language].keys()));
const PLACE_KINDS = perLanguage((language) => new Set(PLACE_KIND_WORDS[language]));
const JOINERS = perLanguage((language) => new Set(NAME_JOINERS[language]));
const ABBREVIATIONS = perLanguage((language) => new Set(ABBREVIATIONS_BEFORE_NAMES[language]));

function byLastWord(heads: readonly HeadBefore[]): Map<string, HeadBefore[]> {
  const index = new Map<string, HeadBefore[]>();
  for (const head of heads) {
    const last = head.words[head.words.length - 1] ?? '';
    index.set(last, [...(index.get(last) ?? []), head]);
  }
  return index;
}

/** Kazakh plural endings (both harmonies), from the suffix table. */
const KK_PLURALS: readonly string[] = KK_SUFFIXES.filter((row) => row.slot === 'plural').flatMap((row) => [row.back, row.front]);

const QUOTES_AND_SPACES = new Set([' ', '\t', '\u00A0', '\u202F', '"', "'", '«', '»', '“', '”', '„', '‘', '’']);
const QUOTE = /["'«»“”„‘’]/u;
/** Between a head and the name: spaces and quotes, after the dot of an abbreviation («ул. Достык»). */
const ABBREVIATION_DOT = /^\.?[ \t\u00A0\u202F"'«»“”„‘’]*$/u;

/** Between two words of one name: spaces and quotes only (no line break, no punctuation). */
function onlyQuotesAndSpaces(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!QUOTES_AND_SPACES.has(body.charAt(i))) return false;
  return true;
}

/**
 * True when a word right after the name («Достық ордені», "Dostyk Avenue") or right before it
 * («проспект Достык», "Order of Dostyk") may make the place's name part of another name: it
 * does when the name stands without an ending, which the caller checks («Қазақстанның
 * көшелері» and «улицы Астаны» are streets of a place).
 */
export function headWordBlocks(words: TextWords, first: number, last: number): boolean {
  return headAfter(words, last) || headBefore(words, first, last);
}

function headAfter(words: TextWords, last: number): boolean {
  const { body, tokens, language } = words;
  const name = tokens[last];
  const next = tokens[last + 1];
  if (!name || !next || !HEADS_AFTER_FILTER[language].mayMatch(next.text)) return false;
  if (!onlyQuotesAndSpaces(body, name.end, next.start)) return false;
  const heads = HEADS_AFTER[language];
  if (language === 'en') return startsUpperCase(next.text) && heads.has(next.text);
  const lemmas = words.lemmasAt(last + 1);
  for (const lemma of lemmas) {
    if (!heads.has(lemma)) continue;
    // «Алматы көшелері» are the city's streets, not a street named after it.
    if (language === 'kk' && KK_PLURALS.some((plural) => lemmas.includes(lemma + plural))) return false;
    return true;
  }
  return false;
}

function headBefore(words: TextWords, first: number, last: number): boolean {
  const { body, tokens, language } = words;
  const name = tokens[first];
  const before = tokens[first - 1];
  if (!name || !before || !HEADS_BEFORE_FILTER[language].mayMatch(before.text)) return false;
  const heads = HEADS_BEFORE_BY_LAST_WORD[language].get(normalizeForMatch(before.text));
  if (!heads || !ABBREVIATION_DOT.test(body.slice(before.end, name.start))) return false;
  const quoted = QUOTE.test(body.slice(before.end, name.start)) && QUOTE.test(body.charAt(tokens[last]?.end ?? 0));
  return heads.some((head) => (quoted || !head.quotedName) && precededBy(words, first - 1, head));
}

/** The tokens ending at `end` are the head's words, separated by spaces. */
function precededBy(words: TextWords, end: number, head: HeadBefore): boolean {
  const sequence = head.words;
  const from = end - sequence.length + 1;
  if (from < 0) return false;
  if (head.capitalised && !startsUpperCase(words.tokens[from]?.text ?? '')) return false;
  for (let i = 0; i < sequence.length - 1; i += 1) {
    const token = words.tokens[from + i];
    const following = words.tokens[from + i + 1];
    if (!token || !following || normalizeForMatch(token.text) !== sequence[i]) return false;
    if (words.body.slice(token.end, following.start).trim() !== '') return false;
  }
  return true;
}

const SENTENCE_END = /[.!?…\n\r\u2028\u2029]/u;
const BEFORE_SENTENCE_WORD = /[\s"'«»“”„‘’([\-–—]/u;
const WORD_BEFORE_DOT = /[\p{L}\p{M}-]+$/u;

/**
 * True when the word at `start` opens a sentence (of the text, a line, or after . ! ? …), past
 * quotes, brackets and a dialogue dash: its capital says nothing. The dot of an abbreviation
 * («г. Курган», «ст. Достык») is no sentence end.
 */
export function opensSentence(body: string, start: number, language: Language): boolean {
  let i = start - 1;
  while (i >= 0 && BEFORE_SENTENCE_WORD.test(body.charAt(i)) && !SENTENCE_END.test(body.charAt(i))) i -= 1;
  if (i < 0) return true;
  const char = body.charAt(i);
  if (!SENTENCE_END.test(char)) return false;
  if (char !== '.') return true;
  const word = WORD_BEFORE_DOT.exec(body.slice(Math.max(0, i - 8), i))?.[0] ?? '';
  return !ABBREVIATIONS[language].has(normalizeForMatch(word));
}

/** Whether the word after the name names a kind of place (station, village, city). */
export function placeKindFollows(words: TextWords, last: number): boolean {
  const name = words.tokens[last];
  const next = words.tokens[last + 1];
  if (!name || !next || !onlyQuotesAndSpaces(words.body, name.end, next.start)) return false;
  const kinds = PLACE_KINDS[words.language];
  return words.lemmasAt(last + 1).some((lemma) => kinds.has(lemma));
}

const DASHES_AND_SPACES = /^[\s"'«»“”„‘’]*[-\u2010-\u2015\u2212][\s"'«»“”„‘’]*$/u;

/** Whether the text between two names joins them into a list or a route («Достық және Алашанькоу», «Достық – Алашаңқай»). */
export function joinsNames(between: string, language: Language): boolean {
  if (DASHES_AND_SPACES.test(between)) return true;
  const word = normalizeForMatch(between.replace(/["'«»“”„‘’,]/gu, ' ').trim());
  return JOINERS[language].has(word);
}

const DEFINITION_DASH = /^["'»”]?[ \t\u00A0]*[-\u2013\u2014][ \t\u00A0]*\p{Ll}/u;

/**
 * A sentence's first word followed by a dash and a lower-case word is the subject of a
 * definition («Достық – ең асыл қасиет»): the ordinary word, whatever else the text names.
 */
export function isDefined(body: string, end: number): boolean {
  return DEFINITION_DASH.test(body.slice(end, end + 8));
}
