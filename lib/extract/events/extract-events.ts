import { firstIndex } from '../first-index';
import { tokenize } from '../tokenize';
import type { EntityType, EventRoles, EventType, ExtractedEvent, Language, Mention, TemporalExpression } from '../types';
import type { DocumentAnalysis, SentenceAnalysis, TextAnalysis } from '../sentence/analyse-text';
import {
  ATTACHMENT_RULES,
  attachmentCost,
  attachmentOptions,
  compareCosts,
  strongBreaksBetween,
  type AttachmentCost,
  type AttachmentOptions,
  type ClauseBreak,
} from '../sentence/clause-attachment';
import type { TenseMarker } from '../sentence/find-tense-markers';
import { overlapsMention } from '../sentence/overlaps-mention';
import { compileWordPattern, findPhrases, normalizeTokens, type PhraseMatch } from '../sentence/phrase-matcher';
import { tenseOfMarker } from './event-tense';
import { decideEventTiming } from './event-timing';
import {
  ANAPHORIC_WORDS,
  EVENT_TRIGGER_PHRASES,
  EVENT_TYPES_NAMED_LIKE_ORGANIZATIONS,
  LAUNCH_CUE_PHRASES,
  STATE_START_WORDS,
  type EventTriggerInfo,
} from './event-triggers';
import { mergeEvents, type DraftEvent } from './merge-events';

/**
 * Events of a document: trigger words from the per-language table, each sentence giving at most
 * one event per type; the date nearest the trigger (in its clause, on the side the language puts
 * it); held or planned from that date and the governing verb; the sentence's entities; duplicates
 * across the document merged.
 */
export function extractEvents(analysis: DocumentAnalysis): ExtractedEvent[] {
  const drafts = analysis.texts.flatMap((text) => text.sentences.flatMap((sentence) => eventsInSentence(analysis, text, sentence)));
  return mergeEvents(drafts).map(({ valueSource: _valueSource, ...event }) => event);
}

interface TriggerGroup {
  type: EventType;
  triggers: PhraseMatch<EventTriggerInfo>[];
  sorted: SortedTriggers;
}

/** The number of words before a trigger searched for a word pointing back («аталған», "this"). */
const ANAPHORA_REACH = 2;

const ANAPHORIC_PATTERNS: Readonly<Record<Language, readonly RegExp[]>> = {
  kk: ANAPHORIC_WORDS.kk.map(compileWordPattern),
  ru: ANAPHORIC_WORDS.ru.map(compileWordPattern),
  en: ANAPHORIC_WORDS.en.map(compileWordPattern),
};

/** Entity types that can take part in an event as actors. */
const PARTICIPANT_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION']);

function eventsInSentence(analysis: DocumentAnalysis, text: TextAnalysis, view: SentenceAnalysis): DraftEvent[] {
  const { language, publishedAt } = analysis;
  const { markers, breaks } = view;
  const groups = groupTriggers(findTriggers(text.text, language, view));
  const eventDates = view.temporals.filter((temporal) => !startsAState(view, temporal, language));
  const dateAttachment = attachmentOptions(language, 'temporal');
  const claimed = claimTemporals(groups, eventDates, breaks, dateAttachment);
  const entities = [...new Set(view.mentions.map((mention) => mention.entity.key))];
  const hasParticipant = view.mentions.some((mention) => PARTICIPANT_TYPES.has(mention.entity.type));

  const drafts: DraftEvent[] = [];
  groups.forEach((group, index) => {
    const temporal = claimed.get(index) ?? null;
    const timing = decideEventTiming({
      type: group.type,
      temporal: temporal?.value ?? null,
      tense: governingTense(group, markers, breaks, attachmentOptions(language, 'tenseMarker')),
      anaphoric: group.triggers.every((trigger) => isAnaphoric(view, trigger, language)),
      clauseDate: nearestDate(group, eventDates, breaks, dateAttachment)?.value ?? null,
      publishedAt,
    });
    // With no entity, only a date written in the text makes a mention an event («сапарлар» is generic).
    if (entities.length === 0 && timing.valueSource !== 'text') return;
    if (group.type === 'OTHER' && (timing.valueSource !== 'text' || !hasParticipant)) return;
    drafts.push({
      type: group.type,
      value: timing.value,
      status: timing.status,
      entities,
      roles: rolesByType(view.mentions),
      first: false,
      evidence: view.sentence.text,
      evidenceIn: text.place,
      evidenceStart: view.sentence.start,
      evidenceEnd: view.sentence.end,
      valueSource: timing.valueSource,
    });
  });
  return drafts;
}

/** Roles told apart by entity type alone: people and organisations act, places are where. */
function rolesByType(mentions: readonly Mention[]): EventRoles {
  const keys = (types: ReadonlySet<EntityType>) => [
    ...new Set(mentions.filter((mention) => types.has(mention.entity.type)).map((mention) => mention.entity.key)),
  ];
  return { actors: keys(PARTICIPANT_TYPES), places: keys(PLACE_ROLE_TYPES), object: null, route: null, carrier: null };
}

const PLACE_ROLE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION', 'COUNTRY']);

function findTriggers(body: string, language: Language, view: SentenceAnalysis) {
  const { breaks } = view;
  const countWeakBreaks = ATTACHMENT_RULES[language].commasSplitClauses;
  const launchCues = findPhrases(body, view.tokens, view.normals, LAUNCH_CUE_PHRASES[language]);
  const triggers = findPhrases(body, view.tokens, view.normals, EVENT_TRIGGER_PHRASES[language]).filter((trigger) => {
    const inside = overlapsMention(trigger, view.mentions);
    if (inside && !(inside.entity.type === 'ORGANIZATION' && EVENT_TYPES_NAMED_LIKE_ORGANIZATIONS.has(trigger.value.type))) {
      return false;
    }
    if (trigger.value.requiresCue === 'launch') {
      return launchCues.some(
        (cue) => attachmentCost(trigger, cue, breaks, { countWeakBreaks, preferredSide: 'either' })[0] === 0,
      );
    }
    return true;
  });
  const present = new Set(triggers.map((trigger) => trigger.value.type));
  return triggers.filter(
    (trigger) => !(trigger.value.yieldsTo ?? []).some((type) => type !== trigger.value.type && present.has(type)),
  );
}

function groupTriggers(triggers: readonly PhraseMatch<EventTriggerInfo>[]): TriggerGroup[] {
  const byType = new Map<EventType, PhraseMatch<EventTriggerInfo>[]>();
  for (const trigger of triggers) {
    const group = byType.get(trigger.value.type);
    if (group) group.push(trigger);
    else byType.set(trigger.value.type, [trigger]);
  }
  return [...byType].map(([type, members]) => ({ type, triggers: members, sorted: sortTriggers(members) }));
}

interface Extent {
  start: number;
  end: number;
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

/** Whether a strong clause break parts `candidate` from every trigger of the group. */
function cutOffFromGroup(group: TriggerGroup, candidate: Extent, breaks: readonly ClauseBreak[]): boolean {
  const { overlapping, nearest } = nearestTriggers(group, candidate);
  return !overlapping && nearest.every((trigger) => strongBreaksBetween(trigger, candidate, breaks) > 0);
}

/**
 * Each date goes to the one event it attaches to best, in its clause; each event keeps the best of
 * the dates it got. A date is not handed to two events: in «кездесудің тақырыбы 2026 - 2028
 * жылдарға арналған жоспар болды» the years belong to the plan, not to the meeting.
 */
function claimTemporals(
  groups: readonly TriggerGroup[],
  temporals: readonly TemporalExpression[],
  breaks: readonly ClauseBreak[],
  rules: AttachmentOptions,
): Map<number, TemporalExpression> {
  const best = new Map<number, { temporal: TemporalExpression; cost: AttachmentCost }>();
  for (const temporal of temporals) {
    let owner: { index: number; cost: AttachmentCost } | null = null;
    groups.forEach((group, index) => {
      if (cutOffFromGroup(group, temporal, breaks)) return;
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
function nearestDate(
  group: TriggerGroup,
  temporals: readonly TemporalExpression[],
  breaks: readonly ClauseBreak[],
  rules: AttachmentOptions,
): TemporalExpression | null {
  let best: { temporal: TemporalExpression; cost: AttachmentCost } | null = null;
  for (const temporal of temporals) {
    if (cutOffFromGroup(group, temporal, breaks)) continue;
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

function isAnaphoric(view: SentenceAnalysis, trigger: PhraseMatch<EventTriggerInfo>, language: Language): boolean {
  for (let back = 1; back <= ANAPHORA_REACH; back += 1) {
    const normal = view.normals[trigger.firstToken - back];
    if (normal !== undefined && ANAPHORIC_PATTERNS[language].some((pattern) => pattern.test(normal))) return true;
  }
  return false;
}

/** True for a date that starts a lasting state («2014 жылдан бері», "since 2008"). */
function startsAState(view: SentenceAnalysis, temporal: TemporalExpression, language: Language): boolean {
  const { before, after } = STATE_START_WORDS[language];
  const inside = normalizeTokens(tokenize(temporal.text));
  const previous = view.normals[firstIndex(view.tokens, (token) => token.end > temporal.start) - 1];
  const next = view.normals[firstIndex(view.tokens, (token) => token.start >= temporal.end)];
  const opening = [inside[0], previous];
  const closing = [inside.at(-1), next];
  return (
    opening.some((word) => word !== undefined && before.includes(word)) ||
    closing.some((word) => word !== undefined && after.includes(word))
  );
}
