import type { GazetteerEntry } from '../gazetteer';

/**
 * What relation extraction knows about places beyond the text: each known place's country and
 * the place that contains it (from the gazetteer), and which pairs of places the product follows.
 * Built once per extractor and passed down; nothing here is cached between calls.
 */

/** Which ties are relations: places of different countries, at least one of them in one of these. */
export interface RelationScope {
  /** ISO 3166-1 alpha-2 codes; a relation needs a side in one of them. */
  anchorCountries: readonly string[];
}

/** The product follows the ties of Kazakhstan and Central Asia with China. */
export const RELATION_SCOPE: RelationScope = { anchorCountries: ['CN'] };

interface PlaceFact {
  country: string | null;
  parent: string | null;
}

export interface RelationFacts {
  places: ReadonlyMap<string, PlaceFact>;
  scope: RelationScope;
}

/** The gazetteer fields relations read. */
export type PlaceRow = Pick<GazetteerEntry, 'key'> & Partial<Pick<GazetteerEntry, 'country' | 'parent'>>;

export function createRelationFacts(rows: readonly PlaceRow[], scope: RelationScope = RELATION_SCOPE): RelationFacts {
  const places = new Map<string, PlaceFact>();
  for (const row of rows) places.set(row.key, { country: row.country ?? null, parent: row.parent ?? null });
  return { places, scope };
}

/** Gazetteer chains are short (city → region → country); the bound only guards against a cycle. */
const MAX_DEPTH = 16;

/** Whether `outer` contains `inner` (its region, its region's region …). */
export function contains(facts: RelationFacts, outer: string, inner: string): boolean {
  let key: string | null = facts.places.get(inner)?.parent ?? null;
  for (let depth = 0; key !== null && depth < MAX_DEPTH; depth += 1) {
    if (key === outer) return true;
    key = facts.places.get(key)?.parent ?? null;
  }
  return false;
}

/**
 * The country of a place: a code, `null` for a known place of no country (a macro-region such as
 * Central Asia, never a side of a relation), `undefined` for a place the gazetteer does not know
 * (a candidate).
 */
export function countryOf(facts: RelationFacts, key: string): string | null | undefined {
  const fact = facts.places.get(key);
  return fact ? fact.country : undefined;
}

/**
 * Whether two places may form a relation: two different countries, one of them an anchor, and
 * neither place inside the other. A candidate's country is unknown: it may only pair with a known
 * place of an anchor country (the tie is then in scope whatever side the candidate is on, unless
 * both are in that country, which is the risk taken), and only when the text names both places
 * as the arguments of one phrase (`explicit`): never through a guessed side.
 */
export function pairAllowed(facts: RelationFacts, a: string, b: string, explicit: boolean): boolean {
  if (a === b || contains(facts, a, b) || contains(facts, b, a)) return false;
  const countryA = countryOf(facts, a);
  const countryB = countryOf(facts, b);
  if (countryA === null || countryB === null) return false;
  const anchors = facts.scope.anchorCountries;
  if (countryA === undefined || countryB === undefined) {
    const known = countryA ?? countryB;
    return explicit && known !== undefined && anchors.includes(known);
  }
  return countryA !== countryB && (anchors.includes(countryA) || anchors.includes(countryB));
}
