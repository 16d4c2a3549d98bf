import type { Language, Mention } from '../types';
import type { Finding } from './finding';
import { comparable, findInitialedPersons, type NamedPerson } from './initials';
import { findOrganizations } from './organizations';
import { findRepeatedPersons } from './repeats';
import { findRolePersons } from './role-persons';
import { TextView } from './text-view';
import { TakenRanges } from '../taken-ranges';
import { tokenize, type Token } from '../tokenize';

/**
 * Names the gazetteer does not know, found by their signals: a person next to a role word, a
 * person given by initials and surname, a capitalised organisation name on a head word; then later
 * mentions of those people by full name or surname. Never overlaps `known` nor each other.
 * Initials or a surname that belong to a known person mentioned in the text link to that known
 * entity (`known: true`); everything else is a candidate (`known: false`).
 */
export function findCandidates(body: string, language: Language, known: Mention[], tokens: readonly Token[] = tokenize(body)): Mention[] {
  const view = new TextView(body, language, known, tokens);
  const organizations = findOrganizations(view);
  const knownPeople = knownPersons(known, language);
  const rolePersons = linkSurnamesToFullNames(findRolePersons(view, organizations), knownPeople);
  const people = [...knownPeople, ...namedPeople(rolePersons)];
  const initialed = findInitialedPersons(view, people);
  const selected = selectLongestFirst([...organizations, ...rolePersons, ...initialed], known, body.length);

  const taken = new Uint8Array(view.tokens.length);
  for (const finding of selected) taken.fill(1, finding.first, finding.last + 1);
  const repeats = findRepeatedPersons(
    view,
    [...people, ...namedPeople(initialed)],
    (index) => taken[index] === 1 || view.knownAt(index) !== null,
  );
  return selectLongestFirst([...selected, ...repeats], known, body.length).map((finding) => ({
    text: body.slice(finding.start, finding.end),
    start: finding.start,
    end: finding.end,
    entity: finding.entity,
  }));
}

function knownPersons(known: readonly Mention[], language: Language): NamedPerson[] {
  const people = new Map<string, NamedPerson>();
  for (const mention of known) {
    if (mention.entity.type !== 'PERSON' || people.has(mention.entity.key)) continue;
    people.set(mention.entity.key, { entity: mention.entity, words: mention.entity.names[language].split(/\s+/u) });
  }
  return [...people.values()];
}

function namedPeople(findings: readonly Finding[]): NamedPerson[] {
  return findings.flatMap((finding) => (finding.nameWords ? [{ entity: finding.entity, words: finding.nameWords }] : []));
}

/** «Бас консул Аққошқаров» after «Нұрлан Аққошқаров»: a lone surname is the person already named. */
function linkSurnamesToFullNames(findings: Finding[], knownPeople: readonly NamedPerson[]): Finding[] {
  const fullNames = [...knownPeople, ...namedPeople(findings)].filter((person) => person.words.length >= 2);
  return findings.map((finding) => {
    const [surname, ...rest] = finding.nameWords ?? [];
    if (surname === undefined || rest.length > 0) return finding;
    const owners = fullNames.filter((person) => comparable(person.words[person.words.length - 1] ?? '') === comparable(surname));
    const owner = owners[0];
    if (!owner || new Set(owners.map((person) => person.entity.key)).size !== 1) return finding;
    return { ...finding, entity: owner.entity, nameWords: owner.words };
  });
}

/** Longest spans first; a span overlapping a known mention or an accepted span is dropped. */
function selectLongestFirst(findings: readonly Finding[], known: readonly Mention[], bodyLength: number): Finding[] {
  const ordered = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Finding[] = [];
  const taken = new TakenRanges(bodyLength);
  for (const mention of known) taken.take(mention);
  for (const finding of ordered) {
    if (finding.end <= finding.start || taken.overlaps(finding)) continue;
    taken.take(finding);
    accepted.push(finding);
  }
  return accepted.sort((a, b) => a.start - b.start);
}
