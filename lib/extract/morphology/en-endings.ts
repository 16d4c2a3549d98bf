/** English endings stripped from names: the possessive, with either apostrophe (normalized to '). */
export const EN_POSSESSIVE_ENDINGS: readonly string[] = ["'s", "'"];

export interface EnPluralRow {
  ending: string;
  /** What replaces the ending in the singular. */
  singular: string;
  /** Letters the stem may not end in (gas, bus, crisis are not plurals of ga, bu, crisi). */
  notAfter: readonly string[];
}

/**
 * Plural endings of common nouns, for matching any word (search): names never take them, so
 * names are matched without. Longer endings first is not needed: every row that fits adds its
 * singular (taxes → tax and taxe), and the wrong one matches nothing.
 */
export const EN_PLURAL_ENDINGS: readonly EnPluralRow[] = [
  { ending: 'ies', singular: 'y', notAfter: [] },
  { ending: 'sses', singular: 'ss', notAfter: [] },
  { ending: 'xes', singular: 'x', notAfter: [] },
  { ending: 'ches', singular: 'ch', notAfter: [] },
  { ending: 'shes', singular: 'sh', notAfter: [] },
  { ending: 's', singular: '', notAfter: ['s', 'u', 'i', "'"] },
];

/** Shortest singular left after removing a plural ending. */
export const EN_MIN_SINGULAR_LENGTH = 3;
