import { normalizeForMatch, startsLowerCase, startsUpperCase } from '../tokenize';
import { palladiusSyllables } from '../transliterate';
import type { EntityRef } from '../types';
import { candidateRef, toRussianLetters } from './entity-refs';
import type { Finding } from './finding';
import { looksLikeSurname, personNameLemmas } from './person-names';
import { roleAt } from './roles';
import type { TextView } from './text-view';

/** A person the text already names, to link initials and lone surnames to. */
export interface NamedPerson {
  entity: EntityRef;
  /** Dictionary form of each word of the name. */
  words: readonly string[];
}

const MAX_INITIALS = 3;
const WORD_BEFORE = /[\p{L}\p{N}.]/u;

/**
 * Initials + surname: «Н.Аққошқаров», «Н. Аққошқаров», «Қ.-Ж. Тоқаев», "N. Akkoshkarov". Linked to
 * a person of the text with that surname and first initial; else a candidate named
 * «Н. Аққошқаров». With a space after the initials the surname must look like one (a surname
 * ending or a Chinese syllable), so a list item «А. Бұл …» is not a person.
 */
export function findInitialedPersons(view: TextView, people: readonly NamedPerson[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (!isInitial(view, i) || WORD_BEFORE.test(view.body.charAt((view.tokens[i]?.start ?? 0) - 1))) continue;
    const found = initialsAt(view, i);
    if (!found) continue;
    const finding = initialedFinding(view, i, found.surname, found.spaced, people);
    if (finding) findings.push(finding);
    i = found.surname;
  }
  return findings;
}

/** A capital letter alone, right before a dot. */
function isInitial(view: TextView, index: number): boolean {
  const token = view.tokens[index];
  return !!token && token.text.length === 1 && startsUpperCase(token.text) && view.body.charAt(token.end) === '.';
}

/** The surname after the initials starting at `first`: «Н.» «Н. » «Қ.-Ж. ». */
function initialsAt(view: TextView, first: number): { surname: number; spaced: boolean } | null {
  let last = first;
  for (let count = 1; count < MAX_INITIALS && isInitial(view, last + 1) && isInitialsJoint(initialsGap(view, last)); count += 1) {
    last += 1;
  }
  const gap = initialsGap(view, last);
  if (gap !== '' && gap !== ' ' && gap !== '\u00A0') return null;
  const surname = last + 1;
  const text = view.text(surname);
  if (text.length < 2 || !startsUpperCase(text) || !startsLowerCase(text.charAt(1))) return null;
  return { surname, spaced: gap !== '' };
}

/** What stands between the dot after initial `index` and the next token. */
function initialsGap(view: TextView, index: number): string {
  const token = view.tokens[index];
  const next = view.tokens[index + 1];
  if (!token || !next) return '\n';
  return view.body.slice(token.end + 1, next.start);
}

function isInitialsJoint(gap: string): boolean {
  return gap === '' || gap === ' ' || gap === '-' || gap === ' -' || gap === '- ' || gap === ' - ';
}

function initialedFinding(
  view: TextView,
  first: number,
  surnameIndex: number,
  spaced: boolean,
  people: readonly NamedPerson[],
): Finding | null {
  if (!view.isNameWord(surnameIndex) || roleAt(view, surnameIndex)) return null;
  const [surname = ''] = personNameLemmas([view.text(surnameIndex)], view.language);
  if (spaced && !looksLikeSurname(surname, view.language) && palladiusSyllables(surname) === null) return null;
  const start = view.tokens[first]?.start ?? 0;
  const initials = view.body.slice(start, view.tokens[surnameIndex - 1]?.end ?? start).replace(/\s+/gu, '') + '.';
  const person = findPerson(people, surname, initials.charAt(0));
  return {
    first,
    last: surnameIndex,
    start,
    end: view.nameEnd(surnameIndex),
    entity: person?.entity ?? candidateRef('PERSON', [initials, surname], view.language),
    nameWords: person?.words ?? [initials, surname],
  };
}

function findPerson(people: readonly NamedPerson[], surname: string, initial: string): NamedPerson | null {
  const surnameKey = comparable(surname);
  const initialKey = comparable(initial);
  let found: NamedPerson | null = null;
  for (const person of people) {
    const last = person.words[person.words.length - 1];
    const first = person.words[0];
    if (person.words.length < 2 || last === undefined || first === undefined) continue;
    if (comparable(last) !== surnameKey || !comparable(first).startsWith(initialKey)) continue;
    if (found && found.entity.key !== person.entity.key) return null;
    found = person;
  }
  return found;
}

/** Kazakh and Russian spellings of one name compare equal (Аққошқаров = Аккошкаров). */
export function comparable(word: string): string {
  return toRussianLetters(normalizeForMatch(word));
}
