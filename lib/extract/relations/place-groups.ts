import { compileWordPattern } from '../sentence/phrase-matcher';
import { normalizeForMatch } from '../tokenize';
import type { EntityType, Language, Mention } from '../types';

/**
 * Geographic mentions that stand together in a sentence: «Алматы мен Шаңхай», «Алматы, Астана
 * және Шымкент», «между Алматы и Шанхаем», "Almaty and the city of Shanghai", «Алматы – Шанхай»,
 * «Алматыдан Шаңхайға». Two neighbouring mentions belong to one group when the text between them is
 * only connector words, generic place nouns («қаласы», «города», "city of") and joining marks.
 *
 * A group is `linked` when a connector joins one place to another («Алматы – Шанхай», «из Алматы
 * в Шанхай», «Алматы с Шанхаем», «Алматыдан Шаңхайға»), and merely coordinated otherwise
 * («Алматы және Астана»): a visit to two coordinated cities is one trip to both, not a tie between them.
 */

/** Entity types that are places for relations (countries are not). */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION']);
/** Entity types that take part in grouping: a country pair («Қазақстан мен Қытай») owns the trigger next to it. */
export const GEO_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION', 'COUNTRY']);

type ConnectorKind = 'and' | 'link';

interface ConnectorTable {
  words: Readonly<Record<ConnectorKind, readonly string[]>>;
  placeNouns: readonly string[];
  /** A left place in this case links to the next one with nothing between («Алматыдан Шаңхайға»). */
  ablativeEnding?: RegExp;
}

const CONNECTORS: Readonly<Record<Language, ConnectorTable>> = {
  kk: {
    words: { and: ['мен', 'бен', 'пен', 'және'], link: [] },
    placeNouns: ['қала*', 'облыс*', 'өңір*', 'аудан*', 'провинция*'],
    ablativeEnding: /(?:дан|ден|тан|тен|нан|нен)$/u,
  },
  ru: {
    words: { and: ['и'], link: ['с', 'со', 'в', 'во', 'до', 'из'] },
    placeNouns: ['город*', 'г', 'област*', 'провинци*', 'регион*', 'район*'],
  },
  en: {
    words: { and: ['and'], link: ['to', 'with'] },
    placeNouns: ['the', 'of', 'city', 'cities', 'province', 'provinces', 'region', 'regions'],
  },
};

const JOINING_MARKS: Readonly<Record<string, ConnectorKind>> = {
  ',': 'and',
  '&': 'and',
  '–': 'link',
  '—': 'link',
  '-': 'link',
  '/': 'link',
};

const GAP_PIECE = /[\p{L}\p{M}\p{N}]+|\S/gu;

interface CompiledConnectors {
  and: RegExp[];
  link: RegExp[];
  placeNouns: RegExp[];
  ablativeEnding: RegExp | undefined;
}

const COMPILED: Readonly<Record<Language, CompiledConnectors>> = {
  kk: compile(CONNECTORS.kk),
  ru: compile(CONNECTORS.ru),
  en: compile(CONNECTORS.en),
};

function compile(table: ConnectorTable): CompiledConnectors {
  return {
    and: table.words.and.map(compileWordPattern),
    link: table.words.link.map(compileWordPattern),
    placeNouns: table.placeNouns.map(compileWordPattern),
    ablativeEnding: table.ablativeEnding,
  };
}

export interface PlaceGroup {
  members: Mention[];
  linked: boolean;
  start: number;
  end: number;
}

/** Groups the geographic mentions of one sentence (sorted by position). */
export function groupPlaces(body: string, mentions: readonly Mention[], language: Language): PlaceGroup[] {
  const geo = mentions.filter((mention) => GEO_TYPES.has(mention.entity.type));
  const groups: PlaceGroup[] = [];
  let current: PlaceGroup | null = null;
  for (const mention of geo) {
    if (current && mention.start < current.end) continue; // nested or overlapping mention
    const last = current?.members.at(-1);
    const kind = current && last ? connectionBetween(body, last, mention, COMPILED[language]) : null;
    if (current && kind) {
      current.members.push(mention);
      current.end = mention.end;
      current.linked ||= kind === 'link';
    } else {
      current = { members: [mention], linked: false, start: mention.start, end: mention.end };
      groups.push(current);
    }
  }
  return groups;
}

function connectionBetween(body: string, left: Mention, right: Mention, connectors: CompiledConnectors): ConnectorKind | null {
  const gap = body.slice(left.end, right.start);
  let kind: ConnectorKind | null = null;
  for (const piece of gap.match(GAP_PIECE) ?? []) {
    const mark = JOINING_MARKS[piece];
    const word = normalizeForMatch(piece);
    if (mark) kind = kind === 'link' ? 'link' : mark;
    else if (connectors.link.some((pattern) => pattern.test(word))) kind = 'link';
    else if (connectors.and.some((pattern) => pattern.test(word))) kind ??= 'and';
    else if (!connectors.placeNouns.some((pattern) => pattern.test(word))) return null;
  }
  if (kind) return kind;
  const leftWord = normalizeForMatch(left.text);
  return connectors.ablativeEnding?.test(leftWord) && gap.trim() === '' ? 'link' : null;
}
