import { firstIndex } from '../first-index';
import { compilePhrases, type PhraseTable } from '../sentence/phrase-matcher';
import type { Token } from '../tokenize';
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

const DASHES = /[-–—‑]/u;

/**
 * The classes a word belongs to, as bits, from one phrase table per language: the table remembers
 * its answer per word, so a connector or a place noun is classified once, not once per pair of places.
 */
const WORD = {
  and: 1,
  link: 2,
  placeNoun: 4,
  apposition: 8,
  leadSkip: 16,
  institution: 32,
  with: 64,
  to: 128,
  from: 256,
  between: 512,
} as const;

const LEADS: readonly Lead[] = ['with', 'to', 'from', 'between'];

const WORD_TABLES: Readonly<Record<Language, PhraseTable<number>>> = {
  kk: compileWords(CONNECTORS.kk),
  ru: compileWords(CONNECTORS.ru),
  en: compileWords(CONNECTORS.en),
};

function compileWords(table: ConnectorTable): PhraseTable<number> {
  const rows = (words: readonly string[], bit: number) => words.map((word) => ({ words: [word], value: bit }));
  return compilePhrases([
    ...rows(table.words.and, WORD.and),
    ...rows(table.words.link, WORD.link),
    ...rows(table.placeNouns, WORD.placeNoun),
    ...rows(table.appositionWords, WORD.apposition),
    ...rows(table.leadSkips, WORD.leadSkip),
    ...rows(table.institutions, WORD.institution),
    ...LEADS.flatMap((lead) => rows(table.leads[lead], WORD[lead])),
  ]);
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
      const { join, appositive, bracketed } = connectionBetween(input, current.end, last, mention);
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
    group.lead = leadOf(input, group);
    group.unnamedPartner = group.members.some((member) => hyphenedToName(input, member));
    group.institutional = qualifiesInstitution(input, group);
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

/** The classes of the sentence's token at an index (0 for none). */
function wordBits(input: GroupingInput, index: number): number {
  let bits = 0;
  for (const phrase of WORD_TABLES[input.language].startingWith(input.normals[index] ?? '')) bits |= phrase.value;
  return bits;
}

/** The Kazakh case of a place mention (the other languages say it with words). */
function caseOf(input: GroupingInput, mention: Mention): KazakhCase | null {
  return input.language === 'kk' ? caseOfPlace(input.tokens, input.normals, mention.end) : null;
}

function connectionBetween(input: GroupingInput, from: number, left: Mention, right: Mention): Connection {
  const { body, tokens } = input;
  if (right.start - from > MAX_GAP) return { join: null, appositive: false, bracketed: false };
  const gap = readGap(input, from, right.start);
  const bracketed = gap.marks.length === 1 && gap.words.length === 0 && OPENING_BRACKETS.has(gap.marks) && CLOSING_BRACKET.test(body.slice(right.end));
  const appositive = gap.words.every((bits) => (bits & WORD.apposition) !== 0) && [...gap.marks].every((mark) => APPOSITION_MARKS.has(mark));
  const join = joinOf(gap);
  if (join === undefined) return { join: null, appositive, bracketed };
  if (join) return { join, appositive, bracketed };
  const blank = gap.words.length === 0 && gap.marks.length === 0 && firstIndex(tokens, (token) => token.start >= from) === firstIndex(tokens, (token) => token.start >= right.start);
  return { join: blank && caseOf(input, left) === 'from' ? 'link' : null, appositive, bracketed };
}

/** Longer text between two places holds more than connectors («Алматы қаласы мен Шаңхай қаласының» is 20 characters). */
const MAX_GAP = 40;

const OPENING_BRACKETS = new Set(['(', '/']);
/** The bracket closes within the apposition («Хоргос /СУАР, Северо-Западный Китай/»). */
const CLOSING_BRACKET = /^[^()/\n]{0,80}[)/]/u;
const MARK = /[^\p{L}\p{M}\p{N}\s]/u;

/** What stands between two places: the classes of its words, in order, and its marks (one character each, in order). */
interface Gap {
  words: number[];
  marks: string;
  /** Where each word stands relative to the marks: the number of marks before it. */
  marksBefore: number[];
}

function readGap(input: GroupingInput, from: number, to: number): Gap {
  const { tokens, body } = input;
  const gap: Gap = { words: [], marks: '', marksBefore: [] };
  let cursor = from;
  for (let index = firstIndex(tokens, (token) => token.start >= from); index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token || token.end > to) break;
    gap.marks += marksIn(body, cursor, token.start);
    gap.words.push(wordBits(input, index));
    gap.marksBefore.push(gap.marks.length);
    cursor = token.end;
  }
  gap.marks += marksIn(body, cursor, to);
  return gap;
}

function marksIn(body: string, from: number, to: number): string {
  let marks = '';
  for (let at = from; at < to; at += 1) if (MARK.test(body.charAt(at))) marks += body.charAt(at);
  return marks;
}

/**
 * The join a gap makes: `link` if a mark or word links, else `and` if one coordinates, null when
 * there is neither (only place nouns), undefined when a word is none of these.
 */
function joinOf(gap: Gap): Join | null | undefined {
  let kind: Join | null = null;
  for (const mark of gap.marks) {
    const join = JOINING_MARKS[mark];
    if (join) kind = kind === 'link' ? 'link' : join;
    else if (!APPOSITION_MARKS.has(mark)) return undefined;
  }
  for (let index = 0; index < gap.words.length; index += 1) {
    const bits = gap.words[index] ?? 0;
    if (bits & WORD.link) {
      // "Xi'an, …, to Astana": a linking word after a comma starts a new phrase, not a route segment.
      if (gap.marks.slice(0, gap.marksBefore[index]).includes(',')) return undefined;
      kind = 'link';
    } else if (bits & WORD.and) kind ??= 'and';
    else if (!(bits & WORD.placeNoun)) return undefined;
  }
  return kind;
}

function qualifiesInstitution(input: GroupingInput, group: PlaceGroup): boolean {
  const { tokens } = input;
  if (input.language === 'kk') return (wordBits(input, firstIndex(tokens, (token) => token.start >= group.end)) & WORD.institution) !== 0;
  let index = firstIndex(tokens, (token) => token.end > group.start) - 1;
  while (index >= 0 && wordBits(input, index) & WORD.leadSkip) index -= 1;
  return index >= 0 && (wordBits(input, index) & WORD.institution) !== 0;
}

function leadOf(input: GroupingInput, group: PlaceGroup): Lead | null {
  if (input.language === 'kk') {
    const last = group.members.at(-1);
    return last ? caseOf(input, last) : null;
  }
  const { tokens, body } = input;
  let index = firstIndex(tokens, (token) => token.end > group.start) - 1;
  for (let skipped = 0; index >= 0 && skipped <= 3; index -= 1, skipped += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    // Only words (and quotes), not punctuation, may stand between the lead and the group.
    if (!token || NOT_BETWEEN_LEAD_AND_GROUP.test(body.slice(token.end, Math.min(next?.start ?? group.start, group.start)))) return null;
    const bits = wordBits(input, index);
    const lead = LEADS.find((candidate) => (bits & WORD[candidate]) !== 0);
    if (lead) return lead;
    if (!(bits & WORD.leadSkip)) return null;
  }
  return null;
}

const NOT_BETWEEN_LEAD_AND_GROUP = /[^\s"«“„']/u;

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
