import { surfaceForms, type Gazetteer, type GazetteerEntry } from '../gazetteer';
import { lemmaCandidates } from '../morphology';
import { normalizeForMatch, startsUpperCase, tokenize, type Token } from '../tokenize';
import { PrefixFilter } from '../prefix-filter';
import { ENTITY_TYPES, LANGUAGES, type EntityRef, type EntityType, type Language, type NameLanguage } from '../types';
import { ORDINARY_WORD_NAMES } from './context-words';
import { LOWER_CASE_NAME_WORDS, type LowerCaseNameWord } from './name-words';
import { PLACE_WORD_LEMMAS } from './place-words';


/** One word of a gazetteer surface form, ready to be compared with text words. */
export interface CompiledWord {
  /** Set for words without lower-case letters (ҚХР, PRC, «И» in «Ван И»): matched as written. */
  asWritten: string | null;
  /** What a text word's lemma candidates must meet: see `gazetteerWordLemmas`. */
  lemmas: ReadonlySet<string>;
  /** The word as the form writes it, normalized: a text word equal to it carries no ending. */
  normal: string;
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
  /** The languages whose names and aliases hold this form. */
  languages: ReadonlySet<NameLanguage>;
  /** Lower ranks win ties between equally long matches. */
  rank: number;
  /**
   * A name that is also an ordinary phrase («Голос народа», "voice of the people"): looked for
   * only where the text quotes it whole, as it quotes the names of papers and companies.
   */
  quotedOnly: boolean;
  /** A country, city or region: the words around its name may make it part of another name. */
  place: boolean;
  /** Languages in which the place's one-word name is also an ordinary word (Достық, "friendship"). */
  ordinaryWordIn: ReadonlySet<Language>;
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
  /** Forms by every lemma of their first word. */
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

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'REGION']);
const NO_LANGUAGES: ReadonlySet<Language> = new Set();

/** Ties between forms of the same length: countries and places before people and organisations. */
const TYPE_PREFERENCE: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION', 'PERSON', 'ORGANIZATION'];

const LEADING_ARTICLE = /^the\s+/i;
const HAS_LOWER_CASE = /\p{Ll}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * A web address as a name (Azattyq.org, Golos-naroda.kz): written in any case. The gazetteer
 * writes its top-level domain in lower case, which tells "D.Trump" apart.
 */
const WEB_ADDRESS = /^[A-Za-z0-9]{2,}(?:[-.][A-Za-z0-9]+)*\.[a-z]{2,}$/u;

/** One spelling of a form in one language. */
interface Spelling {
  language: NameLanguage;
  text: string;
  tokens: Token[];
}

export function createMentionMatcher(gazetteer: Gazetteer): MentionMatcher {
  const byFirstLemma = new Map<string, FirstWordForms>();
  const byFirstAsWritten = new Map<string, FirstWordForms>();
  const placeWordLemmas = new Set(Object.values(PLACE_WORD_LEMMAS).flat());
  gazetteer.entries.forEach((entry, entryIndex) => {
    const entity = entityRef(entry);
    const rank = TYPE_PREFERENCE.indexOf(entry.type) * 1_000_000 + entryIndex;
    for (const { spellings, quotedOnly } of spellingGroups(entry)) {
      const words = compileWords(spellings, placeWordLemmas);
      const first = words[0];
      if (!first) continue;
      const languages = new Set(spellings.map((spelling) => spelling.language));
      const place = PLACE_TYPES.has(entry.type);
      const ordinaryWordIn = place ? ordinaryWordLanguages(words) : NO_LANGUAGES;
      const compiled: CompiledForm = { entity, words, languages, rank, quotedOnly, place, ordinaryWordIn };
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

/**
 * An entry's forms with their spellings: the spellings of one form differ only in case or in the
 * language that holds them («Область Абай» and «область Абай», Azattyq.org in three languages),
 * so they are compiled once, as leniently as the most lenient spelling. The names of an
 * organisation that are display-only (ordinary phrases) come last, as quoted-only forms.
 */
function spellingGroups(entry: GazetteerEntry): { spellings: Spelling[]; quotedOnly: boolean }[] {
  const groups = new Map<string, { spellings: Spelling[]; quotedOnly: boolean }>();
  const add = (language: NameLanguage, form: string, quotedOnly: boolean): void => {
    const text = language === 'en' ? form.replace(LEADING_ARTICLE, '') : form;
    const tokens = tokenize(text);
    // A dash inside a word or between two (Алма-Ата, Алма – Ата) changes the words: another form.
    const identity = `${quotedOnly ? 'q' : ''}${tokens.length}\u0000${normalizeForMatch(text)}`;
    const group = groups.get(identity);
    if (group) group.spellings.push({ language, text, tokens });
    else groups.set(identity, { spellings: [{ language, text, tokens }], quotedOnly });
  };
  for (const { language, form } of surfaceForms(entry)) add(language, form, false);
  if (entry.type === 'ORGANIZATION') {
    for (const language of entry.displayOnly ?? []) {
      const name = entry.names[language];
      if (name) add(language, name, true);
    }
  }
  return [...groups.values()];
}

function compileWords(spellings: readonly Spelling[], placeWordLemmas: ReadonlySet<string>): CompiledWord[] {
  const [model] = spellings;
  if (!model) return [];
  const { tokens, text: form } = model;
  const webAddress = spellings.some((spelling) => WEB_ADDRESS.test(spelling.text));
  const oneWord = tokens.length === 1;
  return tokens.map((token, index) => {
    const previous = tokens[index - 1];
    const gap = previous ? gapPunctuation(form.slice(previous.end, token.start)) : '';
    const variants = spellings.map((spelling) => ({ language: spelling.language, word: spelling.tokens[index]?.text ?? token.text }));
    const lemmas = new Set<string>();
    for (const { word, language } of variants) for (const lemma of gazetteerWordLemmas(word, language, oneWord)) lemmas.add(lemma);
    // A generic word inside a name («the Abai region», «Abai regions») needs no capital.
    const genericWords = index > 0 ? variants.flatMap(({ word, language }) => lowerCaseNameWord(word, language) ?? []) : [];
    for (const generic of genericWords) for (const plural of generic.plurals) lemmas.add(plural);
    const lowerCaseAllowed = genericWords.length > 0;
    const asWritten = !webAddress && variants.every(({ word }) => !HAS_LOWER_CASE.test(word)) && HAS_LETTER_OR_DIGIT.test(token.text) ? token.text : null;
    return {
      asWritten,
      lemmas,
      normal: normalizeForMatch(token.text),
      capitalised: !webAddress && !lowerCaseAllowed && variants.every(({ word }) => startsUpperCase(word)),
      placeWord: variants.some(({ word, language }) => isPlaceWord(word, language, placeWordLemmas)),
      gapBefore: gap,
    };
  });
}

/** The languages in which a one-word name (place words aside) is an ordinary word. */
function ordinaryWordLanguages(words: readonly CompiledWord[]): ReadonlySet<Language> {
  const names = words.filter((word) => !word.placeWord);
  const [name] = names;
  if (names.length !== 1 || !name) return NO_LANGUAGES;
  const languages = LANGUAGES.filter((language) => ORDINARY_WORD_NAMES[language].includes(name.normal));
  return languages.length > 0 ? new Set(languages) : NO_LANGUAGES;
}

const GAP_IGNORED = /[\s"']/gu;

/** The punctuation between two words, normalized, without spaces and quotes ('' for a plain space). */
export function gapPunctuation(gap: string): string {
  return normalizeForMatch(gap).replace(GAP_IGNORED, '');
}

/**
 * What a gazetteer word is filed under. A word of a longer Kazakh name gives all its stems, so
 * that a form written with an ending («Халық үкіметінің») meets the same word without it in a
 * text. A one-word name, and every Russian and English word, gives its own form only: the text
 * side strips the endings, while the stems of a one-word name are other words (the stem «бақ» of
 * «Бақты» is «БАҚ», mass media), and two lists of Russian guesses would meet on a guess neither
 * word has (мэрия and мэром both guess «мэрий»).
 */
function gazetteerWordLemmas(word: string, language: NameLanguage, oneWord: boolean): readonly string[] {
  return language === 'kk' && !oneWord ? lemmaCandidates(word, 'kk') : [normalizeForMatch(word)];
}

function lowerCaseNameWord(word: string, language: NameLanguage): LowerCaseNameWord | undefined {
  if (language === 'zh') return undefined;
  const normal = normalizeForMatch(word);
  return LOWER_CASE_NAME_WORDS[language].find((row) => row.word === normal);
}

function isPlaceWord(word: string, language: NameLanguage, placeWordLemmas: ReadonlySet<string>): boolean {
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
