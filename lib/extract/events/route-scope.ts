import { countryOf, type RelationFacts } from '../relations/relation-facts';
import type { RouteRole } from '../types';

/**
 * Whether a route event lies outside the ties the product follows, by the relations' scope: its
 * two ends are known places of two different countries, and neither they nor any other place the
 * event names is in an anchor country (China). An airline's list of new routes names Bishkek,
 * Larnaca or Salalah beside Urumqi; only the flights to China are Kazakhstan–China events. A
 * domestic route, and a route with an end the gazetteer does not know, stay.
 */
export function routeOutsideScope(facts: RelationFacts, route: RouteRole, entities: readonly string[]): boolean {
  const from = countryOf(facts, route.from);
  const to = countryOf(facts, route.to);
  if (!from || !to || from === to) return false;
  const anchors = facts.scope.anchorCountries;
  return ![route.from, route.to, ...entities].some((key) => {
    const country = countryOf(facts, key);
    return country !== null && country !== undefined && anchors.includes(country);
  });
}
