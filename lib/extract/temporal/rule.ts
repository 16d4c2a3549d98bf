import type { Language } from '../types';
import { monthOfWord } from './months';
import { coreAfterOptionalLead, firstCharClass, requiredLiteralSets, splitLeadingAssertions, startsInvolved } from './regex-analysis';
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

/**
 * A compiled pattern: `scan` is what the engine scans for (global), `lead` the zero-width
 * assertions the pattern opens with, tested (sticky) only where `scan` matched.
 */
export interface Matcher {
  scan: RegExp;
  lead: RegExp | null;
}

/** One pattern family: a regex (named groups carry the parts) and how to turn a match into a value. */
export interface TemporalRule {
  id: string;
  /** The pattern as written; `matcher` finds exactly its matches. */
  source: string;
  matcher: Matcher;
  /**
   * Lists of lower-case strings: every match contains one string of each list, so a text lacking
   * all strings of some list is not scanned. Null: no such lists.
   */
  requiredLiterals: readonly (readonly string[])[] | null;
  /** The pattern without its optional lead (a year before a month, "the"): a text it does not match is not scanned. */
  core: Matcher | null;
  resolve: GroupResolver;
}

/**
 * Compiles a pattern for fast scanning with the same matches. A leading lookbehind («not after a
 * letter») makes the engine try the whole pattern at every position; split off, it is tested only
 * where the rest matched. And when the rest starts in a way the engine cannot scan for (optional
 * parts, lookbehinds in alternatives) but every match starts with one of a few known characters, a
 * lookahead on them is put in front, so the engine rejects other positions with one comparison.
 */
function compile(source: string): Matcher {
  const split = splitLeadingAssertions(source);
  const rest = split?.rest ?? source;
  const first = startsInvolved(rest) ? firstCharClass(rest) : null;
  const selective = first !== null && !/\\[pPsSwW]/.test(first);
  return {
    scan: new RegExp(selective ? `(?=${first})(?:${rest})` : rest, 'gu'),
    lead: split ? new RegExp(split.lead, 'uy') : null,
  };
}

/** The next match at or after `from`, exactly as the whole pattern would find it. */
function nextMatch({ scan, lead }: Matcher, text: string, from: number): RegExpExecArray | null {
  scan.lastIndex = from;
  for (;;) {
    const match = scan.exec(text);
    if (!match || !lead) return match;
    lead.lastIndex = match.index;
    if (lead.test(text)) return match;
    scan.lastIndex = match.index + 1;
  }
}

/** Every non-empty match of a rule in `text`, as `text.matchAll` of its pattern finds them. */
export function* findMatches(rule: TemporalRule, text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from <= text.length) {
    const match = nextMatch(rule.matcher, text, from);
    if (!match) return;
    if (match[0].length === 0) {
      from = match.index + 1;
      continue;
    }
    yield match;
    from = match.index + match[0].length;
  }
}

/** Whether the rule's core (when it has one) occurs in `text`: if not, the rule cannot match. */
export function coreOccurs(rule: TemporalRule, text: string): boolean {
  return rule.core === null || nextMatch(rule.core, text, 0) !== null;
}

/**
 * Compiles a rule. The speed-ups keep the matches exactly the same: the strings every match must
 * contain are noted (see `requiredLiteralSets`); a pattern that opens with optional parts gets a
 * core without them (see `coreAfterOptionalLead`), looked for first; both are compiled as
 * `compile` says.
 */
export function defineRule(id: string, source: string, resolve: TemporalRule['resolve']): TemporalRule {
  const core = coreAfterOptionalLead(source);
  return {
    id,
    source,
    matcher: compile(source),
    requiredLiterals: requiredLiteralSets(source),
    core: core === null ? null : compile(core),
    resolve,
  };
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
