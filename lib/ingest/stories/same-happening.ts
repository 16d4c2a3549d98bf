import { EVENT_TYPES, type EntityType, type EventType } from '@/lib/domain/vocabulary';
import { daysBetween, shiftDays } from '@/lib/domain/civil-date';
import { lengthInDays, type Report, type ReportEntity, type ReportFacts } from './report';

/**
 * When two reports (events of stored articles) tell of the same happening. The test is symmetric
 * and looks at the two reports alone, so the stories (connected components of it) do not depend
 * on the order articles arrive in. docs/ARCHITECTURE.md ("Stories") states the rule in prose.
 */

/**
 * Longest date, in days after its first day, that still pins one happening down ("26–28 March",
 * "next week"). Longer ones ("in March", "in the first half of 2026", "2026–2028") are vague: they
 * join only reports of the same period that share more (VAGUE_SHARED_ENTITIES), or one "this
 * year" report would tie together every happening of the year in a city.
 */
export const PRECISE_SPAN_DAYS = 6;

/** Specific entities two vague reports of the same period must share: both sides of a tie, a visitor and a place. */
export const VAGUE_SHARED_ENTITIES = 2;

/**
 * An undated report tells of what happened on its publication day or up to this many days before.
 * Two undated reports are of one happening only when published on the same day: allowing more would
 * let a steady stream of undated reports about one city chain every happening of the years into one.
 */
export const UNDATED_REPORT_DAYS = 3;

/**
 * Pairs of different types that extraction confuses for one happening, with what the two reports
 * must then share. Equal types always qualify.
 */
export const COMPATIBLE_TYPES: readonly { types: readonly [EventType, EventType]; needs: 'entity' | 'visitorAndPlace' }[] = [
  // An opening whose trigger word extraction missed becomes OTHER.
  { types: ['OPENING', 'OTHER'], needs: 'entity' },
  // A first flight reported without a launch word.
  { types: ['FLIGHT_LAUNCH', 'OTHER'], needs: 'entity' },
  // A visit is reported as the meetings it consisted of: the visitor meets someone at the place.
  { types: ['VISIT', 'MEETING'], needs: 'visitorAndPlace' },
];

/** Happenings of a whole country (a referendum): for these, a shared country is a shared entity. */
export const COUNTRY_SCALE_TYPES: ReadonlySet<EventType> = new Set(['REFERENDUM']);

/** Entity types whose one shared entity is enough; persons need two (a visitor and a host). */
const SITE_TYPES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION', 'ORGANIZATION']);


/** Every type a report of this type can share a story with (itself included). */
export function compatibleTypes(type: EventType): EventType[] {
  const others = COMPATIBLE_TYPES.flatMap(({ types: [a, b] }) => (a === type ? [b] : b === type ? [a] : []));
  return [type, ...others];
}

/** Types that can share a story, directly or through another, are one family, named by its first type in EVENT_TYPES order. */
export function typeFamily(type: EventType): EventType {
  const family = new Set<EventType>([type]);
  const queue = [type];
  for (let next = queue.pop(); next; next = queue.pop()) {
    for (const other of compatibleTypes(next)) {
      if (!family.has(other)) {
        family.add(other);
        queue.push(other);
      }
    }
  }
  return EVENT_TYPES.find((candidate) => family.has(candidate)) ?? type;
}

export function isVague(report: Pick<ReportFacts, 'startsOn' | 'endsOn'>): boolean {
  const length = lengthInDays(report);
  return length !== null && length > PRECISE_SPAN_DAYS;
}

/**
 * The days a report of the same happening must overlap: a dated report's own dates; for an
 * undated one, its publication day and the days just before it.
 */
export function matchWindow(report: Pick<ReportFacts, 'startsOn' | 'endsOn' | 'publishedOn'>): { from: string; to: string } {
  if (report.startsOn && report.endsOn) return { from: report.startsOn, to: report.endsOn };
  return { from: shiftDays(report.publishedOn, -UNDATED_REPORT_DAYS), to: report.publishedOn };
}

export function toReport(facts: ReportFacts): Report {
  return { ...facts, window: matchWindow(facts), vague: isVague(facts) };
}

export function sameHappening(a: Report, b: Report): boolean {
  const pairing = typePairing(a.type, b.type);
  if (!pairing || !datesAgree(a, b)) return false;
  if (pairing === 'visitorAndPlace' && !sharesVisitorAndPlace(a, b)) return false;
  const shared = sharedSpecificEntities(a, b);
  if (a.vague || b.vague) return shared.length >= VAGUE_SHARED_ENTITIES;
  return shared.some((type) => SITE_TYPES.has(type)) || shared.filter((type) => type === 'PERSON').length >= 2 || sharesCountryOnTheDay(a, b, shared);
}

function typePairing(a: EventType, b: EventType): 'entity' | 'visitorAndPlace' | null {
  if (a === b) return 'entity';
  const row = COMPATIBLE_TYPES.find(({ types: [x, y] }) => (x === a && y === b) || (x === b && y === a));
  return row?.needs ?? null;
}

/**
 * Precise dates (and an undated report, by its window) must overlap; a vague period only matches
 * the same period, so that one "this year" report cannot tie together every happening of the year;
 * two undated reports must be published on the same day.
 */
function datesAgree(a: Report, b: Report): boolean {
  if (a.vague || b.vague) return a.vague && b.vague && a.startsOn === b.startsOn && a.endsOn === b.endsOn;
  if (isUndated(a) && isUndated(b)) return a.publishedOn === b.publishedOn;
  return a.window.from <= b.window.to && b.window.from <= a.window.to;
}

export function isUndated(report: Pick<ReportFacts, 'startsOn'>): boolean {
  return report.startsOn === null;
}

/**
 * An undated report may match dated reports of several happenings around its publication day (a
 * launch on Monday, another on Wednesday); it joins one, so that it cannot chain them into one
 * story. Negative when `a` is the better match: the one sharing more specific entities with it,
 * then the one dated nearest its publication day, then the earliest stored.
 */
export function compareDatedMatches(undated: Report, a: Report, b: Report): number {
  const daysBefore = (dated: Report) => Math.max(0, daysBetween(dated.endsOn ?? undated.publishedOn, undated.publishedOn));
  return (
    sharedSpecificEntities(undated, b).length - sharedSpecificEntities(undated, a).length ||
    daysBefore(a) - daysBefore(b) ||
    a.id - b.id
  );
}

/** Entities that can tell one happening from another: not the countries, which every report here shares. */
function sharedSpecificEntities(a: Report, b: Report): EntityType[] {
  const countryScale = COUNTRY_SCALE_TYPES.has(a.type) && COUNTRY_SCALE_TYPES.has(b.type);
  const shared: EntityType[] = [];
  const seen: number[] = [];
  for (const x of a.entities) {
    if ((!countryScale && x.type === 'COUNTRY') || seen.includes(x.id)) continue;
    if (b.entities.some((y) => y.id === x.id)) {
      shared.push(x.type);
      seen.push(x.id);
    }
  }
  return shared;
}

/** A happening of a whole country is told apart by its day: a shared country counts when both name the same day. */
function sharesCountryOnTheDay(a: Report, b: Report, shared: readonly EntityType[]): boolean {
  return shared.includes('COUNTRY') && a.startsOn !== null && a.startsOn === a.endsOn && a.startsOn === b.startsOn && b.startsOn === b.endsOn;
}

/** A visit and a meeting: the visiting actor and a specific place appear in both. */
function sharesVisitorAndPlace(a: Report, b: Report): boolean {
  const inBoth = (test: (entity: ReportEntity) => boolean) => a.entities.some((x) => test(x) && b.entities.some((y) => y.id === x.id && test(y)));
  return inBoth((e) => e.role === 'actor' && e.type !== 'COUNTRY') && inBoth((e) => e.type === 'CITY' || e.type === 'REGION');
}
