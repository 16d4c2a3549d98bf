import { normalizeForMatch } from '../tokenize';
import type { Language } from '../types';
import type { Finding } from './finding';
import { GENERIC_NAME_WORDS, NOT_PERSON_CONTEXT_WORDS } from './generic-words';
import { comparable } from './initials';
import { firstNameGender } from './first-name-gender';
import { HONORIFICS, RU_ADJECTIVE_ONLY_ENDINGS } from './name-shapes';
import { isChinesePersonName, isSingleLetterChineseSurname, personEvidence } from './name-evidence';
import { headAt } from './organizations';
import { isPatronymic, personNameLemmas } from './person-names';
import { personFindingFromWords } from './role-persons';
import { roleAt } from './roles';
import type { TextView } from './text-view';

const MAX_RUN = 3;

interface WordSets {
  notPersonContext: ReadonlySet<string>;
  generic: ReadonlySet<string>;
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
 * a street, district or institution word («Абай даңғылы», «улица Байтурсынова»).
 */
export function findBarePersons(view: TextView): Finding[] {
  const sets = WORD_SETS[view.language];
  const findings: Finding[] = [];
  const weak: Finding[] = [];
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (!isRunStart(view, i, sets)) continue;
    const run = runAt(view, i, sets);
    i = run[run.length - 1] ?? i;
    const kept = keptWords(view, run);
    if (!kept || blockedByContext(view, kept, sets)) continue;
    const finding = personFinding(view, kept);
    if (!finding) continue;
    const evidence = personEvidence(finding.nameWords ?? [], view.language);
    if (evidence === 'strong' || (evidence === 'weak' && hasHonorific(view, kept, sets))) findings.push(finding);
    else if (evidence === 'weak') weak.push(finding);
  }
  return [...findings, ...confirmedBySurnameAlone(view, weak)];
}

function isRunStart(view: TextView, index: number, sets: WordSets): boolean {
  if (!view.capitalsSpeak(index)) return false;
  if (isSingleLetterChineseSurname(view, index)) return true;
  return isBareNameWord(view, index, sets) && !(index > 0 && view.joinedToNext(index - 1) && isBareNameWord(view, index - 1, sets));
}

/** A capitalised word that may be part of a person's name: no role, head, generic or place word. */
function isBareNameWord(view: TextView, index: number, sets: WordSets): boolean {
  if (!view.isNameWord(index) || !view.capitalsSpeak(index)) return false;
  if (roleAt(view, index) || headAt(view, index)) return false;
  if (view.language === 'ru' && isRuAdjective(view.normal(index))) return false;
  return !hasLemmaIn(view, index, sets.generic) && !hasLemmaIn(view, index, sets.notPersonContext);
}

function isRuAdjective(normal: string): boolean {
  return normal.length >= 5 && RU_ADJECTIVE_ONLY_ENDINGS.some((ending) => normal.endsWith(ending)) && firstNameGender(normal) === null;
}

function runAt(view: TextView, first: number, sets: WordSets): number[] {
  const run = [first];
  for (let k = first + 1; k < view.tokens.length && run.length <= MAX_RUN; k += 1) {
    if (!view.joinedToNext(k - 1)) break;
    if (isCapitalsSurnameAfterFirstName(view, k)) {
      run.push(k);
      break;
    }
    if (!isBareNameWord(view, k, sets)) break;
    run.push(k);
    // A Kazakh name ends at its case ending (Қарабаевтың).
    if (view.language === 'kk' && personNameLemmas([view.text(k)], 'kk')[0] !== view.text(k)) break;
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

/** The words of one name in a run: two, or three with a patronymic (either order), else none. */
function keptWords(view: TextView, run: readonly number[]): number[] | null {
  if (run.length === 2) return [...run];
  if (run.length !== 3) return null;
  const [, middle = -1, last = -1] = run;
  return isPatronymic(view.text(middle)) || isPatronymic(view.text(last)) ? [...run] : null;
}

function blockedByContext(view: TextView, kept: readonly number[], sets: WordSets): boolean {
  const first = kept[0] ?? 0;
  const last = kept[kept.length - 1] ?? 0;
  const before = first - 1;
  const after = last + 1;
  if (before >= 0 && view.joinedToNext(before) && (hasLemmaIn(view, before, sets.notPersonContext) || headAt(view, before))) return true;
  if (after < view.tokens.length && view.joinedToNext(last) && (hasLemmaIn(view, after, sets.notPersonContext) || headAt(view, after))) {
    return true;
  }
  return false;
}

function hasLemmaIn(view: TextView, index: number, words: ReadonlySet<string>): boolean {
  return words.has(view.normal(index)) || view.lemmas(index).some((lemma) => words.has(lemma));
}

function hasHonorific(view: TextView, kept: readonly number[], sets: WordSets): boolean {
  const before = (kept[0] ?? 0) - 1;
  const after = (kept[kept.length - 1] ?? 0) + 1;
  return (before >= 0 && sets.honorificsBefore.has(view.normal(before))) || (after < view.tokens.length && sets.honorificsAfter.has(view.normal(after)));
}

function personFinding(view: TextView, indexes: readonly number[]): Finding | null {
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first === undefined || last === undefined) return null;
  const words = personNameLemmas(
    indexes.map((index) => asName(view.text(index))),
    view.language,
  );
  return personFindingFromWords(view, first, last, words);
}

/**
 * Weak names whose surname also stands alone elsewhere in the text ("… Kistafin said"): the
 * last word for most names, the first for Chinese ones.
 */
function confirmedBySurnameAlone(view: TextView, weak: readonly Finding[]): Finding[] {
  if (weak.length === 0) return [];
  const inNames = new Set<number>();
  for (const finding of weak) for (let k = finding.first; k <= finding.last; k += 1) inNames.add(k);
  const wanted = new Map<string, Finding[]>();
  for (const finding of weak) {
    const words = finding.nameWords ?? [];
    const surname = isChinesePersonName(words) ? words[0] : words[words.length - 1];
    if (surname === undefined) continue;
    const key = comparable(surname);
    wanted.set(key, [...(wanted.get(key) ?? []), finding]);
  }
  const confirmed = new Set<Finding>();
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (inNames.has(i) || !view.isCapitalised(i) || view.knownAt(i)) continue;
    const normal = normalizeForMatch(view.text(i));
    const keys = wanted.has(comparable(normal)) ? [comparable(normal)] : view.lemmas(i).map(comparable);
    for (const key of keys) for (const finding of wanted.get(key) ?? []) confirmed.add(finding);
  }
  return weak.filter((finding) => confirmed.has(finding));
}
