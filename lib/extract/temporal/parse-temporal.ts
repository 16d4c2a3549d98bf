import type { Language, TemporalExpression } from '../types';
import { parseCivilDate } from '../../domain/civil-date';
import { COMMON_RULES } from './patterns-common';
import { EN_RULES } from './patterns-en';
import { KK_RULES } from './patterns-kk';
import { RU_RULES } from './patterns-ru';
import { buildRequirementIndex, ruleMayMatch, satisfiedLists, type RequirementIndex } from './requirement-index';
import { APPOSITION_GAP, joinResolutions, LEAD_WINDOW, RANGE_JOINERS } from './range-joiners';
import { toValue, type Resolution, type ResolveContext } from './resolve';
import { coreOccurs, findMatches, IMPOSSIBLE_DATE, type TemporalRule } from './rule';
import { resolveSamePeriods } from './same-period';
import { weekdaysAhead } from './weekday-tense';

const RULES: Record<Language, readonly TemporalRule[]> = {
  kk: [...KK_RULES, ...COMMON_RULES],
  ru: [...RU_RULES, ...COMMON_RULES],
  en: [...EN_RULES, ...COMMON_RULES],
};

/** The strings each language's rules require, found in one scan per document. */
const REQUIREMENTS: Record<Language, RequirementIndex> = {
  kk: requirementsOf(RULES.kk),
  ru: requirementsOf(RULES.ru),
  en: requirementsOf(RULES.en),
};

function requirementsOf(rules: readonly TemporalRule[]): RequirementIndex {
  return buildRequirementIndex(rules.map((rule) => rule.requiredLiterals));
}

interface Candidate {
  start: number;
  end: number;
  resolution: Resolution;
  /** Rule order: the earlier rule wins between equally long matches. */
  order: number;
}

interface Span {
  start: number;
  end: number;
}

function length({ start, end }: Span): number {
  return end - start;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && length(outer) > length(inner);
}

/** Every match of every rule; an impossible date (31 April) also silences what lies inside it. */
function collectCandidates(body: string, language: Language, context: ResolveContext): Candidate[] {
  const candidates: Candidate[] = [];
  const impossible: Span[] = [];
  // Lower-casing never removes an occurrence of a lower-case string, so a rule skipped here cannot match.
  const requirements = REQUIREMENTS[language];
  const satisfied = satisfiedLists(requirements, body.toLowerCase());
  RULES[language].forEach((rule, order) => {
    if (!ruleMayMatch(requirements, satisfied, order) || !coreOccurs(rule, body)) return;
    for (const match of findMatches(rule, body)) {
      const span = { start: match.index, end: match.index + match[0].length };
      const outcome = rule.resolve(match.groups ?? {}, context);
      if (outcome === IMPOSSIBLE_DATE) impossible.push(span);
      else if (outcome) candidates.push({ ...span, resolution: outcome, order });
    }
  });
  return candidates.filter((candidate) => !impossible.some((span) => contains(span, candidate)));
}

/** Longest match wins; then the earlier one; then the earlier rule. Result sorted by start. */
function selectLongest(candidates: Candidate[], textLength: number): Candidate[] {
  const ranked = [...candidates].sort((a, b) => length(b) - length(a) || a.start - b.start || a.order - b.order);
  // One flag per character already covered: matches are short, so checking a span is cheap.
  const covered = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (covered.subarray(candidate.start, candidate.end).includes(1)) continue;
    covered.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function joinPair(body: string, language: Language, first: Candidate, second: Candidate): Candidate | null {
  const gap = body.slice(first.end, second.start);
  if (APPOSITION_GAP.test(gap)) {
    if (first.resolution.kind === 'weekday' && second.resolution.kind === 'day') return { ...second, start: first.start };
    if (first.resolution.kind === 'day' && second.resolution.kind === 'weekday') return { ...first, end: second.end };
  }
  const before = body.slice(Math.max(0, first.start - LEAD_WINDOW), first.start);
  const after = body.slice(second.end, second.end + LEAD_WINDOW);
  const firstText = body.slice(first.start, first.end);
  for (const joiner of RANGE_JOINERS[language]) {
    if (!joiner.gap.test(gap)) continue;
    if (joiner.firstText && !joiner.firstText.test(firstText)) continue;
    const lead = joiner.lead?.exec(before);
    if (joiner.leadRequired && !lead) continue;
    const tail = joiner.tail?.exec(after);
    if (joiner.tailRequired && !tail) continue;
    const resolution = joinResolutions(first.resolution, second.resolution, joiner);
    if (!resolution) continue;
    return {
      start: first.start - (lead?.[0].length ?? 0),
      end: second.end + (tail?.[0].length ?? 0),
      resolution,
      order: first.order,
    };
  }
  return null;
}

/** Joins neighbours linked by a range connector or a weekday apposition. */
function joinNeighbours(body: string, language: Language, selected: Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (const candidate of selected) {
    const previous = result.at(-1);
    const joined = previous ? joinPair(body, language, previous, candidate) : null;
    if (joined) result[result.length - 1] = joined;
    else result.push(candidate);
  }
  return result;
}

/** A bare weekday in a clause about the future is the coming one. Expressions are sorted by start. */
function placeWeekdays(body: string, language: Language, expressions: Candidate[]): Candidate[] {
  const bare = expressions.filter((expression) => expression.resolution.ifAhead);
  if (bare.length === 0) return expressions;
  const flags = weekdaysAhead(body, language, bare);
  const ahead = new Set(bare.filter((_expression, index) => flags[index]));
  return expressions.map((expression) => {
    const coming = expression.resolution.ifAhead;
    return coming && ahead.has(expression) ? { ...expression, resolution: coming } : expression;
  });
}

/**
 * Finds the temporal expressions of a text in `language` and normalises each to an ISO 8601
 * value, resolving relative ones («биыл», "last year", «в четверг») against `publishedAt`
 * (`YYYY-MM-DD`). Expressions are sorted by start and never overlap; for each,
 * `body.slice(start, end) === text`.
 */
export function parseTemporal(body: string, language: Language, publishedAt: string): TemporalExpression[] {
  const published = parseCivilDate(publishedAt);
  if (!published) throw new Error(`parseTemporal: publishedAt must be a real YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}`);
  const context: ResolveContext = { language, published };
  const selected = selectLongest(collectCandidates(body, language, context), body.length);
  const joined = placeWeekdays(body, language, joinNeighbours(body, language, selected));
  return resolveSamePeriods(body, joined).map(({ start, end, resolution }) => ({
    text: body.slice(start, end),
    start,
    end,
    value: toValue(resolution),
  }));
}
