import { firstIndex } from '../first-index';
import { strongBreaksBetween } from '../sentence/clause-attachment';
import type { Token } from '../tokenize';
import type { Language, Mention, RelationType } from '../types';
import { pairAllowed, type RelationFacts } from './relation-facts';
import type { RelationTrigger } from './relation-triggers';
import { crossPairs, isPlace, readArgument, type PlaceArgument, type PlacePair, type Reading, type SentenceView } from './read-argument';
import { carriedOverPlaces, coordinatedWith, focusOf, officePlaces, type SideGuesses } from './side-guesses';

/**
 * Which places a relation word ties: the places of its phrase, never whatever else the sentence
 * names. General rules, in order:
 *
 * 1. The argument nearest the trigger, within a few words and in the same clause, is the one it
 *    speaks of: a place group («Алматы мен Шаңхай», «Алматы – Шанхай»), a frame («между X и Y»,
 *    "from X … to Y") or "the two cities". Kazakh puts it before the word («Алматы мен Шаңхай
 *    арасындағы әуе рейстері»), Russian and English on either side; a visit's destination follows in
 *    Russian and English («посетил Алматы»). An argument of countries only, or a place coordinated
 *    with a country ("ties between Shandong and Kazakhstan"), is a country-level tie: no relation.
 * 2. The argument's own pairs: the two sides of a frame, the consecutive segments of a route
 *    («Астана – Сиань – Бейжің»: Astana–Xi'an, Xi'an–Beijing; "from Almaty to Urumqi and Xi'an":
 *    Almaty–Urumqi, Almaty–Xi'an), two coordinated places that are the subject of a reciprocal word
 *    ("Almaty and Shanghai are sister cities").
 * 3. Places that are someone's partners or destinations ("with B and C", «Астанамен», "routes to
 *    Almaty, Bishkek", a visit to two cities, a list of three or more) pair with the other side:
 *    another argument next to the trigger or to them (the subject: "A signed … with B"); else,
 *    for a visit or a route, the nearest other place of the sentence that is not the end of a route
 *    of its own (the visitor's home, the route's origin), or for other words the nearest other
 *    place of the same clause. Words that need both places named («станция», "border crossing")
 *    stop at the argument and its neighbour. A place hyphened to an unknown name («Достык-
 *    Алашанькоу» with Dostyk unknown) has its partner in the phrase: none is looked for elsewhere.
 * 4. Only then, and only for words that allow it, a side told elsewhere (`guessSide`): a word
 *    standing for a place («өңір мен Синьцзян», «Облыс әкімі»), the subject of the previous sentence,
 *    the title's place, the document's focus. No guess is made when the sentence names another
 *    place (the partner is then ambiguous) or a country on its own ("the Premier of China arrived in
 *    Kostanay": the other side is the country); a visit borrows only through a place word («Облыс
 *    әкімі … барды»), since visitors are often national officials, not the article's place.
 *
 * Every pair must be in scope (`pairAllowed`): places of two different countries, one of them China,
 * neither inside the other.
 */

export interface PairingInput {
  trigger: { start: number; end: number; value: RelationTrigger };
  type: RelationType;
  sentence: SentenceView;
  facts: RelationFacts;
  guesses: SideGuesses;
}

export interface FoundPair {
  pair: PlacePair;
  /** Both places are the phrase's own arguments (not a guessed side). */
  explicit: boolean;
}

export interface Pairing {
  /** The argument the word took, null when none was in reach. */
  argument: PlaceArgument | null;
  pairs: FoundPair[];
}

type Side = 'before' | 'after';

interface PairingReach {
  /** Side where the places of a relation word usually stand; null when either side. */
  preferredSide: Side | null;
  /** Words allowed between the trigger and the argument on the preferred side (or either side). */
  words: number;
  /** Words allowed on the other side. */
  otherSideWords: number;
  /** Words allowed between the trigger and a second argument that completes an open side. */
  partnerWords: number;
}

const REACH: Readonly<Record<Language, PairingReach>> = {
  kk: { preferredSide: 'before', words: 5, otherSideWords: 2, partnerWords: 3 },
  ru: { preferredSide: null, words: 5, otherSideWords: 5, partnerWords: 3 },
  en: { preferredSide: null, words: 5, otherSideWords: 5, partnerWords: 3 },
};

/** Visit destinations follow the verb or noun in Russian and English. */
const VISIT_SIDE: Readonly<Record<Language, Side>> = { kk: 'before', ru: 'after', en: 'after' };

interface ReachableArgument {
  argument: PlaceArgument;
  words: number;
}

export function pairPlaces(input: PairingInput): Pairing {
  const { trigger, sentence } = input;
  const reach = REACH[sentence.language];
  const preferredSide = input.type === 'VISIT' ? VISIT_SIDE[sentence.language] : reach.preferredSide;
  const reachable = reachableArguments(input, reach, preferredSide);
  const nearest = argumentOf(input, reachable);
  if (!nearest) return { argument: null, pairs: [] };
  const { argument } = nearest;
  const reading = readArgument(argument, input.type, input.facts);
  if (reading.blocked) return { argument, pairs: [] };
  if (trigger.value.arguments === 'linked' && !reading.linked && !reading.directional) return { argument, pairs: [] };
  if (reading.open.length === 0) return { argument, pairs: allowedPairs(input.facts, reading.pairs, true) };

  const { open } = reading;
  const found = (pairs: readonly PlacePair[], explicit: boolean): Pairing => ({ argument, pairs: allowedPairs(input.facts, pairs, explicit) });
  if (reading.referenceOnly) {
    const referred = coordinatedWith(input.guesses, reading.openStart);
    return found(referred ? crossPairs(open, [referred]) : [], false);
  }
  const partner = reachable.find(
    (candidate) =>
      candidate !== nearest &&
      (candidate.words <= reach.partnerWords || wordsBetween(sentence.tokens, candidate.argument, nearest.argument) <= 1),
  );
  if (partner) {
    const partnerReading = readArgument(partner.argument, input.type, input.facts);
    if (partnerReading.blocked) return found([], true);
    return found([...reading.pairs, ...crossPairs(open, placesOf(partnerReading))], true);
  }
  if (trigger.value.arguments === 'named' || reading.regionWide) return found(reading.pairs, true);
  const other = nearestOtherPlace(input, nearest.argument, open) ?? focusInSentence(input, open);
  if (other) return found([...reading.pairs, ...crossPairs(open, [other])], true);
  if (trigger.value.arguments !== 'any') return found(reading.pairs, true);
  const guessed = guessSide(input, reading.openStart, open);
  return { argument, pairs: [...allowedPairs(input.facts, reading.pairs, true), ...allowedPairs(input.facts, crossPairs(open, guessed), false)] };
}

/**
 * The argument the word speaks of. Partners introduced by "with" («с Урумчи», «Үрімжімен») are its
 * other side whatever stands nearer (the rest is its subject). A word that needs a route («routes»,
 * «линии») takes the nearest argument that is one (linked places, a frame, destinations after
 * "to"): in "Urumqi opened routes to Almaty and Bishkek" the route is "to Almaty and Bishkek",
 * and Urumqi, as near, is its origin.
 */
function argumentOf(input: PairingInput, reachable: readonly ReachableArgument[]): ReachableArgument | undefined {
  const withPartner = reachable.find((candidate) => candidate.argument.group?.lead === 'with');
  if (withPartner) return withPartner;
  if (input.trigger.value.arguments === 'linked') {
    const route = reachable.find((candidate) => {
      const reading = readArgument(candidate.argument, input.type, input.facts);
      return !reading.blocked && (reading.linked || reading.directional);
    });
    if (route) return route;
  }
  return reachable[0];
}

function allowedPairs(facts: RelationFacts, pairs: readonly PlacePair[], explicit: boolean): FoundPair[] {
  const found: FoundPair[] = [];
  for (const pair of pairs) if (pairAllowed(facts, pair[0], pair[1], explicit)) found.push({ pair, explicit });
  return found;
}

function reachableArguments(input: PairingInput, reach: PairingReach, preferredSide: Side | null): ReachableArgument[] {
  const { trigger, sentence } = input;
  const maxWords = Math.max(reach.words, reach.otherSideWords, trigger.value.reach ?? 0);
  const reachable: ReachableArgument[] = [];
  for (const argument of nearbyArguments(sentence, trigger, maxWords)) {
    const inside = argument.start <= trigger.start && argument.end >= trigger.end;
    if (inside) {
      reachable.push({ argument, words: 0 });
      continue;
    }
    const side: Side | null = argument.end <= trigger.start ? 'before' : argument.start >= trigger.end ? 'after' : null;
    if (side === null) continue;
    if (strongBreaksBetween(argument, trigger, sentence.breaks) > 0) continue;
    const words = wordsBetween(sentence.tokens, argument, trigger);
    const preferred = preferredSide === null || side === preferredSide;
    const base = preferred ? reach.words : reach.otherSideWords;
    const limit = side === 'after' && trigger.value.reach !== undefined ? Math.max(base, trigger.value.reach) : base;
    if (words <= limit) reachable.push({ argument, words: preferred ? words : words + 0.5 });
  }
  return reachable.sort((a, b) => rank(a, trigger, preferredSide) - rank(b, trigger, preferredSide) || a.words - b.words);
}

/** Arguments on the preferred side (or around the trigger) come first. */
function rank(candidate: ReachableArgument, trigger: { start: number }, preferredSide: Side | null): number {
  if (preferredSide === null || candidate.words === 0) return 0;
  const side: Side = candidate.argument.end <= trigger.start ? 'before' : 'after';
  return side === preferredSide ? 0 : 1;
}

/**
 * The arguments at most `maxWords` words before or after the trigger (or around it), in sentence
 * order. Arguments are sorted and the words between an argument and the trigger only grow with
 * distance, so the search walks out from the trigger and stops at the first one too far.
 */
function nearbyArguments(sentence: SentenceView, trigger: { start: number; end: number }, maxWords: number): PlaceArgument[] {
  const { arguments: all, tokens } = sentence;
  const near: PlaceArgument[] = [];
  const firstNotBefore = firstIndex(all, (argument) => argument.end > trigger.start);
  for (let index = firstNotBefore - 1; index >= 0; index -= 1) {
    const argument = all[index];
    if (!argument || wordsBetween(tokens, argument, trigger) > maxWords) break;
    near.unshift(argument);
  }
  for (let index = firstNotBefore; index < all.length; index += 1) {
    const argument = all[index];
    if (!argument) break;
    if (argument.start < trigger.end) {
      if (argument.start <= trigger.start) near.push(argument);
      continue;
    }
    if (wordsBetween(tokens, argument, trigger) > maxWords) break;
    near.push(argument);
  }
  return near;
}

/**
 * The nearest place of the sentence outside the argument that forms an allowed pair with an open
 * place: a visit's or route's other end anywhere in the sentence, another word's partner only in
 * its clause.
 */
function nearestOtherPlace(input: PairingInput, argument: PlaceArgument, open: readonly string[]): string | null {
  const { sentence, facts, trigger, type } = input;
  const anywhere = type === 'VISIT' || trigger.value.transport;
  const { mentions } = sentence;
  const accept = (mention: Mention | undefined): mention is Mention =>
    mention !== undefined &&
    isPlace(mention, facts) &&
    !open.includes(mention.entity.key) &&
    !insideRoute(sentence.completeRoutes, mention) &&
    (anywhere || strongBreaksBetween(mention, trigger, sentence.breaks) === 0) &&
    open.some((place) => pairAllowed(facts, place, mention.entity.key, true));
  // Walk out from the argument on both sides; a partner farther than a few dozen places is no partner.
  const afterStart = firstIndex(mentions, (mention) => mention.start >= argument.end);
  const beforeEnd = firstIndex(mentions, (mention) => mention.end > argument.start);
  let before: Mention | undefined;
  for (let index = beforeEnd - 1, seen = 0; index >= 0 && seen < SCAN_LIMIT && !before; index -= 1, seen += 1) {
    const mention = mentions[index];
    if (accept(mention)) before = mention;
  }
  let after: Mention | undefined;
  for (let index = afterStart, seen = 0; index < mentions.length && seen < SCAN_LIMIT && !after; index += 1, seen += 1) {
    const mention = mentions[index];
    if (accept(mention)) after = mention;
  }
  if (!before || !after) return (before ?? after)?.entity.key ?? null;
  return argument.start - before.end <= after.start - argument.end ? before.entity.key : after.entity.key;
}

/** Mentions looked at on each side when searching a partner. */
const SCAN_LIMIT = 64;

function insideRoute(routes: readonly { start: number; end: number }[], mention: Mention): boolean {
  const route = routes[firstIndex(routes, (candidate) => candidate.end >= mention.end) ];
  return route !== undefined && route.start <= mention.start;
}

/** The document's focus place when the sentence names it, whatever clause it stands in. */
function focusInSentence(input: PairingInput, open: readonly string[]): string | null {
  const focus = focusOf(input.guesses);
  if (focus === null || open.includes(focus)) return null;
  const named = input.sentence.placeKeys.has(focus);
  return named && open.some((place) => pairAllowed(input.facts, place, focus, true)) ? focus : null;
}

/**
 * A side told outside the sentence: a reference word first, then the other sources in order; none
 * when the sentence names a place besides the open ones (the partner would be a guess among them).
 */
function guessSide(input: PairingInput, openStart: number, open: readonly string[]): string[] {
  const { facts, sentence, guesses } = input;
  const allowed = (candidates: readonly string[]) =>
    candidates.filter((candidate) => open.some((place) => pairAllowed(facts, place, candidate, false)));
  const coordinated = coordinatedWith(guesses, openStart);
  if (coordinated !== null && allowed([coordinated]).length > 0) return [coordinated];
  for (const referred of officePlaces(guesses)) {
    const candidates = allowed(referred);
    if (candidates.length > 0) return candidates;
  }
  // Another place makes the partner ambiguous; a country ("the President of China visited Aktobe")
  // is likely the other side itself.
  const namesOtherPlace = [...sentence.placeKeys].some((key) => !open.includes(key));
  // A visitor's home is not the article's place: ministers and ambassadors visit from their country.
  if (namesOtherPlace || sentence.namesCountry || input.type === 'VISIT') return [];
  for (const source of carriedOverPlaces(guesses)) {
    const candidates = allowed(source);
    if (candidates.length > 0) return candidates;
  }
  return [];
}

function placesOf(reading: Reading): string[] {
  return uniqueKeysOf([...reading.pairs.flat(), ...reading.open]);
}

/** Keys once each, in order (argument lists are short: a scan beats a set). */
function uniqueKeysOf(keys: readonly string[]): string[] {
  const unique: string[] = [];
  for (const key of keys) if (!unique.includes(key)) unique.push(key);
  return unique;
}

function wordsBetween(tokens: readonly Token[], a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end > b.start && b.end > a.start) return 0;
  const [left, right] = a.end <= b.start ? [a, b] : [b, a];
  // Tokens are sorted and apart: those between the two spans are one run of the array.
  const first = firstIndex(tokens, (token) => token.start >= left.end);
  const afterLast = firstIndex(tokens, (token) => token.end > right.start);
  return Math.max(0, afterLast - first);
}
