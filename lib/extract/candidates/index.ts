import type { EntityRef, Language, Mention } from '../types';
import { TakenRanges } from '../taken-ranges';
import { findBarePersons } from './bare-persons';
import type { Finding } from './finding';
import { comparable, findInitialedPersons, type NamedPerson } from './initials';
import { knownEntityFor, type KnownNames } from './known-names';
import { findOrganizations } from './organizations';
import { findOutletDomains } from './outlet-domains';
import { findQuotedOrganizations } from './quoted-organizations';
import { findRepeatedPersons } from './repeats';
import { findRolePersons } from './role-persons';
import { findSettlements } from './settlements';
import { TextView } from './text-view';
import { tokenize, type Token } from '../tokenize';

export { createKnownNames, NO_KNOWN_NAMES, type KnownNames } from './known-names';

/** A one-word candidate needs at least this many letters: "Ai", "Li" alone say nothing. */
const MIN_LONE_WORD_LENGTH = 3;

/**
 * Names the gazetteer does not know, found by their signals: a person next to a role word, a
 * person given by initials and surname, a person by the shape of the name alone, a capitalised
 * organisation name on a head word, a quoted name with a legal form or group word, an outlet
 * written as a domain, a district or settlement named with its word; then later mentions of
 * those people by full name or surname. Never overlaps `known` nor each other. A candidate whose
 * name is a known entity's in another script or spelling (`knownNames`, built once per extractor)
 * and initials or a surname of a known person mentioned in the text link to that known entity
 * (`known: true`); everything else is a candidate (`known: false`).
 */
export function findCandidates(
  body: string,
  language: Language,
  known: Mention[],
  knownNames: KnownNames,
  tokens: readonly Token[] = tokenize(body),
): Mention[] {
  const view = new TextView(body, language, known, tokens);
  const organizations = [...findOrganizations(view), ...findQuotedOrganizations(view), ...findOutletDomains(view)];
  const places = findSettlements(view);
  const knownPeople = knownPersons(known, language);
  const rolePersons = linkSurnamesToFullNames(findRolePersons(view, organizations), knownPeople).filter(
    (finding) => !isLoneShortWord(finding),
  );
  const people = [...knownPeople, ...namedPeople(rolePersons)];
  const initialed = findInitialedPersons(view, people);
  const bare = findBarePersons(view, tokensOf(view, [...organizations, ...places, ...rolePersons, ...initialed]));
  const selected = selectLongestFirst(
    [...organizations, ...places, ...rolePersons, ...initialed, ...bare].filter((finding) => !isLoneShortWord(finding)),
    known,
    body.length,
  );

  const accepted = new Set(selected);
  const taken = tokensOf(view, selected);
  const repeats = findRepeatedPersons(
    view,
    [...people, ...namedPeople(initialed), ...namedPeople(bare.filter((finding) => accepted.has(finding)))],
    (index) => taken[index] === 1 || view.knownAt(index) !== null,
  );
  const merged = new Map<string, EntityRef>();
  const resolve = (entity: EntityRef): EntityRef => {
    let resolved = merged.get(entity.key);
    if (!resolved) {
      resolved = knownEntityFor(entity, knownNames) ?? entity;
      merged.set(entity.key, resolved);
    }
    return resolved;
  };
  return selectLongestFirst([...selected, ...repeats], known, body.length).map((finding) => ({
    text: body.slice(finding.start, finding.end),
    start: finding.start,
    end: finding.end,
    entity: resolve(finding.entity),
  }));
}

/** The tokens inside findings, marked 1. */
function tokensOf(view: TextView, findings: readonly Finding[]): Uint8Array {
  const taken = new Uint8Array(view.tokens.length);
  for (const finding of findings) taken.fill(1, finding.first, finding.last + 1);
  return taken;
}

/** A candidate of one short word ("Ai"), unless it is a known person's surname. */
function isLoneShortWord(finding: Finding): boolean {
  if (finding.first !== finding.last || finding.entity.known) return false;
  return finding.end - finding.start < MIN_LONE_WORD_LENGTH && (finding.nameWords?.length ?? 1) < 2;
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
