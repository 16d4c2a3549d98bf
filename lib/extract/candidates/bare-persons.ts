import { PrefixFilter } from '../prefix-filter';
import type { Language } from '../types';
import type { Finding } from './finding';
import { GENERIC_NAME_WORDS, NOT_PERSON_CONTEXT_WORDS } from './generic-words';
import { comparable } from './initials';
import { firstNameGender } from './first-name-gender';
import { HONORIFICS, RU_ADJECTIVE_ONLY_ENDINGS } from './name-shapes';
import { isSingleLetterChineseSurname, personEvidence } from './name-evidence';
import { headAt } from './organizations';
import { isPatronymic, kkNameWordIsInflected, personNameLemmas } from './person-names';
import { personFindingFromWords } from './role-persons';
import { roleAt } from './roles';
import type { TextView } from './text-view';

const MAX_RUN = 3;

interface WordSets {
  notPersonContext: ReadonlySet<string>;
  generic: ReadonlySet<string>;
  /** Either table: a cheap first test before a word's lemmas are computed. */
  filter: PrefixFilter;
  honorificsBefore: ReadonlySet<string>;
  honorificsAfter: ReadonlySet<string>;
}

const WORD_SETS: Readonly<Record<Language, WordSets>> = {
  kk: wordSets('kk'),
  ru: wordSets('ru'),
  en: wordSets('en'),
};

function wordSets(language: Language): WordSets {
  return {
    notPersonContext: new Set(NOT_PERSON_CONTEXT_WORDS[language]),
    generic: new Set(GENERIC_NAME_WORDS[language]),
    filter: new PrefixFilter([...NOT_PERSON_CONTEXT_WORDS[language], ...GENERIC_NAME_WORDS[language]]),
    honorificsBefore: new Set(HONORIFICS[language].before),
    honorificsAfter: new Set(HONORIFICS[language].after),
  };
}

/**
 * Person names without a role word beside them: two or three capitalised words that carry
 * evidence of a person (a surname or patronymic shape, a frequent first name, a Chinese surname
 * before a pinyin or Palladius given name: «Марат Қарабаев», «Нурымбетом Сактагановым», «Лю Вэй»,
 * "Duan Peng"). A surname ending that places share (-ин, -in) needs more: an honorific beside the
 * name, or the surname used alone elsewhere in the text. Never on a Title Case line, never next to
 * a street, district or institution word («Абай даңғылы», «улица Байтурсынова»). Words inside the
 * spans of other signals (`taken`, by token) are left to them.
 */
export function findBarePersons(view: TextView, taken: Uint8Array): Finding[] {
  const sets = WORD_SETS[view.language];
  const findings: Finding[] = [];
  const weak: Finding[] = [];
  for (let i = 0; i < view.tokens.length; i += 1) {
    // Cheap tests first: two capitalised words in a row, before any word is normalized or lemmatised.
    if (taken[i] === 1 || !view.isCapitalised(i) || !view.isCapitalised(i + 1) || !view.joinedToNext(i)) continue;
    if (!view.isNameWord(i) && !isSingleLetterChineseSurname(view, i)) continue;
    const rawEnd = capitalisedRunEnd(view, i, taken);
    if (rawEnd === i) continue;
    for (let k = i; k <= rawEnd; k += 1) {
      if (!(isSingleLetterChineseSurname(view, k) && view.capitalsSpeak(k)) && !isBareNameWord(view, k, sets)) continue;
      const run = runAt(view, k, rawEnd, sets);
      k = run[run.length - 1] ?? k;
      const finding = personOfRun(view, run, sets);
      if (finding?.evidence === 'strong') findings.push(finding.finding);
      else if (finding) weak.push(finding.finding);
    }
    i = rawEnd;
  }
  return [...findings, ...confirmedBySurnameAlone(view, weak)];
}

/**
 * The last token of the capitalised words joined to token `index` (itself when none follows).
 * Words another signal has named already (`taken`) end the run.
 */
function capitalisedRunEnd(view: TextView, index: number, taken: Uint8Array): number {
  let end = index;
  while (
    end + 1 < view.tokens.length &&
    taken[end + 1] !== 1 &&
    view.joinedToNext(end) &&
    (view.isNameWord(end + 1) || isCapitalsSurnameAfterFirstName(view, end + 1))
  ) {
    end += 1;
  }
  return end;
}

/** The person a run of name words makes, with how sure its evidence is ('weak' needs confirming). */
function personOfRun(view: TextView, run: readonly number[], sets: WordSets): { finding: Finding; evidence: 'strong' | 'weak' } | null {
  const windows = keptWords(view, run);
  let weakest: { finding: Finding; evidence: 'strong' | 'weak' } | null = null;
  for (const kept of windows) {
    if (blockedByContext(view, kept, sets)) continue;
    const words = personNameLemmas(
      kept.map((index) => asName(view.text(index))),
      view.language,
    );
    const evidence = personEvidence(words, view.language);
    if (evidence === null) continue;
    const finding = personFindingFromWords(view, kept[0] ?? 0, kept[kept.length - 1] ?? 0, words);
    if (!finding) continue;
    if (evidence === 'strong' || hasHonorific(view, kept, sets)) return { finding, evidence: 'strong' };
    // Only a run of exactly one name may rest on weak evidence.
    if (windows.length === 1) weakest = { finding, evidence: 'weak' };
  }
  return weakest;
}

/** A capitalised word that may be part of a person's name: no role, head, generic or place word. */
function isBareNameWord(view: TextView, index: number, sets: WordSets): boolean {
  if (!view.isNameWord(index) || !view.capitalsSpeak(index)) return false;
  if (roleAt(view, index) || headAt(view, index)) return false;
  if (view.language === 'ru' && isRuAdjective(view.normal(index))) return false;
  return !hasLemmaIn(view, index, sets.generic, sets) && !hasLemmaIn(view, index, sets.notPersonContext, sets);
}

function isRuAdjective(normal: string): boolean {
  return normal.length >= 5 && RU_ADJECTIVE_ONLY_ENDINGS.some((ending) => normal.endsWith(ending)) && firstNameGender(normal) === null;
}

/** The name words from `first` on, up to `end` (one more than a name has, to tell a longer run). */
function runAt(view: TextView, first: number, end: number, sets: WordSets): number[] {
  const run = [first];
  for (let k = first + 1; k <= end && run.length <= MAX_RUN; k += 1) {
    if (isCapitalsSurnameAfterFirstName(view, k)) {
      run.push(k);
      break;
    }
    if (!isBareNameWord(view, k, sets)) break;
    run.push(k);
    // A Kazakh name ends at its case ending (Қарабаевтың).
    if (view.language === 'kk' && kkNameWordIsInflected(view.text(k))) break;
  }
  return run;
}

const ALL_CAPITALS = /^\p{Lu}{3,}(?:-\p{Lu}+)?$/u;

/** A surname in capitals after a frequent first name, as credits write it («Александр ЖАБЧУК»). */
function isCapitalsSurnameAfterFirstName(view: TextView, index: number): boolean {
  return ALL_CAPITALS.test(view.text(index)) && !view.knownAt(index) && firstNameGender(view.text(index - 1)) !== null;
}

/** A word in capitals written as a name (ЖАБЧУК → Жабчук). */
function asName(word: string): string {
  return ALL_CAPITALS.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/**
 * The words of one name in a run: two, or three with a patronymic (either order). In a longer
 * run the name is its last words with strong evidence (a capitalised word opening the sentence
 * or a place word may stand before it: «Форумға Лю Вэй», "Kazakh Nurlan Nurov"), else its first.
 */
function keptWords(view: TextView, run: readonly number[]): number[][] {
  if (run.length === 2) return [[...run]];
  const windows: number[][] = [];
  for (let size = 3; size >= 2; size -= 1) {
    for (let from = run.length - size; from >= 0; from -= 1) {
      const window = run.slice(from, from + size);
      const [, middle = -1, last = -1] = window;
      if (size === 3 && !isPatronymic(view.text(middle)) && !isPatronymic(view.text(last))) continue;
      windows.push(window);
    }
  }
  return windows;
}

function blockedByContext(view: TextView, kept: readonly number[], sets: WordSets): boolean {
  const first = kept[0] ?? 0;
  const last = kept[kept.length - 1] ?? 0;
  const before = first - 1;
  const after = last + 1;
  if (before >= 0 && view.joinedToNext(before) && (hasLemmaIn(view, before, sets.notPersonContext, sets) || headAt(view, before))) {
    return true;
  }
  if (after < view.tokens.length && view.joinedToNext(last) && (hasLemmaIn(view, after, sets.notPersonContext, sets) || headAt(view, after))) {
    return true;
  }
  return false;
}

function hasLemmaIn(view: TextView, index: number, words: ReadonlySet<string>, sets: WordSets): boolean {
  if (!view.mayBe(index, sets.filter)) return false;
  return words.has(view.normal(index)) || view.lemmas(index).some((lemma) => words.has(lemma));
}

function hasHonorific(view: TextView, kept: readonly number[], sets: WordSets): boolean {
  const before = (kept[0] ?? 0) - 1;
  const after = (kept[kept.length - 1] ?? 0) + 1;
  return (before >= 0 && sets.honorificsBefore.has(view.normal(before))) || (after < view.tokens.length && sets.honorificsAfter.has(view.normal(after)));
}

/** Weak names whose surname (their last word) also stands alone elsewhere in the text ("… Kistafin said"). */
function confirmedBySurnameAlone(view: TextView, weak: readonly Finding[]): Finding[] {
  if (weak.length === 0) return [];
  const inNames = new Set<number>();
  const bySurname = new Map<string, Finding[]>();
  for (const finding of weak) {
    for (let k = finding.first; k <= finding.last; k += 1) inNames.add(k);
    const surname = finding.nameWords?.[finding.nameWords.length - 1];
    if (surname !== undefined) bySurname.set(comparable(surname), [...(bySurname.get(comparable(surname)) ?? []), finding]);
  }
  const confirmed = new Set<Finding>();
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (inNames.has(i) || !view.isCapitalised(i) || view.knownAt(i)) continue;
    const exact = comparable(view.normal(i));
    const keys = bySurname.has(exact) ? [exact] : view.lemmas(i).map(comparable);
    for (const key of keys) for (const finding of bySurname.get(key) ?? []) confirmed.add(finding);
  }
  return weak.filter((finding) => confirmed.has(finding));
}
