import type { Language } from '../types';
import { candidateRef } from './entity-refs';
import type { Finding } from './finding';
import { isSingleLetterChineseSurname, personEvidence } from './name-evidence';
import { COMPLEMENT_JOINERS, RU_ADJECTIVE_ENDINGS, RU_GENITIVE_ENDINGS } from './organization-heads';
import { headAt } from './organizations';
import { palladiusSyllables } from '../transliterate';
import { isPatronymic, kkNameWordIsInflected, looksLikeSurname, personNameLemmas } from './person-names';
import { isRoleConnector, roleAt } from './roles';
import type { TextView } from './text-view';

/** Most words of a name we take: first name, patronymic, surname. */
const MAX_NAME_WORDS = 3;
/** How far after a role word its name may stand («посол Казахстана в Китае Шахрат Нурышев»). */
const MAX_TOKENS_TO_NAME = 8;
/** Lower-case words of an inflected post between role and name («заместитель директора канцелярии …»). */
const MAX_LOWER_CASE_SKIPPED = 3;

const COMMA_OR_DASH = /^\s*[,\u2013\u2014-]\s*$/u;
const ARTICLES = new Set(['the', 'a', 'an']);
/** An abbreviation passed over between a role and its name (АО, НК, РК, КНБ, PRC). */
const ABBREVIATION = /^[\p{Lu}]{2,5}$/u;

/**
 * Person names next to role words: after the role («Бас консулы Нұрлан Аққошқаров», «мэр Шанхая
 * Гун Чжэн», "Consul General of Kazakhstan in Shanghai Nurlan Akkoshkarov") or before it after a
 * comma ("Gong Zheng, mayor of Shanghai"). `skippable`: spans of organisation candidates, passed
 * over like known places on the way from a role to its name.
 */
export function findRolePersons(view: TextView, skippable: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  const skipTo = new Map(skippable.map((finding) => [finding.first, finding.last + 1]));
  for (let i = 0; i < view.tokens.length; i += 1) {
    const role = roleAt(view, i);
    if (!role) continue;
    const after = nameAfterRole(view, role.next, role.oblique, skipTo);
    if (after) findings.push(after);
    const before = nameBeforeRole(view, i, role.oblique);
    if (before) findings.push(before);
    i = role.next - 1;
  }
  return findings;
}

function nameAfterRole(view: TextView, from: number, oblique: boolean, skipTo: ReadonlyMap<number, number>): Finding | null {
  let j = from;
  let lowerCaseSkipped = 0;
  let direct = true;
  let afterSkippedWords = false;
  while (j < view.tokens.length && j - from < MAX_TOKENS_TO_NAME) {
    if (!view.joinedToNext(j - 1, true)) return null;
    const skippedWords = afterSkippedWords;
    afterSkippedWords = false;
    const known = view.knownAt(j);
    if (known) {
      if (known.entity.type === 'PERSON') return null;
      j = view.afterKnown(j);
      direct = false;
      continue;
    }
    const skipped = skipTo.get(j);
    if (skipped !== undefined) {
      j = skipped;
      direct = false;
      continue;
    }
    if (isRoleConnector(view, j) || ABBREVIATION.test(view.text(j)) || (skippedWords && isJoiner(view, j))) {
      j += 1;
      direct = false;
      continue;
    }
    // A role inside the phrase (заместитель акима) governs its own complement; the name agrees with the first role.
    const nextRole = roleAt(view, j);
    if (nextRole) {
      j = nextRole.next;
      continue;
    }
    if (view.isNameWord(j) || isSingleLetterChineseSurname(view, j)) {
      const name = collectName(view, j, direct, oblique);
      if (name) return name;
      // Capitalised words that are no name (an unknown place, a portfolio) stand between role and name.
      j = capitalisedRunEnd(view, j);
      direct = false;
      afterSkippedWords = true;
      continue;
    }
    if (view.language === 'ru' && !view.isCapitalised(j) && lowerCaseSkipped < MAX_LOWER_CASE_SKIPPED && isRuModifier(view.normal(j))) {
      lowerCaseSkipped += 1;
      j += 1;
      direct = false;
      continue;
    }
    return null;
  }
  return null;
}

function isJoiner(view: TextView, index: number): boolean {
  return COMPLEMENT_JOINERS[view.language].includes(view.normal(index)) && view.isCapitalised(index + 1);
}

/** The first token after the capitalised words starting at `index`. */
function capitalisedRunEnd(view: TextView, index: number): number {
  let end = index + 1;
  while (end < view.tokens.length && view.joinedToNext(end - 1) && view.isNameWord(end)) end += 1;
  return end;
}

function isRuModifier(normal: string): boolean {
  return [...RU_GENITIVE_ENDINGS, ...RU_ADJECTIVE_ENDINGS].some((ending) => normal.endsWith(ending));
}

/**
 * The name starting at token `first`. A Kazakh name ends at the word carrying a case ending. When
 * more capitalised words than a name has follow a role, the words nearest the role are kept in
 * Kazakh (the name follows the role directly) and the last ones otherwise (an unknown place stood
 * between: «мэр Гуанчжоу Вэнь Гохуэй»).
 */
function collectName(view: TextView, first: number, direct: boolean, oblique: boolean): Finding | null {
  const indexes: number[] = [];
  for (let k = first; k < view.tokens.length && indexes.length <= MAX_NAME_WORDS; k += 1) {
    if (k > first && !view.joinedToNext(k - 1)) break;
    if (!isPersonNameWord(view, k) && !(k === first && isSingleLetterChineseSurname(view, k))) break;
    indexes.push(k);
    if (view.language === 'kk' && kkNameWordIsInflected(view.text(k))) break;
  }
  // Words right before a known person's name are that person's first names, not someone else.
  const after = (indexes[indexes.length - 1] ?? first) + 1;
  if (indexes.length > 0 && view.knownAt(after)?.entity.type === 'PERSON' && view.joinedToNext(after - 1)) return null;
  const kept = trimName(view, indexes, view.language === 'kk' || direct ? 'keep-first' : 'keep-last');
  if (kept.length === 1 && !isLoneNameWord(view, kept[0] ?? first, direct)) return null;
  // Past other words, on a Title Case line, or in Kazakh and Russian (where capitalised institutions in
  // the genitive follow roles: «Председатель Сената Парламента») the words must look like a name of their own.
  const needsEvidence = kept.length > 1 && (!direct || !view.capitalsSpeak(first) || view.language !== 'en');
  return personFinding(view, kept, oblique, needsEvidence);
}

/**
 * One capitalised word after a role is a name only right after it ("Mayor Li"), and in Kazakh
 * and Russian only when it looks like a surname or a Chinese name: «Президент Жарлығымен» is a
 * decree, "Head of State" a state.
 */
function isLoneNameWord(view: TextView, index: number, direct: boolean): boolean {
  if (!direct || !view.capitalsSpeak(index)) return false;
  if (view.language === 'en') return true;
  const [lemma = ''] = personNameLemmas([view.text(index)], view.language);
  return looksLikeSurname(lemma, view.language) || palladiusSyllables(lemma) !== null;
}

/** A name in apposition before its role shares the role's case («Берика Абдигалиулы, директора»). */
function nameBeforeRole(view: TextView, roleIndex: number, oblique: boolean): Finding | null {
  let gapIndex = roleIndex - 1;
  if (gapIndex >= 0 && view.language === 'en' && ARTICLES.has(view.normal(gapIndex))) gapIndex -= 1;
  if (gapIndex < 0 || !COMMA_OR_DASH.test(view.gapAfter(gapIndex))) return null;
  const indexes: number[] = [];
  for (let k = gapIndex; k >= 0 && indexes.length <= MAX_NAME_WORDS; k -= 1) {
    if (k < gapIndex && !view.joinedToNext(k)) break;
    if (!isPersonNameWord(view, k)) break;
    indexes.unshift(k);
  }
  const kept = trimName(view, indexes, 'keep-last');
  const firstKept = kept[0];
  if (firstKept === undefined) return null;
  if (kept.length === 1 && (view.isSentenceStart(firstKept) || !view.capitalsSpeak(firstKept))) return null;
  return personFinding(view, kept, oblique, !view.capitalsSpeak(firstKept));
}

/** A capitalised word that is neither a role nor an organisation's head word («Комитета»). */
function isPersonNameWord(view: TextView, index: number): boolean {
  return view.isNameWord(index) && !roleAt(view, index) && !headAt(view, index);
}

/**
 * At most the words of one name: three when the middle one is a patronymic (Нұрлан Серікұлы
 * Аққошқаров) or the last one is (surname first: Irsaliev Serik Aztaevich), else two.
 */
function trimName(view: TextView, indexes: readonly number[], keep: 'keep-first' | 'keep-last'): number[] {
  const [, middle, last] = indexes;
  if (indexes.length === 3 && middle !== undefined && isPatronymic(view.text(middle))) return [...indexes];
  if (indexes.length === 3 && last !== undefined && isPatronymic(view.text(last))) return [...indexes];
  if (indexes.length <= 2) return [...indexes];
  return keep === 'keep-first' ? indexes.slice(0, 2) : indexes.slice(-2);
}

/** The person named by the words at `indexes`; with `needsEvidence`, only when they look like a name. */
function personFinding(view: TextView, indexes: readonly number[], oblique: boolean, needsEvidence = false): Finding | null {
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first === undefined || last === undefined) return null;
  const nameWords = personNameLemmas(
    indexes.map((index) => view.text(index)),
    view.language,
    oblique,
  );
  if (needsEvidence && personEvidence(nameWords, view.language) === null) return null;
  return personFindingFromWords(view, first, last, nameWords);
}

export function personFindingFromWords(
  view: TextView,
  first: number,
  last: number,
  nameWords: readonly string[],
  language: Language = view.language,
): Finding | null {
  const firstToken = view.tokens[first];
  const lastToken = view.tokens[last];
  if (!firstToken || !lastToken) return null;
  return {
    first,
    last,
    start: firstToken.start,
    end: view.nameEnd(last),
    entity: candidateRef('PERSON', nameWords, language),
    nameWords,
  };
}
