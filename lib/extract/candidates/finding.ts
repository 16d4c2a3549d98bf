import type { EntityRef } from '../types';

/** A candidate span found by one signal, before overlaps are settled. Token indexes are inclusive. */
export interface Finding {
  first: number;
  last: number;
  start: number;
  end: number;
  entity: EntityRef;
  /** For people: the words of the name in the dictionary form, to recognise later mentions. */
  nameWords?: readonly string[];
}
