import type { Language } from '../types';
import { monthOfWord } from './months';
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

/** One pattern family: a regex (named groups carry the parts) and how to turn a match into a value. */
export interface TemporalRule {
  id: string;
  pattern: RegExp;
  resolve: (groups: MatchGroups, context: ResolveContext) => RuleOutcome;
}

export function defineRule(id: string, source: string, resolve: TemporalRule['resolve']): TemporalRule {
  return { id, pattern: new RegExp(source, 'gu'), resolve };
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
