import type { ClauseBreak } from '../sentence/clause-attachment';
import type { Token } from '../tokenize';
import type { Language, Mention, RelationType } from '../types';
import type { ArgumentFrame } from './argument-frames';
import { isPlaceType, type PlaceGroup } from './place-groups';
import { countryOf, type RelationFacts } from './relation-facts';

/**
 * What one argument of a relation word says on its own (rule 2 of `pair-places.ts`): the pairs it
 * holds (the two sides of a frame, a route's consecutive segments, two coordinated places that are
 * a reciprocal word's subject) and the places left open for a partner from elsewhere.
 */

export type PlacePair = readonly [string, string];

/** What a relation word may take its places from: a group, a frame, or the pair "the two cities" stands for. */
export interface PlaceArgument {
  start: number;
  end: number;
  group: PlaceGroup | null;
  frame: ArgumentFrame | null;
  /** The pair a phrase such as "the two capitals" stands for. */
  referredPair: PlacePair | null;
}

export interface SentenceView {
  language: Language;
  body: string;
  tokens: readonly Token[];
  breaks: readonly ClauseBreak[];
  mentions: readonly Mention[];
  arguments: readonly PlaceArgument[];
  /** Keys of the places (cities, regions) the sentence names. */
  placeKeys: ReadonlySet<string>;
  /** The sentence names a country on its own (not where a place lies): a side may be that country. */
  namesCountry: boolean;
  /** Spans of the routes and pairs complete in themselves («Үрімжі – Алматы»), in order: their places are no one else's partners. */
  completeRoutes: readonly { start: number; end: number }[];
}

/** How an argument reads for a relation word. */
export interface Reading {
  pairs: PlacePair[];
  /** Places that need a partner from outside the argument. */
  open: string[];
  /**
   * No relation of cities or regions: a country (or a place outside any country) takes part
   * ("ties between Shandong and Kazakhstan"), or the phrase's other side is not a known place.
   */
  blocked: boolean;
  linked: boolean;
  /**
   * The other side is in the phrase but names no place («өңір мен Синьцзян арасындағы»): only a
   * word standing for a place may complete it, never a guess.
   */
  referenceOnly: boolean;
  /** Where the open places stand. */
  openStart: number;
  /** The open places are a route's destinations or origin ("routes to Almaty, Bishkek", «Сианьнан»). */
  directional: boolean;
  /**
   * The phrase's other side is a macro-region ("a route between Xi'an and Central Asia"): the open
   * place pairs only with places the sentence names as its partners right beside it ("…, following
   * routes to Almaty and Bishkek"), never with a guessed or merely nearby place.
   */
  regionWide: boolean;
}

function makeReading(argument: PlaceArgument, pairs: PlacePair[], open: string[], blocked: boolean, linked: boolean): Reading {
  const lead = argument.group?.lead;
  return { pairs, open, blocked, linked, referenceOnly: false, openStart: argument.start, directional: lead === 'to' || lead === 'from', regionWide: false };
}

function frameReading(pairs: PlacePair[], open: string[], blocked: boolean, openStart: number): Reading {
  return { pairs, open, blocked, linked: true, referenceOnly: open.length > 0, openStart, directional: false, regionWide: false };
}

/** How an argument reads for a relation word of this type. */
export function readArgument(argument: PlaceArgument, type: RelationType, facts: RelationFacts): Reading {
  if (argument.referredPair) return makeReading(argument, [argument.referredPair], [], false, true);
  if (argument.frame) return readFrame(argument.frame, facts);
  const group = argument.group;
  if (!group) return makeReading(argument, [], [], true, false);
  const { keys: places, onlyPlaces } = placeKeysOf(group.members, facts);
  if (places.length === 0 || group.institutional || (!group.linked && group.unnamedPartner)) return makeReading(argument, [], [], true, group.linked);
  if (group.linked) {
    const pairs = routeSegments(group, facts);
    return makeReading(argument, pairs, [], pairs.length === 0, true);
  }
  if (!onlyPlaces) return makeReading(argument, [], [], true, false);
  if (group.lead === 'between') return makeReading(argument, allPairs(places), [], false, true);
  const partners = group.lead !== null || type === 'VISIT' || places.length !== 2;
  return partners
    ? makeReading(argument, [], places, false, false)
    : makeReading(argument, [[places[0] ?? '', places[1] ?? '']], [], false, false);
}

function readFrame(frame: ArgumentFrame, facts: RelationFacts): Reading {
  const [left, right] = frame.sides;
  const { keys: leftPlaces, onlyPlaces: leftOnlyPlaces } = placeKeysOf(left, facts);
  const { keys: rightPlaces, onlyPlaces: rightOnlyPlaces } = placeKeysOf(right, facts);
  const onlyPlaces = leftOnlyPlaces && rightOnlyPlaces;
  if (leftOnlyPlaces && leftPlaces.length > 0 && onlyMacroRegions(right, facts)) return regionWideReading(leftPlaces, frame.start);
  if (rightOnlyPlaces && rightPlaces.length > 0 && onlyMacroRegions(left, facts)) return regionWideReading(rightPlaces, frame.start);
  if (!onlyPlaces || (left.length === 0 && right.length === 0)) return frameReading([], [], true, frame.start);
  if (left.length === 0) return frameReading([], rightPlaces, false, right[0]?.start ?? frame.start);
  if (right.length === 0) return frameReading([], leftPlaces, false, left[0]?.start ?? frame.start);
  return frameReading(crossPairs(leftPlaces, rightPlaces), [], false, frame.start);
}

function regionWideReading(open: string[], openStart: number): Reading {
  return { pairs: [], open, blocked: false, linked: true, referenceOnly: false, openStart, directional: false, regionWide: true };
}

/** A side naming only known places of no country: macro-regions such as Central Asia. */
function onlyMacroRegions(members: readonly Mention[], facts: RelationFacts): boolean {
  return members.length > 0 && members.every((member) => isPlaceType(member.entity.type) && countryOf(facts, member.entity.key) === null);
}

/** The keys of the members that are places, once each, in order, and whether every member is one. */
function placeKeysOf(members: readonly Mention[], facts: RelationFacts): { keys: string[]; onlyPlaces: boolean } {
  const keys: string[] = [];
  let onlyPlaces = true;
  for (const member of members) {
    if (!isPlace(member, facts)) onlyPlaces = false;
    else if (!keys.includes(member.entity.key)) keys.push(member.entity.key);
  }
  return { keys, onlyPlaces };
}

/** A city or region that belongs to a country; a macro-region («Central Asia») is not a side of a relation. */
export function isPlace(mention: Mention, facts: RelationFacts): boolean {
  return isPlaceType(mention.entity.type) && countryOf(facts, mention.entity.key) !== null;
}

/**
 * The segments of a route group: its chains of linked places (split where places are
 * coordinated), each cut into consecutive pairs; a single place coordinated after a chain shares
 * its origin ("from Almaty to Urumqi and Xi'an"), one before a chain its destination («Алматы мен
 * Астанадан Шаңхайға»). A segment with a country end («Китай – Казахстан – Актау») is no segment.
 */
function routeSegments(group: PlaceGroup, facts: RelationFacts): PlacePair[] {
  const chains: Mention[][] = [[]];
  group.members.forEach((member, index) => {
    if (index > 0 && group.joins[index - 1] === 'and') chains.push([]);
    chains.at(-1)?.push(member);
  });
  const pairs: PlacePair[] = [];
  chains.forEach((chain, index) => {
    if (chain.length >= 2) {
      for (let at = 1; at < chain.length; at += 1) addSegment(pairs, chain[at - 1], chain[at], facts);
      return;
    }
    const previous = chains[index - 1];
    const next = chains[index + 1];
    if (previous && previous.length >= 2) addSegment(pairs, previous[0], chain[0], facts);
    else if (next && next.length >= 2) addSegment(pairs, chain[0], next.at(-1), facts);
  });
  return pairs;
}

function addSegment(pairs: PlacePair[], a: Mention | undefined, b: Mention | undefined, facts: RelationFacts): void {
  if (a && b && isPlace(a, facts) && isPlace(b, facts) && a.entity.key !== b.entity.key) pairs.push([a.entity.key, b.entity.key]);
}

export function crossPairs(left: readonly string[], right: readonly string[]): PlacePair[] {
  const pairs: PlacePair[] = [];
  for (const a of left) for (const b of right) if (a !== b) pairs.push([a, b]);
  return pairs;
}

function allPairs(places: readonly string[]): PlacePair[] {
  const pairs: PlacePair[] = [];
  places.forEach((left, index) => {
    for (const right of places.slice(index + 1)) pairs.push([left, right]);
  });
  return pairs;
}
