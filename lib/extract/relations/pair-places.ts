import { strongBreaksBetween, type ClauseBreak } from '../sentence/clause-attachment';
import { firstIndex } from '../first-index';
import type { Token } from '../tokenize';
import type { Language, Mention, RelationType } from '../types';
import { PLACE_TYPES, type PlaceGroup } from './place-groups';

/**
 * Which places a relation word ties. General rules, in order:
 *
 * 1. The place group nearest the trigger, within a few words and in the same clause, is the one it
 *    speaks of. Kazakh puts it before the word («Алматы мен Шаңхай арасындағы әуе рейстері»);
 *    Russian and English on either side («рейсы между Алматы и Шанхаем», "Almaty and Shanghai are
 *    sister cities"); a visit's destination follows in Russian and English («посетил Алматы»).
 *    A group of countries only («Қазақстан мен Қытай арасындағы келісім») owns the trigger: no relation.
 * 2. Two places in that group form the pair.
 * 3. One place (or a list of three or more, the partners of one hub) pairs with another place group
 *    close on the other side ("Almaty's cooperation with Shanghai"); failing that, with the document's
 *    focus place (its most-mentioned city or region) when the focus is in the same sentence or the
 *    sentence names no other place. A single place beside «ынтымақтастық» in an article about
 *    Shanghai is Shanghai's partner; in a sentence naming other places the guess is not made.
 *    A place coordinated with a word standing for a place told before («өңір мен Синьцзян»,
 *    «город и Урумчи», "the region and Xinjiang") pairs with that earlier place (the latest place of the
 *    word's kind, city or region, mentioned before it).
 * 4. A visit ties the visitor's home and the destination: coordinated destinations («Алматы және
 *    Астана қалаларына сапары») each pair with the nearest other place of the sentence (the
 *    visitor's, «Шаңхай мэрі»), else with the focus place; a linked group («визит из Алматы в
 *    Шанхай») is the pair itself.
 */

export interface PairingInput {
  type: RelationType;
  trigger: { start: number; end: number };
  language: Language;
  groups: readonly PlaceGroup[];
  tokens: readonly Token[];
  breaks: readonly ClauseBreak[];
  /** Keys of the places (cities, regions) named in the sentence. */
  sentencePlaces: ReadonlySet<string>;
  sentenceMentions: readonly Mention[];
  focus: string | null;
  body: string;
  /** The latest place of a type mentioned before an offset in the document. */
  placeBefore: (offset: number, type: 'CITY' | 'REGION') => string | null;
}

type Side = 'before' | 'after';

interface PairingReach {
  /** Side where the places of a relation word usually stand; null when either side. */
  preferredSide: Side | null;
  /** Words allowed between the trigger and the group on the preferred side (or either side). */
  words: number;
  /** Words allowed on the other side. */
  otherSideWords: number;
  /** Words allowed between the trigger and a second group that completes a single place. */
  partnerWords: number;
}

const REACH: Readonly<Record<Language, PairingReach>> = {
  kk: { preferredSide: 'before', words: 5, otherSideWords: 2, partnerWords: 3 },
  ru: { preferredSide: null, words: 5, otherSideWords: 5, partnerWords: 3 },
  en: { preferredSide: null, words: 5, otherSideWords: 5, partnerWords: 3 },
};

/** Visit destinations follow the verb or noun in Russian and English. */
const VISIT_SIDE: Readonly<Record<Language, Side>> = { kk: 'before', ru: 'after', en: 'after' };

export type PlacePair = readonly [string, string];

interface ReachableGroup {
  group: PlaceGroup;
  side: Side;
  words: number;
}

export function pairPlaces(input: PairingInput): PlacePair[] {
  const reach = REACH[input.language];
  const preferredSide = input.type === 'VISIT' ? VISIT_SIDE[input.language] : reach.preferredSide;
  const reachable = reachableGroups(input, reach, preferredSide);
  const nearest = reachable[0];
  if (!nearest) return [];
  const places = placeKeys(nearest.group);
  if (places.length === 0) return [];

  if (input.type === 'VISIT') return pairVisit(input, nearest.group, places);
  if (places.length === 2) return [[places[0] ?? '', places[1] ?? '']];

  const partner = reachable.find(
    (candidate) => candidate !== nearest && candidate.words <= reach.partnerWords && placeKeys(candidate.group).length > 0,
  );
  const referredTo = places.length === 1 ? placeReferredToBefore(input, nearest.group) : null;
  const others = partner ? placeKeys(partner.group) : referredTo ? [referredTo] : focusPartner(input, places);
  return places.flatMap((place) => others.filter((other) => other !== place).map((other): PlacePair => [place, other]));
}

function reachableGroups(input: PairingInput, reach: PairingReach, preferredSide: Side | null): ReachableGroup[] {
  const reachable: ReachableGroup[] = [];
  for (const group of nearbyGroups(input, Math.max(reach.words, reach.otherSideWords))) {
    const side: Side | null = group.end <= input.trigger.start ? 'before' : group.start >= input.trigger.end ? 'after' : null;
    if (side === null) continue;
    if (strongBreaksBetween(group, input.trigger, input.breaks) > 0) continue;
    const words = wordsBetween(input.tokens, group, input.trigger);
    const limit = preferredSide === null || side === preferredSide ? reach.words : reach.otherSideWords;
    if (words <= limit) reachable.push({ group, side, words });
  }
  const rank = (candidate: ReachableGroup) => (preferredSide === null || candidate.side === preferredSide ? 0 : 1);
  return reachable.sort((a, b) => rank(a) - rank(b) || a.words - b.words);
}

/**
 * The groups at most `maxWords` words before or after the trigger, in sentence order. Groups are
 * sorted and apart, and the words between a group and the trigger only grow with distance, so the
 * search walks out from the trigger and stops at the first group too far: a sentence with
 * thousands of places no longer costs groups × triggers × words.
 */
function nearbyGroups({ groups, trigger, tokens }: PairingInput, maxWords: number): PlaceGroup[] {
  const near: PlaceGroup[] = [];
  const firstNotBefore = firstIndex(groups, (group) => group.end > trigger.start);
  for (let index = firstNotBefore - 1; index >= 0; index -= 1) {
    const group = groups[index];
    if (!group || wordsBetween(tokens, group, trigger) > maxWords) break;
    near.unshift(group);
  }
  for (let index = firstIndex(groups, (group) => group.start >= trigger.end); index < groups.length; index += 1) {
    const group = groups[index];
    if (!group || wordsBetween(tokens, group, trigger) > maxWords) break;
    near.push(group);
  }
  return near;
}

function pairVisit(input: PairingInput, destinations: PlaceGroup, places: readonly string[]): PlacePair[] {
  if (destinations.linked && places.length >= 2) return allPairs(places);
  const origin = nearestOtherPlace(input, destinations, places);
  const others = origin ? [origin] : focusPartner(input, places);
  return places.flatMap((place) => others.filter((other) => other !== place).map((other): PlacePair => [place, other]));
}

/**
 * Words that stand for a place already named, by the type of place they stand for. They refer back
 * when a coordinating connector joins them to the place right after: «өңір мен Синьцзян», «город и
 * Урумчи», "the region and Henan".
 */
const PLACE_REFERENCES: Readonly<Record<Language, { words: Readonly<Record<'CITY' | 'REGION', RegExp>>; connector: RegExp }>> = {
  kk: { words: { CITY: /^қала\p{L}{0,6}$/u, REGION: /^(?:өңір|облыс)\p{L}{0,6}$/u }, connector: /^(?:мен|бен|пен|және)$/u },
  ru: { words: { CITY: /^город\p{L}{0,3}$/u, REGION: /^(?:регион|област|провинци)\p{L}{0,4}$/u }, connector: /^и$/u },
  en: { words: { CITY: /^city$/u, REGION: /^(?:region|province)$/u }, connector: /^and$/u },
};

function placeReferredToBefore(input: PairingInput, group: PlaceGroup): string | null {
  const reference = PLACE_REFERENCES[input.language];
  const precedingTokens = input.tokens.slice(0, firstIndex(input.tokens, (token) => token.end > group.start));
  const connector = precedingTokens.at(-1);
  const noun = precedingTokens.at(-2);
  if (!connector || !noun || !reference.connector.test(connector.text.toLowerCase())) return null;
  if (input.body.slice(noun.end, connector.start).trim() !== '' || input.body.slice(connector.end, group.start).trim() !== '') return null;
  const type = (['CITY', 'REGION'] as const).find((candidate) => reference.words[candidate].test(noun.text.toLowerCase()));
  if (!type) return null;
  const earlier = input.placeBefore(noun.start, type);
  const own = group.members[0]?.entity.key;
  return earlier !== null && earlier !== own ? earlier : null;
}

function nearestOtherPlace(input: PairingInput, group: PlaceGroup, places: readonly string[]): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const mention of input.sentenceMentions) {
    if (!PLACE_TYPES.has(mention.entity.type) || places.includes(mention.entity.key)) continue;
    const distance = mention.end <= group.start ? group.start - mention.end : mention.start - group.end;
    if (!best || distance < best.distance) best = { key: mention.entity.key, distance };
  }
  return best?.key ?? null;
}

/** The focus place as partner, when it is in the sentence or the sentence names no other place. */
function focusPartner(input: PairingInput, places: readonly string[]): string[] {
  const { focus, sentencePlaces } = input;
  if (focus === null || places.includes(focus)) return [];
  const otherPlaces = [...sentencePlaces].filter((key) => !places.includes(key));
  return sentencePlaces.has(focus) || otherPlaces.length === 0 ? [focus] : [];
}

function allPairs(places: readonly string[]): PlacePair[] {
  const pairs: PlacePair[] = [];
  places.forEach((left, index) => {
    for (const right of places.slice(index + 1)) pairs.push([left, right]);
  });
  return pairs;
}

function placeKeys(group: PlaceGroup): string[] {
  const keys: string[] = [];
  for (const member of group.members) {
    if (PLACE_TYPES.has(member.entity.type) && !keys.includes(member.entity.key)) keys.push(member.entity.key);
  }
  return keys;
}

function wordsBetween(tokens: readonly Token[], a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [left, right] = a.end <= b.start ? [a, b] : [b, a];
  // Tokens are sorted and apart: those between the two spans are one run of the array.
  const first = firstIndex(tokens, (token) => token.start >= left.end);
  const afterLast = firstIndex(tokens, (token) => token.end > right.start);
  return Math.max(0, afterLast - first);
}
