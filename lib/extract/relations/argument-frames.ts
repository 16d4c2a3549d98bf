import { firstIndex } from '../first-index';
import type { ClauseBreak } from '../sentence/clause-attachment';
import { compileWordPattern } from '../sentence/phrase-matcher';
import type { Token } from '../tokenize';
import type { Language, Mention } from '../types';
import type { PlaceGroup } from './place-groups';

/**
 * Frames that give a relation its two sides when the places are not side by side:
 *
 * - between: «между представителями Цинхая и руководством Алматинской области», "between China's
 *   Xi'an and Kazakhstan's Astana", «Ақтөбе облысы мен Шаньси провинциясы арасындағы»: the last place
 *   before the coordinator and the first after it. A side without a place («Ақтөбе облысы мен
 *   қытайлық инвесторлар арасындағы») leaves the frame without a pair: the relation word is then
 *   about something that is not a place, and no side is guessed for it.
 * - from … to: "from Xi'an, northwest China's Shaanxi Province, to Astana", «Сианьнан шыққан
 *   пойыз Алматыға»: the origin and the destination, whatever apposition stands between them.
 */
export interface ArgumentFrame {
  start: number;
  end: number;
  sides: readonly [readonly Mention[], readonly Mention[]];
  kind: 'between' | 'route';
}

interface FrameWords {
  between: readonly RegExp[];
  /** Kazakh puts «арасында» after the pair; the other languages put "between" before it. */
  betweenAfter: boolean;
  coordinators: readonly RegExp[];
  from: readonly RegExp[];
  to: readonly RegExp[];
}

const words = (list: readonly string[]) => list.map(compileWordPattern);

const FRAME_WORDS: Readonly<Record<Language, FrameWords>> = {
  kk: { between: words(['арасында*', 'арасы']), betweenAfter: true, coordinators: words(['мен', 'бен', 'пен', 'және']), from: [], to: [] },
  ru: { between: words(['между']), betweenAfter: false, coordinators: words(['и']), from: words(['из', 'от']), to: words(['в', 'во', 'до']) },
  en: { between: words(['between']), betweenAfter: false, coordinators: words(['and']), from: words(['from']), to: words(['to', 'into']) },
};

/** Words a side of «between» may span; a route's origin and destination may stand this far apart. */
const SIDE_WORDS = 8;
const ROUTE_WORDS = 10;

export interface FrameInput {
  tokens: readonly Token[];
  normals: readonly string[];
  groups: readonly PlaceGroup[];
  breaks: readonly ClauseBreak[];
  language: Language;
}

export function findFrames(input: FrameInput): ArgumentFrame[] {
  return [...betweenFrames(input), ...routeFrames(input)].filter(namesPlace).sort((a, b) => a.start - b.start);
}

function betweenFrames(input: FrameInput): ArgumentFrame[] {
  const { tokens, normals, language } = input;
  const table = FRAME_WORDS[language];
  const frames: ArgumentFrame[] = [];
  tokens.forEach((token, index) => {
    if (!table.between.some((pattern) => pattern.test(normals[index] ?? ''))) return;
    if (table.betweenAfter) {
      const coordinator = findToken(input, index - 1, -1, table.coordinators);
      if (coordinator === null) return;
      const left = sideBefore(input, coordinator);
      const right = membersWithin(input.groups, tokenAt(tokens, coordinator).end, token.start);
      frames.push(frame(left, right, left[0]?.start ?? tokenAt(tokens, coordinator).start, token.end, 'between'));
    } else {
      const coordinator = findToken(input, index + 1, 1, table.coordinators);
      if (coordinator === null) return;
      const left = lastGroupMembers(membersWithin(input.groups, token.end, tokenAt(tokens, coordinator).start));
      const right = sideAfter(input, coordinator);
      frames.push(frame(left, right, token.start, right.at(-1)?.end ?? tokenAt(tokens, coordinator).end, 'between'));
    }
  });
  return frames;
}

/** Origin after "from", destination after a "to" a few words on; or a Kazakh ablative, then a dative. */
function routeFrames(input: FrameInput): ArgumentFrame[] {
  const { groups, tokens, breaks } = input;
  const frames: ArgumentFrame[] = [];
  groups.forEach((origin, index) => {
    if (origin.lead !== 'from' || origin.linked) return;
    for (let next = index + 1; next < groups.length; next += 1) {
      const destination = groups[next];
      if (!destination || wordsBetween(tokens, origin.end, destination.start) > ROUTE_WORDS) break;
      if (breaks.some((clauseBreak) => clauseBreak.strong && clauseBreak.at > origin.end && clauseBreak.at < destination.start)) break;
      if (destination.lead !== 'to') continue;
      frames.push(frame(origin.members, destination.members, origin.start, destination.end, 'route'));
      break;
    }
  });
  return frames;
}

function frame(left: readonly Mention[], right: readonly Mention[], start: number, end: number, kind: ArgumentFrame['kind']): ArgumentFrame {
  return { start, end, sides: [left, right], kind };
}

/** A frame naming no place at all says nothing about places. */
function namesPlace(candidate: ArgumentFrame): boolean {
  return candidate.sides[0].length > 0 || candidate.sides[1].length > 0;
}

/** Index of the first token from `from` in `step` direction matching a pattern, within the side's reach. */
function findToken(input: FrameInput, from: number, step: 1 | -1, patterns: readonly RegExp[]): number | null {
  for (let index = from, seen = 0; index >= 0 && index < input.tokens.length && seen <= SIDE_WORDS; index += step, seen += 1) {
    if (patterns.some((pattern) => pattern.test(input.normals[index] ?? ''))) return index;
  }
  return null;
}

function tokenAt(tokens: readonly Token[], index: number): Token {
  const token = tokens[index];
  if (!token) throw new Error(`no token ${index}`);
  return token;
}

/** Members of the groups lying between two offsets. */
function membersWithin(groups: readonly PlaceGroup[], from: number, to: number): Mention[] {
  const members: Mention[] = [];
  for (let index = firstIndex(groups, (group) => group.end > from); index < groups.length; index += 1) {
    const group = groups[index];
    if (!group || group.start >= to) break;
    for (const member of group.members) if (member.start >= from && member.end <= to) members.push(member);
  }
  return members;
}

/** The members of the last group among `members` (the place right before the coordinator). */
function lastGroupMembers(members: readonly Mention[]): Mention[] {
  const last = members.at(-1);
  return last ? [last] : [];
}

function sideBefore(input: FrameInput, coordinator: number): Mention[] {
  const end = tokenAt(input.tokens, coordinator).start;
  const start = input.tokens[Math.max(0, coordinator - SIDE_WORDS)]?.start ?? 0;
  return lastGroupMembers(membersWithin(input.groups, start, end));
}

function sideAfter(input: FrameInput, coordinator: number): Mention[] {
  const start = tokenAt(input.tokens, coordinator).end;
  const limitToken = input.tokens[Math.min(input.tokens.length - 1, coordinator + SIDE_WORDS)];
  const clauseBreak = input.breaks.find((candidate) => candidate.at > start);
  const end = Math.min(limitToken?.end ?? start, clauseBreak?.at ?? Infinity);
  const first = membersWithin(input.groups, start, end)[0];
  return first ? [first] : [];
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  return Math.max(0, firstIndex(tokens, (token) => token.end > to) - firstIndex(tokens, (token) => token.start >= from));
}
