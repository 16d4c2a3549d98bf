import { escapeRegex } from './regex-parts';

/**
 * Which rules may match a text, judged by the strings they require (see `requiredLiteralSets`):
 * a rule needs one string of each of its lists. A language's rules require a few hundred strings
 * (month forms, unit words, numbers); they are found in one scan instead of one `includes` each,
 * and each distinct list is settled once per text however many rules share it.
 *
 * The scan: one regex holds every string of three or more characters, longest first, and is run
 * from every position where one of them starts. At each such position it reports the longest
 * string there, and every string that is a prefix of that one starts there too, so no occurrence
 * is missed. Shorter strings («1», «до») are few and looked up directly.
 */
export interface RequirementIndex {
  pattern: RegExp;
  /** For each scanned string, the lists satisfied where it is found (by it or by a prefix of it). */
  listsAt: ReadonlyMap<string, readonly number[]>;
  /** Strings too short to scan for, with the lists each satisfies. */
  short: readonly { literal: string; lists: readonly number[] }[];
  /** For each rule, the lists it needs. */
  listsOfRule: readonly (readonly number[])[];
  listCount: number;
}

/** Strings shorter than this occur too often for the scan to pay off; they are looked up one by one. */
const SCANNED_LENGTH = 3;

/** `requirements[i]` holds rule i's lists of strings, or null when it requires none. */
export function buildRequirementIndex(requirements: readonly (readonly (readonly string[])[] | null)[]): RequirementIndex {
  const listIds = new Map<string, number>();
  const lists: (readonly string[])[] = [];
  const listsOfRule = requirements.map((ruleLists) =>
    (ruleLists ?? []).map((list) => {
      const key = [...new Set(list)].sort().join('\u0000');
      let id = listIds.get(key);
      if (id === undefined) {
        id = lists.length;
        listIds.set(key, id);
        lists.push(list);
      }
      return id;
    }),
  );
  const listsOfLiteral = new Map<string, number[]>();
  lists.forEach((list, id) => {
    for (const literal of new Set(list)) listsOfLiteral.set(literal, [...(listsOfLiteral.get(literal) ?? []), id]);
  });
  const literals = [...listsOfLiteral.keys()];
  const scanned = literals.filter((literal) => literal.length >= SCANNED_LENGTH).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const listsAt = new Map(
    scanned.map((literal) => {
      const prefixes = scanned.filter((other) => literal.startsWith(other));
      return [literal, [...new Set(prefixes.flatMap((prefix) => listsOfLiteral.get(prefix) ?? []))]] as const;
    }),
  );
  return {
    // An empty alternation would match everywhere; a pattern that never matches stands in for it.
    pattern: new RegExp(scanned.length > 0 ? scanned.map(escapeRegex).join('|') : '(?!)', 'gu'),
    listsAt,
    short: literals.filter((literal) => literal.length < SCANNED_LENGTH).map((literal) => ({ literal, lists: listsOfLiteral.get(literal) ?? [] })),
    listsOfRule,
    listCount: lists.length,
  };
}

/** Flags, one per list of the index: whether `lowerText` contains one of its strings. */
export function satisfiedLists({ pattern, listsAt, short, listCount }: RequirementIndex, lowerText: string): Uint8Array {
  const satisfied = new Uint8Array(listCount);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lowerText); match; match = pattern.exec(lowerText)) {
    for (const list of listsAt.get(match[0]) ?? []) satisfied[list] = 1;
    pattern.lastIndex = match.index + 1;
  }
  for (const { literal, lists } of short) {
    if (lists.some((list) => satisfied[list] === 0) && lowerText.includes(literal)) for (const list of lists) satisfied[list] = 1;
  }
  return satisfied;
}

/** Whether rule `rule` of the index may match the text whose lists are `satisfied`. */
export function ruleMayMatch({ listsOfRule }: RequirementIndex, satisfied: Uint8Array, rule: number): boolean {
  return (listsOfRule[rule] ?? []).every((list) => satisfied[list] === 1);
}
