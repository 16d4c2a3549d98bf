import type { Language } from '../types';
import { monthOfWord } from './months';
import { firstCharClass, requiredLiterals, startsInvolved } from './regex-analysis';
import { yearReferenceOffset } from './relative';
import type { Resolution, ResolveContext } from './resolve';

/** Named groups of one match; a group that took no part is undefined. */
export type MatchGroups = Readonly<Record<string, string | undefined>>;

/**
 * A match naming a day the calendar lacks («31 апреля 2026 года»). It is dropped and also
 * silences the shorter matches inside it, so no "April 2026" is left over from it.
 */
export const IMPOSSIBLE_DATE = 'impossible-date';

/** A value, null to drop the match (a backwards range, a unit that needs a year), or an impossible date. */
export type RuleOutcome = Resolution | null | typeof IMPOSSIBLE_DATE;

/** Turns what a pattern read (its named groups) into an outcome. */
export type GroupResolver = (groups: MatchGroups, context: ResolveContext) => RuleOutcome;

/** Year prefixes tried in order by `readYear`: a year in the expression, one before it (`p`), one after it (`s`). */
export const YEAR_PREFIXES = ['', 'p', 's'] as const;

/** One pattern family: a regex (named groups carry the parts) and how to turn a match into a value. */
export interface TemporalRule {
  id: string;
  pattern: RegExp;
  /** Lower-case strings one of which every match contains; a text holding none of them is not scanned. Null: no such strings. */
  requiredLiterals: readonly string[] | null;
  resolve: GroupResolver;
}

/**
 * Compiles a rule. Two speed-ups keep the matches exactly the same: the strings every match must
 * contain are noted (see `requiredLiterals`), and when a pattern starts in a way the engine cannot
 * scan for (optional parts, lookbehinds in alternatives) but every match starts with one of a few
 * known characters, a lookahead on them is put in front, so the engine rejects other positions with
 * one comparison instead of trying the pattern's lookbehinds and alternatives at each one.
 */
export function defineRule(id: string, source: string, resolve: TemporalRule['resolve']): TemporalRule {
  const first = startsInvolved(source) ? firstCharClass(source) : null;
  const selective = first !== null && !/\\[pPsSwW]/.test(first);
  return {
    id,
    pattern: new RegExp(selective ? `(?=${first})(?:${source})` : source, 'gu'),
    requiredLiterals: shared(requiredLiterals(source)),
    resolve,
  };
}

/** Equal literal lists are one object, so a text is searched for them once per parse (rules share month names). */
const SHARED_LITERALS = new Map<string, readonly string[]>();

function shared(literals: readonly string[] | null): readonly string[] | null {
  if (!literals) return null;
  const key = literals.join('\u0000');
  const known = SHARED_LITERALS.get(key);
  if (known) return known;
  SHARED_LITERALS.set(key, literals);
  return literals;
}

export interface StatedYear {
  year: number;
  stated: boolean;
}

/**
 * The year a pattern read under the group names `${prefix}y` (digits) or `${prefix}r` (a phrase
 * such as «прошлого года»), trying each prefix in turn; the publication year, marked as not
 * stated, when none took part.
 */
export function readYear(groups: MatchGroups, prefixes: readonly string[], context: ResolveContext): StatedYear | null {
  for (const prefix of prefixes) {
    const digits = groups[`${prefix}y`];
    if (digits !== undefined) return { year: Number(digits), stated: true };
    const phrase = groups[`${prefix}r`];
    if (phrase !== undefined) {
      const offset = yearReferenceOffset(context.language, phrase);
      return offset === null ? null : { year: context.published.year + offset, stated: true };
    }
  }
  return { year: context.published.year, stated: false };
}

export function readMonth(groups: MatchGroups, name: string, language: Language): number | null {
  const word = groups[name];
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return monthOfWord(language, word);
}

export function readNumber(groups: MatchGroups, name: string): number | null {
  const text = groups[name];
  return text === undefined ? null : Number(text);
}
