import { surfaceForms, type Gazetteer, type GazetteerEntry } from '../gazetteer';
import { lemmaCandidates } from '../morphology';
import { normalizeForMatch, startsUpperCase, tokenize } from '../tokenize';
import { PrefixFilter } from '../prefix-filter';
import { ENTITY_TYPES, type EntityRef, type EntityType, type Language } from '../types';
import { PLACE_WORD_LEMMAS } from './place-words';

/** One word of a gazetteer surface form, ready to be compared with text words. */
export interface CompiledWord {
  /** Set for words without lower-case letters (ҚХР, PRC, «И» in «Ван И»): matched as written. */
  asWritten: string | null;
  /** Lemma candidates of the word in its own language. */
  lemmas: ReadonlySet<string>;
  /** A capitalised word needs a text word that does not start in lower case. */
  capitalised: boolean;
  /** A generic place word (қаласы, города), optional inside a longer name. */
  placeWord: boolean;
  /** Punctuation the form has before this word («.» in «г. Алматы»), '' for a plain space. */
  gapBefore: string;
}

export interface CompiledForm {
  entity: EntityRef;
  words: readonly CompiledWord[];
  language: Language | 'zh';
  /** Lower ranks win ties between equally long matches. */
  rank: number;
}

/**
 * The forms sharing a first word: one-word forms, and longer ones by a key of their second word
 * (each lemma, or `AS_WRITTEN_MARK` + the word as written). A generic place word in second
 * position is optional, so such a form is also filed under its third word.
 */
export interface FirstWordForms {
  single: CompiledForm[];
  bySecond: Map<string, CompiledForm[]>;
}

export const AS_WRITTEN_MARK = '\u0000';

export interface MentionMatcher {
  /** Forms by every lemma candidate of their first word. */
  byFirstLemma: ReadonlyMap<string, FirstWordForms>;
  /** Forms whose first word is matched as written, by that word. */
  byFirstAsWritten: ReadonlyMap<string, FirstWordForms>;
  /** Starts of every `byFirstLemma` key: a cheap test before computing a word's lemmas. */
  firstLemmaFilter: PrefixFilter;
  /** The same for forms whose first word is written in lower case (tried on lower-case text words). */
  lowerCaseFirstFilter: PrefixFilter;
  placeWordLemmas: ReadonlySet<string>;
  placeWordFilter: PrefixFilter;
}

/** Ties between forms of the same length: countries and places before people and organisations. */
const TYPE_PREFERENCE: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION', 'PERSON', 'ORGANIZATION'];

const LEADING_ARTICLE = /^the\s+/i;
const HAS_LOWER_CASE = /\p{Ll}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function createMentionMatcher(gazetteer: Gazetteer): MentionMatcher {
  const byFirstLemma = new Map<string, FirstWordForms>();
  const byFirstAsWritten = new Map<string, FirstWordForms>();
  const placeWordLemmas = new Set(Object.values(PLACE_WORD_LEMMAS).flat());
  const seen = new Set<string>();
  gazetteer.entries.forEach((entry, entryIndex) => {
    const entity = entityRef(entry);
    for (const { language, form } of surfaceForms(entry)) {
      const text = language === 'en' ? form.replace(LEADING_ARTICLE, '') : form;
      const identity = `${entry.key}\u0000${normalizeForMatch(text)}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const words = compileWords(text, language, placeWordLemmas);
      const first = words[0];
      if (!first) continue;
      const rank = TYPE_PREFERENCE.indexOf(entry.type) * 1_000_000 + entryIndex;
      const compiled: CompiledForm = { entity, words, language, rank };
      const secondKeys = secondWordKeys(words);
      if (first.asWritten !== null) {
        file(byFirstAsWritten, first.asWritten, compiled, secondKeys);
      } else {
        for (const lemma of first.lemmas) file(byFirstLemma, lemma, compiled, secondKeys);
      }
    }
  });
  const firstLemmaFilter = new PrefixFilter();
  const lowerCaseFirstFilter = new PrefixFilter();
  for (const [key, forms] of byFirstLemma) {
    firstLemmaFilter.add(key);
    const all = [...forms.single, ...[...forms.bySecond.values()].flat()];
    if (all.some((form) => !form.words[0]?.capitalised)) lowerCaseFirstFilter.add(key);
  }
  return {
    byFirstLemma,
    byFirstAsWritten,
    firstLemmaFilter,
    lowerCaseFirstFilter,
    placeWordLemmas,
    placeWordFilter: new PrefixFilter(placeWordLemmas),
  };
}

function compileWords(form: string, language: Language | 'zh', placeWordLemmas: ReadonlySet<string>): CompiledWord[] {
  const tokens = tokenize(form);
  return tokens.map((token, index) => {
    const previous = tokens[index - 1];
    const gap = previous ? gapPunctuation(form.slice(previous.end, token.start)) : '';
    const lemmas = new Set(gazetteerWordLemmas(token.text, language));
    const asWritten = !HAS_LOWER_CASE.test(token.text) && HAS_LETTER_OR_DIGIT.test(token.text) ? token.text : null;
    return {
      asWritten,
      lemmas,
      capitalised: startsUpperCase(token.text),
      placeWord: isPlaceWord(token.text, language, placeWordLemmas),
      gapBefore: gap,
    };
  });
}

const GAP_IGNORED = /[\s"']/gu;

/** The punctuation between two words, normalized, without spaces and quotes ('' for a plain space). */
export function gapPunctuation(gap: string): string {
  return normalizeForMatch(gap).replace(GAP_IGNORED, '');
}

/**
 * What a gazetteer word is filed under. Kazakh words give all their stems, so that a form written
 * with an ending («Халық үкіметінің») meets the same word without it in a text. Russian and English
 * words give their form only: the text side produces the dictionary forms, and two lists of
 * Russian guesses would meet on a guess neither word has (мэрия and мэром both guess «мэрий»).
 */
function gazetteerWordLemmas(word: string, language: Language | 'zh'): readonly string[] {
  return language === 'kk' ? lemmaCandidates(word, 'kk') : [normalizeForMatch(word)];
}

function isPlaceWord(word: string, language: Language | 'zh', placeWordLemmas: ReadonlySet<string>): boolean {
  if (language === 'zh') return false;
  return lemmaCandidates(word, language).some((lemma) => placeWordLemmas.has(lemma));
}

function entityRef(entry: GazetteerEntry): EntityRef {
  return {
    key: entry.key,
    type: entry.type,
    names: { kk: entry.names.kk, ru: entry.names.ru, en: entry.names.en },
    known: true,
  };
}

/** Keys a text's second word may show for this form; none for a one-word form. */
function secondWordKeys(words: readonly CompiledWord[]): string[] {
  const keys = new Set<string>();
  const candidates = words[1]?.placeWord && words.length > 2 ? [words[1], words[2]] : [words[1]];
  for (const word of candidates) {
    if (!word) continue;
    if (word.asWritten !== null) keys.add(AS_WRITTEN_MARK + word.asWritten);
    else for (const lemma of word.lemmas) keys.add(lemma);
  }
  return [...keys];
}

function file(index: Map<string, FirstWordForms>, key: string, form: CompiledForm, secondKeys: readonly string[]): void {
  let forms = index.get(key);
  if (!forms) {
    forms = { single: [], bySecond: new Map() };
    index.set(key, forms);
  }
  if (secondKeys.length === 0) {
    forms.single.push(form);
    return;
  }
  for (const secondKey of secondKeys) {
    const list = forms.bySecond.get(secondKey);
    if (list) list.push(form);
    else forms.bySecond.set(secondKey, [form]);
  }
}

// Keeps the type list and the preference list in step: a new entity type must be ranked.
for (const type of ENTITY_TYPES) {
  if (!TYPE_PREFERENCE.includes(type)) throw new Error(`entity type ${type} has no match preference`);
}
