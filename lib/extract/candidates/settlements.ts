import { PrefixFilter } from '../prefix-filter';
import { transliterate } from '../transliterate';
import type { EntityRef, Language, LocalizedNames } from '../types';
import { slugify, toRussianLetters } from './entity-refs';
import type { Finding } from './finding';
import { personEvidence } from './name-evidence';
import { personNameLemmas } from './person-names';
import { GENERIC_NAME_WORDS } from './generic-words';
import { RU_DISTRICT_ADJECTIVE_ENDINGS, SETTLEMENT_WORDS, type SettlementWord } from './settlement-words';
import type { TextView } from './text-view';

const MAX_NAME_WORDS = 3;

interface SettlementIndex {
  byLemma: ReadonlyMap<string, SettlementWord>;
  filter: PrefixFilter;
  generic: ReadonlySet<string>;
}

const INDEX: Readonly<Record<Language, SettlementIndex>> = {
  kk: compile('kk'),
  ru: compile('ru'),
  en: compile('en'),
};

function compile(language: Language): SettlementIndex {
  const byLemma = new Map<string, SettlementWord>();
  for (const word of SETTLEMENT_WORDS[language]) for (const lemma of word.lemmas) byLemma.set(lemma, word);
  return { byLemma, filter: new PrefixFilter(byLemma.keys()), generic: new Set(GENERIC_NAME_WORDS[language]) };
}

/**
 * Districts and settlements the gazetteer does not know, named by the word beside them:
 * «Тайынша ауданына» → Тайынша ауданы (REGION), «района Мақаншы» → район Маканшы, «Қарабұлақ
 * ауылында» → Қарабұлақ (CITY), "Zhanakorgan District". The name is one to three capitalised words
 * (a Russian district may also be an adjective: «Тайыншинского района» → Тайыншинский район).
 * The place word is in lower case (English: either); the name holds no known mention and is not
 * only generic words ("Central District"). Candidates have no coordinates, so they never reach a map.
 */
export function findSettlements(view: TextView): Finding[] {
  const index = INDEX[view.language];
  const findings: Finding[] = [];
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (view.language !== 'en' && view.isCapitalised(i)) continue;
    if (!view.mayBe(i, index.filter) || view.knownAt(i)) continue;
    const word = view.lemmas(i).map((lemma) => index.byLemma.get(lemma)).find((found) => found !== undefined);
    if (!word) continue;
    const finding = word.position === 'before' ? nameBefore(view, i, word, index) : nameAfter(view, i, word, index);
    if (finding) {
      findings.push(finding);
      i = finding.last;
    }
  }
  return findings;
}

function nameBefore(view: TextView, wordIndex: number, word: SettlementWord, index: SettlementIndex): Finding | null {
  // "Almaty District Court": a capitalised word after the place word makes a longer name.
  if (view.language === 'en' && view.joinedToNext(wordIndex) && view.isNameWord(wordIndex + 1)) return null;
  let first = wordIndex;
  for (let p = wordIndex - 1; p >= 0 && wordIndex - p <= MAX_NAME_WORDS; p -= 1) {
    if (!view.joinedToNext(p) || !isPlaceNameWord(view, p)) break;
    first = p;
  }
  // A capital opening the sentence says nothing once the name has a word of its own («Делегация Тайынша ауданына»).
  if (first < wordIndex - 1 && view.isSentenceStart(first)) first += 1;
  if (first === wordIndex) return null;
  return placeFinding(view, first, wordIndex - 1, first, wordIndex, word, index);
}

function nameAfter(view: TextView, wordIndex: number, word: SettlementWord, index: SettlementIndex): Finding | null {
  const adjective = ruDistrictAdjective(view, wordIndex, word);
  if (adjective) return adjective;
  let last = wordIndex;
  for (let k = wordIndex + 1; k < view.tokens.length && k - wordIndex <= MAX_NAME_WORDS; k += 1) {
    if (!view.joinedToNext(k - 1) || !isPlaceNameWord(view, k)) break;
    last = k;
  }
  if (last === wordIndex) return null;
  // «района Мақаншы Даурен Койгелдин»: a person named after the place is not part of its name.
  const afterFirst = personNameLemmas(wordsOf(view, wordIndex + 2, last), view.language);
  if (personEvidence(afterFirst, view.language) !== null) last = wordIndex + 1;
  return placeFinding(view, wordIndex + 1, last, wordIndex, last, word, index);
}

function wordsOf(view: TextView, first: number, last: number): string[] {
  const words: string[] = [];
  for (let k = first; k <= last; k += 1) words.push(view.text(k));
  return words;
}

function isPlaceNameWord(view: TextView, index: number): boolean {
  return view.isNameWord(index) && view.capitalsSpeak(index);
}

/** «Тайыншинского района»: a capitalised district adjective right before the word. */
function ruDistrictAdjective(view: TextView, wordIndex: number, word: SettlementWord): Finding | null {
  const before = wordIndex - 1;
  if (view.language !== 'ru' || word.type !== 'REGION' || before < 0 || !view.joinedToNext(before)) return null;
  if (!isPlaceNameWord(view, before)) return null;
  const text = view.text(before);
  const normal = view.normal(before);
  const row = RU_DISTRICT_ADJECTIVE_ENDINGS.find(({ ending }) => normal.endsWith(ending) && normal.length > ending.length + 2);
  if (!row) return null;
  const adjective = text.slice(0, text.length - row.ending.length) + row.nominative;
  const name = `${adjective} ${word.lemmas[0] ?? ''}`;
  const start = view.tokens[before]?.start ?? 0;
  const ref = placeRef(word.type, { kk: name, ru: name, en: `${transliterate(adjective)} District` });
  return { first: before, last: wordIndex, start, end: view.nameEnd(wordIndex), entity: ref };
}

function placeFinding(
  view: TextView,
  nameFirst: number,
  nameLast: number,
  first: number,
  last: number,
  word: SettlementWord,
  index: SettlementIndex,
): Finding | null {
  const words: string[] = [];
  let generic = true;
  for (let k = nameFirst; k <= nameLast; k += 1) {
    words.push(view.text(k));
    if (!index.generic.has(view.normal(k))) generic = false;
  }
  if (generic) return null;
  const name = words.join(' ');
  const start = view.tokens[first]?.start ?? 0;
  return { first, last, start, end: view.nameEnd(last), entity: placeRef(word.type, localizedNames(name, word, view.language)) };
}

function localizedNames(name: string, word: SettlementWord, language: Language): LocalizedNames {
  const fill = (pattern: string, value: string) => pattern.replace('{name}', value);
  if (language === 'en') {
    const en = fill(word.names.en, name);
    return { kk: en, ru: en, en };
  }
  return {
    kk: fill(word.names.kk, name),
    ru: fill(word.names.ru, toRussianLetters(name)),
    en: fill(word.names.en, transliterate(name)),
  };
}

function placeRef(type: SettlementWord['type'], names: LocalizedNames): EntityRef {
  return { key: `candidate-${type.toLowerCase()}-${slugify(names.en)}`, type, names, known: false };
}
