import { firstIndex } from '../first-index';
import type { SentenceAnalysis } from '../sentence/analyse-text';
import {
  attachmentCost,
  attachmentOptions,
  compareCosts,
  strongBreaksBetween,
  type AttachmentCost,
  type AttachmentOptions,
  type ClauseBreak,
} from '../sentence/clause-attachment';
import type { TenseMarker } from '../sentence/find-tense-markers';
import type { EventType, Language, TemporalExpression } from '../types';
import type { Extent } from './clause-index';
import { tenseOfMarker } from './event-tense';
import { STATE_START_WORDS } from './event-triggers';
import type { Happening } from './find-happenings';

/**
 * The event words of one type in a sentence, one happening: the dates and verbs of the sentence
 * attach to the group whose words they stand nearest to, in their clause, on the side the
 * language puts them (see `sentence/clause-attachment.ts`).
 */
export interface TriggerGroup {
  type: EventType;
  happenings: Happening[];
  sorted: SortedTriggers;
}

/** Kazakh attributive dates («биылғы», «мамыр айындағы») modify the noun after them. */
const KK_ATTRIBUTIVE = /(?:ғы|гі|қы|кі)$/u;

export function groupHappenings(happenings: readonly Happening[]): TriggerGroup[] {
  const byType = new Map<EventType, Happening[]>();
  for (const happening of happenings) {
    const group = byType.get(happening.type);
    if (group) group.push(happening);
    else byType.set(happening.type, [happening]);
  }
  return [...byType].map(([type, members]) => ({
    type,
    happenings: members,
    sorted: sortTriggers(members.map((member) => member.trigger)),
  }));
}

/** The tense a group's own words carry, a purpose («қатысу үшін», "to attend"), or the verb that governs it. */
export function tenseOf(
  group: TriggerGroup,
  markers: readonly TenseMarker[],
  breaks: readonly ClauseBreak[],
  language: Language,
): 'future' | 'past' | null {
  const own = group.happenings.find((happening) => happening.trigger.value.tense)?.trigger.value.tense;
  if (own) return own;
  if (group.happenings.some((happening) => happening.purpose)) return 'future';
  return governingTense(group, markers, breaks, attachmentOptions(language, 'tenseMarker'));
}

/** A group's triggers by start and by end, and the furthest end among the first i by start. */
interface SortedTriggers {
  byStart: Extent[];
  byEnd: Extent[];
  maxEndOfFirst: number[];
}

function sortTriggers(triggers: readonly Extent[]): SortedTriggers {
  const byStart = [...triggers].sort((a, b) => a.start - b.start);
  const maxEndOfFirst = [-Infinity];
  for (const trigger of byStart) maxEndOfFirst.push(Math.max(maxEndOfFirst.at(-1) ?? -Infinity, trigger.end));
  return { byStart, byEnd: [...triggers].sort((a, b) => a.end - b.end), maxEndOfFirst };
}

/**
 * The group's triggers that can attach `candidate` best: one overlapping it, or else the nearest
 * before it and the nearest after it. On one side of a candidate a trigger further away never
 * costs less (as many breaks or more, the same side, a longer distance), so comparing these gives
 * the same answer as comparing all, without costing triggers × candidates in a long sentence.
 */
function nearestTriggers(group: TriggerGroup, candidate: Extent): { overlapping: boolean; nearest: Extent[] } {
  const { byStart, byEnd, maxEndOfFirst } = group.sorted;
  const startingBeforeEnd = firstIndex(byStart, (trigger) => trigger.start >= candidate.end);
  if ((maxEndOfFirst[startingBeforeEnd] ?? -Infinity) > candidate.start) return { overlapping: true, nearest: [] };
  const after = byStart[startingBeforeEnd];
  const before = byEnd[firstIndex(byEnd, (trigger) => trigger.end > candidate.start) - 1];
  return { overlapping: false, nearest: [before, after].filter((trigger) => trigger !== undefined) };
}

function groupCost(group: TriggerGroup, candidate: Extent, breaks: readonly ClauseBreak[], rules: AttachmentOptions): AttachmentCost {
  const { overlapping, nearest } = nearestTriggers(group, candidate);
  if (overlapping) return [0, 0, 0];
  return nearest
    .map((trigger) => attachmentCost(trigger, candidate, breaks, rules))
    .reduce((best, cost) => (compareCosts(cost, best) < 0 ? cost : best));
}

/**
 * Whether `candidate` cannot belong to the group: a strong clause break parts it from every
 * trigger, or it is a Kazakh attributive date standing after every trigger («Кездесу барысында …
 * биылғы Жолдауында»): such a date modifies the noun after it, not a word before it.
 */
function cutOffFromGroup(
  group: TriggerGroup,
  candidate: TemporalExpression | TenseMarker,
  breaks: readonly ClauseBreak[],
  language: Language,
): boolean {
  const { overlapping, nearest } = nearestTriggers(group, candidate);
  if (overlapping) return false;
  if (nearest.every((trigger) => strongBreaksBetween(trigger, candidate, breaks) > 0)) return true;
  if (language === 'kk' && 'value' in candidate && KK_ATTRIBUTIVE.test(candidate.text)) {
    return nearest.every((trigger) => trigger.end <= candidate.start);
  }
  return false;
}

/**
 * Each date goes to the one event it attaches to best, in its clause; each event keeps the best of
 * the dates it got. A date is not handed to two events: in «кездесудің тақырыбы 2026 - 2028
 * жылдарға арналған жоспар болды» the years belong to the plan, not to the meeting.
 */
export function claimTemporals(
  groups: readonly TriggerGroup[],
  temporals: readonly TemporalExpression[],
  breaks: readonly ClauseBreak[],
  rules: AttachmentOptions,
  language: Language,
): Map<number, TemporalExpression> {
  const best = new Map<number, { temporal: TemporalExpression; cost: AttachmentCost }>();
  for (const temporal of temporals) {
    let owner: { index: number; cost: AttachmentCost } | null = null;
    groups.forEach((group, index) => {
      if (cutOffFromGroup(group, temporal, breaks, language)) return;
      const cost = groupCost(group, temporal, breaks, rules);
      if (owner === null || compareCosts(cost, owner.cost) < 0) owner = { index, cost };
    });
    if (owner === null) continue;
    const { index, cost } = owner as { index: number; cost: AttachmentCost };
    const current = best.get(index);
    if (!current || compareCosts(cost, current.cost) < 0) best.set(index, { temporal, cost });
  }
  return new Map([...best].map(([index, { temporal }]) => [index, temporal]));
}

/** The date attaching best to the event's words without crossing a clause break, whoever claimed it. */
export function nearestDate(
  group: TriggerGroup,
  temporals: readonly TemporalExpression[],
  breaks: readonly ClauseBreak[],
  rules: AttachmentOptions,
  language: Language,
): TemporalExpression | null {
  let best: { temporal: TemporalExpression; cost: AttachmentCost } | null = null;
  for (const temporal of temporals) {
    if (cutOffFromGroup(group, temporal, breaks, language)) continue;
    const cost = groupCost(group, temporal, breaks, rules);
    if (best === null || compareCosts(cost, best.cost) < 0) best = { temporal, cost };
  }
  return best?.temporal ?? null;
}

/** The tense of the marker attaching best to the event's words (verbs of saying carry none). */
function governingTense(
  group: TriggerGroup,
  markers: readonly TenseMarker[],
  breaks: readonly ClauseBreak[],
  rules: AttachmentOptions,
): 'future' | 'past' | null {
  let best: { kind: 'future' | 'past'; cost: AttachmentCost } | null = null;
  for (const marker of markers) {
    const kind = tenseOfMarker(marker.kind, group.type);
    if (kind === null) continue;
    const cost = groupCost(group, marker, breaks, rules);
    if (best === null || compareCosts(cost, best.cost) < 0) best = { kind, cost };
  }
  return best?.kind ?? null;
}

/**
 * True for a date that starts a lasting state («2014 жылдан бері», "since 2008"): by the word it
 * opens or closes with, or the word next to it.
 */
export function startsAState(view: SentenceAnalysis, temporal: TemporalExpression, language: Language): boolean {
  const { before, after } = STATE_START_WORDS[language];
  const first = firstIndex(view.tokens, (token) => token.end > temporal.start);
  const next = firstIndex(view.tokens, (token) => token.start >= temporal.end);
  const opening = [view.normals[first], view.normals[first - 1]];
  const closing = [view.normals[next - 1], view.normals[next]];
  return (
    opening.some((word) => word !== undefined && before.includes(word)) ||
    closing.some((word) => word !== undefined && after.includes(word))
  );
}

