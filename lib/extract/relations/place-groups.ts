import { firstIndex } from '../first-index';
import { compileWordPattern } from '../sentence/phrase-matcher';
import { normalizeForMatch, type Token } from '../tokenize';
import type { EntityType, Language, Mention } from '../types';
import { caseOfPlace, type KazakhCase } from './kazakh-case';
import { contains, countryOf, type RelationFacts } from './relation-facts';

/**
 * Geographic mentions that stand together in a sentence: «Алматы мен Шаңхай», «Алматы, Астана
 * және Шымкент», «между Алматы и Шанхаем», "Almaty and the city of Shanghai", «Алматы – Шанхай»,
 * «Алматыдан Шаңхайға». Two neighbouring mentions belong to one group when the text between them is
 * only connector words, generic place nouns («қаласы», «города», "city of") and joining marks.
 *
 * Each join is `and` (coordination: «Алматы және Астана») or `link` (one place to the next:
 * «Алматы – Шанхай», «из Алматы в Шанхай», «Алматыдан Шаңхайға»). A place named with the place that
 * contains it («Urumqi, Xinjiang», «Шанхай (Қытай)», "China's Xi'an", «Қытайдың Шэньси провинциясы»)
 * is one member: the container is an apposition, not a partner.
 *
 * A group also records the word that introduces it (its `lead`): "with", «с», a Kazakh name in the
 * instrumental («Астанамен») make its places the partners of someone else; "to", «в», a Kazakh
 * dative make them destinations; "between", «между» make the group the pair itself.
 */

/** Cities and regions are places for relations; countries are not. */
export function isPlaceType(type: EntityType): boolean {
  return type === 'CITY' || type === 'REGION';
}

/** Countries take part in grouping: a country pair («Қазақстан мен Қытай») owns the trigger next to it. */
function isGeoType(type: EntityType): boolean {
  return type === 'CITY' || type === 'REGION' || type === 'COUNTRY';
}

export type Join = 'and' | 'link';
export type Lead = 'with' | 'to' | 'from' | 'between';

export interface PlaceGroup {
  members: Mention[];
  /** `joins[i]` joins `members[i]` and `members[i + 1]`. */
  joins: Join[];
  linked: boolean;
  lead: Lead | null;
  /** A member is hyphened to a name that is no mention («Достык-Алашанькоу» with one side unknown). */
  unnamedPartner: boolean;
  /** Places are linked by a dash («Алматы – Шанхай»), the way routes and links are written. */
  dashed: boolean;
  /**
   * The places only say whose institutions act ("universities of Ayagoz and Hami", «университеты
   * Туркестана и Лхасы», «Нанкин университеті»): an agreement of universities is not one of cities.
   */
  institutional: boolean;
  start: number;
  end: number;
}

interface ConnectorTable {
  words: Readonly<Record<Join, readonly string[]>>;
  placeNouns: readonly string[];
  /** Words that may stand between a place and the place containing it: "of", ",". */
  appositionWords: readonly string[];
  /** Words that introduce a group, by the role they give it. */
  leads: Readonly<Record<Lead, readonly string[]>>;
  /** Words skipped when looking back for the lead: "the city of", «китайский город». */
  leadSkips: readonly string[];
  /** Institutions a place may qualify (before the place in Russian and English, after it in Kazakh). */
  institutions: readonly string[];
}

const CONNECTORS: Readonly<Record<Language, ConnectorTable>> = {
  kk: {
    words: { and: ['мен', 'бен', 'пен', 'және', 'әрі'], link: [] },
    placeNouns: ['қала*', 'облыс*', 'өңір*', 'аудан*', 'провинция*', 'станция*', 'ауыл*'],
    appositionWords: [],
    leads: { with: [], to: [], from: [], between: [] },
    leadSkips: [],
    institutions: ['университет*', 'колледж*', 'мектеп*', 'институт*', 'академия*', 'компания*', 'зауыт*', 'мұражай*', 'театр*'],
  },
  ru: {
    words: { and: ['и'], link: ['с', 'со', 'в', 'во', 'до', 'из'] },
    placeNouns: ['город*', 'г', 'област*', 'провинци*', 'регион*', 'район*', 'станци*'],
    appositionWords: ['в'],
    leads: { with: ['с', 'со'], to: ['в', 'во', 'до'], from: ['из', 'от'], between: ['между'] },
    leadSkips: ['город*', 'г', 'област*', 'провинци*', 'регион*', 'район*', 'станци*', 'китайск*', 'казахстанск*'],
    institutions: ['университет*', 'вуз*', 'колледж*', 'школ*', 'институт*', 'академи*', 'компани*', 'завод*', 'музе*', 'театр*'],
  },
  en: {
    words: { and: ['and'], link: ['to', 'with'] },
    placeNouns: ['the', 'of', 'city', 'cities', 'province', 'provinces', 'region', 'regions', 'station', 'stations'],
    appositionWords: ['of', 'in', 's'],
    leads: { with: ['with'], to: ['to', 'into'], from: ['from'], between: ['between'] },
    leadSkips: ['the', 'city', 'of', 'province', 'region', 'chinese', 'kazakh', 'kazakhstani'],
    institutions: ['universit(?:y|ies)', 'colleges?', 'schools?', 'institutes?', 'academ(?:y|ies)', 'compan(?:y|ies)', 'factor(?:y|ies)', 'museums?', 'theatres?'],
  },
};

const JOINING_MARKS: Readonly<Record<string, Join>> = {
  ',': 'and',
  '&': 'and',
  '–': 'link',
  '—': 'link',
  '-': 'link',
  '‑': 'link',
  '/': 'link',
};

/** Marks that may stand between a place and its container: «Шанхай (Қытай)», "Urumqi, Xinjiang", "China's Xi'an". */
const APPOSITION_MARKS = new Set([',', '(', ')', "'", '’']);

const GAP_PIECE = /[\p{L}\p{M}\p{N}]+|\S/gu;
const DASHES = /[-–—‑]/u;

interface CompiledConnectors {
  institutions: RegExp[];
  and: RegExp[];
  link: RegExp[];
  placeNouns: RegExp[];
  appositionWords: RegExp[];
  leads: readonly (readonly [Lead, RegExp])[];
  leadSkips: RegExp[];
}

const COMPILED: Readonly<Record<Language, CompiledConnectors>> = {
  kk: compile(CONNECTORS.kk),
  ru: compile(CONNECTORS.ru),
  en: compile(CONNECTORS.en),
};

function compile(table: ConnectorTable): CompiledConnectors {
  return {
    institutions: table.institutions.map(compileWordPattern),
    and: table.words.and.map(compileWordPattern),
    link: table.words.link.map(compileWordPattern),
    placeNouns: table.placeNouns.map(compileWordPattern),
    appositionWords: table.appositionWords.map(compileWordPattern),
    leads: (Object.entries(table.leads) as [Lead, readonly string[]][]).flatMap(([lead, words]) =>
      words.map((word) => [lead, compileWordPattern(word)] as const),
    ),
    leadSkips: table.leadSkips.map(compileWordPattern),
  };
}

export interface GroupingInput {
  body: string;
  tokens: readonly Token[];
  normals: readonly string[];
  mentions: readonly Mention[];
  language: Language;
  facts: RelationFacts;
}

/** Groups the geographic mentions of one sentence (sorted by position). */
export function groupPlaces(input: GroupingInput): PlaceGroup[] {
  const { body, language, facts } = input;
  const connectors = COMPILED[language];
  const cases = language === 'kk' ? (mention: Mention) => caseOfPlace(input.tokens, mention.end) : () => null;
  const groups: PlaceGroup[] = [];
  let current: PlaceGroup | null = null;
  const { mentions } = input;
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index];
    if (!mention) continue;
    if (!isGeoType(mention.entity.type) || (language === 'en' && beginsLongerName(input, index))) continue;
    if (current && mention.start < current.end) continue; // nested or overlapping mention
    const last = current?.members.at(-1);
    if (current && last) {
      const { join, appositive, bracketed } = connectionBetween(body, current.end, mention, connectors, () => cases(last));
      if (bracketed) {
        current.end = mention.end;
        continue;
      }
      if (appositive && isContainer(facts, mention, last)) {
        current.end = mention.end;
        continue;
      }
      if (appositive && isContainer(facts, last, mention)) {
        current.members[current.members.length - 1] = mention;
        current.end = mention.end;
        continue;
      }
      if (join) {
        current.dashed ||= join === 'link' && DASHES.test(body.slice(current.end, mention.start));
        current.members.push(mention);
        current.joins.push(join);
        current.end = mention.end;
        current.linked ||= join === 'link';
        continue;
      }
    }
    current = { members: [mention], joins: [], linked: false, lead: null, unnamedPartner: false, dashed: false, institutional: false, start: mention.start, end: mention.end };
    groups.push(current);
  }
  for (const group of groups) {
    group.lead = leadOf(input, group, connectors, cases);
    group.unnamedPartner = group.members.some((member) => hyphenedToName(input, member));
    group.institutional = qualifiesInstitution(input, group, connectors);
  }
  return groups;
}

/** A country holds a place it contains, and any place the gazetteer does not know (a candidate named with its country). */
function isContainer(facts: RelationFacts, outer: Mention, inner: Mention): boolean {
  if (contains(facts, outer.entity.key, inner.entity.key)) return true;
  return outer.entity.type === 'COUNTRY' && countryOf(facts, inner.entity.key) === undefined;
}

interface Connection {
  join: Join | null;
  /** The gap could part a place from its container: nothing, a comma, brackets, "of", "'s". */
  appositive: boolean;
  /** The place stands in brackets or slashes after the previous one («Хоргос /СУАР/», "Shanghai (China)"): where it lies. */
  bracketed: boolean;
}

function connectionBetween(
  body: string,
  from: number,
  right: Mention,
  connectors: CompiledConnectors,
  leftCase: () => KazakhCase | null,
): Connection {
  const gap = body.slice(from, right.start);
  if (gap.length > MAX_GAP) return { join: null, appositive: false, bracketed: false };
  const pieces = gap.match(GAP_PIECE) ?? [];
  const appositive = pieces.every(
    (piece) => APPOSITION_MARKS.has(piece) || connectors.appositionWords.some((pattern) => pattern.test(normalizeForMatch(piece))),
  );
  const bracketed = pieces.length === 1 && OPENING_BRACKETS.has(pieces[0] ?? '') && CLOSING_BRACKET.test(body.slice(right.end));
  const join = joinOf(pieces, connectors);
  if (join === undefined) return { join: null, appositive, bracketed };
  if (join) return { join, appositive, bracketed };
  return { join: gap.trim() === '' && leftCase() === 'from' ? 'link' : null, appositive, bracketed };
}

/** Longer text between two places holds more than connectors («Алматы қаласы мен Шаңхай қаласының» is 20 characters). */
const MAX_GAP = 40;

const OPENING_BRACKETS = new Set(['(', '/']);
/** The bracket closes within the apposition («Хоргос /СУАР, Северо-Западный Китай/»). */
const CLOSING_BRACKET = /^[^()/\n]{0,80}[)/]/u;

/**
 * The join the pieces of a gap make: `link` if any piece links, else `and` if any coordinates,
 * null when there is neither (only place nouns), undefined when a piece is none of these.
 */
function joinOf(pieces: readonly string[], connectors: CompiledConnectors): Join | null | undefined {
  let kind: Join | null = null;
  let comma = false;
  for (const piece of pieces) {
    const mark = JOINING_MARKS[piece];
    const word = normalizeForMatch(piece);
    comma ||= piece === ',';
    if (mark) kind = kind === 'link' ? 'link' : mark;
    // "Xi'an, …, to Astana": a linking word after a comma starts a new phrase, not a route segment.
    else if (connectors.link.some((pattern) => pattern.test(word))) {
      if (comma) return undefined;
      kind = 'link';
    }
    else if (connectors.and.some((pattern) => pattern.test(word))) kind ??= 'and';
    else if (!connectors.placeNouns.some((pattern) => pattern.test(word)) && !APPOSITION_MARKS.has(piece)) return undefined;
  }
  return kind;
}

function qualifiesInstitution(input: GroupingInput, group: PlaceGroup, connectors: CompiledConnectors): boolean {
  const { tokens, normals } = input;
  const isInstitution = (index: number) => connectors.institutions.some((pattern) => pattern.test(normals[index] ?? ''));
  if (input.language === 'kk') return isInstitution(firstIndex(tokens, (token) => token.start >= group.end));
  let index = firstIndex(tokens, (token) => token.end > group.start) - 1;
  while (index >= 0 && connectors.leadSkips.some((pattern) => pattern.test(normals[index] ?? ''))) index -= 1;
  return index >= 0 && isInstitution(index);
}

function leadOf(
  input: GroupingInput,
  group: PlaceGroup,
  connectors: CompiledConnectors,
  cases: (mention: Mention) => KazakhCase | null,
): Lead | null {
  if (input.language === 'kk') {
    const last = group.members.at(-1);
    return last ? cases(last) : null;
  }
  const { tokens, normals, body } = input;
  let index = firstIndex(tokens, (token) => token.end > group.start) - 1;
  for (let skipped = 0; index >= 0 && skipped <= 3; index -= 1, skipped += 1) {
    const normal = normals[index] ?? '';
    const token = tokens[index];
    const next = tokens[index + 1];
    // Only words, not punctuation, may stand between the lead and the group.
    if (!token || /[^\s]/u.test(body.slice(token.end, Math.min(next?.start ?? group.start, group.start)).replace(/["«“„']/gu, ''))) return null;
    const lead = connectors.leads.find(([, pattern]) => pattern.test(normal));
    if (lead) return lead[0];
    if (!connectors.leadSkips.some((pattern) => pattern.test(normal))) return null;
  }
  return null;
}

const HYPHENED_NAME_AFTER = /^[-‑]\p{Lu}/u;
const HYPHENED_NAME_BEFORE = /\p{Lu}[\p{L}\p{M}]*[-‑]$/u;

/** Whether the word holding a mention goes on, past a hyphen, into a capitalised name the mention does not cover. */
function hyphenedToName(input: GroupingInput, mention: Mention): boolean {
  const { tokens, body } = input;
  const token = tokens[firstIndex(tokens, (candidate) => candidate.end > mention.start)];
  if (!token || token.start > mention.start) return false;
  const after = body.slice(mention.end, token.end);
  const before = body.slice(token.start, mention.start);
  return HYPHENED_NAME_AFTER.test(after) || HYPHENED_NAME_BEFORE.test(before);
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * An English place name followed by more capitalised words that no mention covers is the start of
 * another name ("Astana International University", "Beijing Language and Culture University"):
 * the organisation, not the place, is what the sentence speaks of.
 */
function beginsLongerName(input: GroupingInput, index: number): boolean {
  const { tokens, body, mentions } = input;
  const mention = mentions[index];
  if (!mention) return false;
  const next = tokens[firstIndex(tokens, (token) => token.start >= mention.end)];
  if (!next || body.slice(mention.end, next.start).trim() !== '' || !CAPITALISED.test(next.text)) return false;
  // Mentions are sorted by start: one covering the next word starts after this one.
  for (let after = index + 1; after < mentions.length; after += 1) {
    const other = mentions[after];
    if (!other || other.start > next.start) break;
    if (other.end > next.start) return false;
  }
  return true;
}
