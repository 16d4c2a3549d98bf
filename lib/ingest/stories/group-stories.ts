import { EVENT_TYPES, LANGUAGES, tableOf, type EventStatus, type EventType } from '@/lib/domain/vocabulary';
import { spanLevel } from '../span-level';
import { lengthInDays, type Report } from './report';
import { compareDatedMatches, isUndated, sameHappening, typeFamily } from './same-happening';

/** Each event type's family (the types it can share a story with, directly or through another). */
const TYPE_FAMILY = tableOf(EVENT_TYPES, typeFamily);

/** A story as stored: the reports of one happening and what the timeline shows of it. */
export interface StoryDraft {
  /** The smallest event id among its reports: the story keeps it as long as that event is stored. */
  id: number;
  /** The representative report: the most precise date, then the richest roles. */
  leadEventId: number;
  type: EventType;
  value: string | null;
  startsOn: string | null;
  endsOn: string | null;
  spanLevel: number | null;
  /** held when a report published on or after the date says it was held; planned otherwise. */
  status: EventStatus;
  first: boolean;
  /** Articles reporting it. */
  reportCount: number;
  /** Their languages, in the order kk ru en, space-separated. */
  languages: string;
  eventIds: number[];
  /** Every entity any report names, once. */
  entityIds: number[];
}

/**
 * The stories of a set of reports. Dated reports of the same happening are one story (the
 * connected components of the "same happening" test); an undated report joins the story of the
 * dated report it matches best (`compareDatedMatches`), so that it cannot bridge two happenings;
 * undated reports matching no dated one form stories with those they match (published the same
 * day). Only reports whose dates can agree are tested: vague ones against those of the same
 * period, precise and undated ones against those whose match windows overlap theirs (a sweep over
 * the windows in date order; each is at most a week long).
 */
export function groupStories(reports: readonly Report[], stored?: StoredStories): StoryDraft[] {
  const parent = new Map(reports.map((report) => [report.id, report.id]));
  const root = (id: number): number => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top) as number;
    for (let at = id; at !== top; ) {
      const next = parent.get(at) as number;
      parent.set(at, top);
      at = next;
    }
    return top;
  };
  const union = (a: Report, b: Report) => parent.set(root(a.id), root(b.id));
  const bestDatedMatch = new Map<Report, Report>();
  const undatedPairs: [Report, Report][] = [];
  const offer = (undated: Report, dated: Report) => {
    const best = bestDatedMatch.get(undated);
    if (!best || compareDatedMatches(undated, dated, best) < 0) bestDatedMatch.set(undated, dated);
  };
  const settled = stored ? settledPair(stored) : () => null;
  const join = (a: Report, b: Report) => {
    const known = settled(a, b);
    if (known === 'apart') return;
    const [aUndated, bUndated] = [isUndated(a), isUndated(b)];
    if (!aUndated && !bUndated) {
      if (known === 'together' || (root(a.id) !== root(b.id) && sameHappening(a, b))) union(a, b);
    } else if (sameHappening(a, b)) {
      if (aUndated && bUndated) undatedPairs.push([a, b]);
      else if (aUndated) offer(a, b);
      else offer(b, a);
    }
  };

  // Reports can only be the same happening within a family of types: vague ones of the same
  // period, the others when their windows overlap (a sweep over each family's windows in date order).
  const byPeriod = new Map<string, Report[]>();
  const byFamily = new Map<string, Report[]>();
  for (const report of reports) {
    const family = TYPE_FAMILY[report.type];
    const [buckets, key] = report.vague ? [byPeriod, `${family} ${report.startsOn}/${report.endsOn}`] : [byFamily, family];
    const bucket = buckets.get(key) ?? [];
    bucket.push(report);
    buckets.set(key, bucket);
  }
  for (const same of byPeriod.values()) for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) join(same[i]!, same[j]!);
  for (const family of byFamily.values()) {
    family.sort((x, y) => (x.window.from < y.window.from ? -1 : x.window.from > y.window.from ? 1 : x.id - y.id));
    for (let i = 0; i < family.length; i++) {
      const x = family[i]!;
      for (let j = i + 1; j < family.length && family[j]!.window.from <= x.window.to; j++) join(x, family[j]!);
    }
  }
  for (const [undated, dated] of bestDatedMatch) union(undated, dated);
  for (const [a, b] of undatedPairs) if (!bestDatedMatch.has(a) && !bestDatedMatch.has(b)) union(a, b);

  const components = new Map<number, Report[]>();
  for (const report of reports) {
    const members = components.get(root(report.id)) ?? [];
    members.push(report);
    components.set(root(report.id), members);
  }
  return [...components.values()].map(summarize).sort((a, b) => a.id - b.id);
}

/**
 * What the stored stories already tell of some of the reports being grouped again, when the
 * others are new: the story each stored report is in, and the stories that lost reports.
 */
export interface StoredStories {
  storyOf: ReadonlyMap<number, number>;
  stale: ReadonlySet<number>;
}

/**
 * Pairs of stored reports whose answer the stored stories give without the test. Two dated
 * reports of a story that lost nothing are together (its dated reports are one component, and
 * components only grow when reports are added). Stored reports in different stories were not of
 * the same happening as far as stories go: apart, unless one is an undated report of a story that
 * lost reports (its dated match may be gone, and it must look again).
 */
function settledPair({ storyOf, stale }: StoredStories) {
  const loose = (report: Report, story: number) => stale.has(story) && isUndated(report);
  return (a: Report, b: Report): 'together' | 'apart' | null => {
    const [x, y] = [storyOf.get(a.id), storyOf.get(b.id)];
    if (x === undefined || y === undefined) return null;
    if (x === y) return stale.has(x) ? null : 'together';
    return loose(a, x) || loose(b, y) ? null : 'apart';
  };
}

/** Roles filled, beside "other" and the countries: how much a report says about who, what and where. */
function richness(report: Report): number {
  return report.entities.filter((entity) => entity.role !== 'other' && entity.type !== 'COUNTRY').length;
}

/** Dated first, then the shortest period, the richest roles, a specific type, the earliest stored. */
export function compareLead(a: Report, b: Report): number {
  const length = (report: Report) => lengthInDays(report) ?? Number.POSITIVE_INFINITY;
  return (
    length(a) - length(b) ||
    richness(b) - richness(a) ||
    Number(a.type === 'OTHER') - Number(b.type === 'OTHER') ||
    a.id - b.id
  );
}

function summarize(members: Report[]): StoryDraft {
  const ranked = [...members].sort(compareLead);
  const lead = ranked[0]!;
  const type = ranked.find((report) => report.type !== 'OTHER')?.type ?? lead.type;
  const heldAfterDate = members.some((report) => report.status === 'held' && (!lead.startsOn || report.publishedOn >= lead.startsOn));
  const languages = new Set(members.map((report) => report.language));
  return {
    id: Math.min(...members.map((report) => report.id)),
    leadEventId: lead.id,
    type,
    value: lead.value,
    startsOn: lead.startsOn,
    endsOn: lead.endsOn,
    spanLevel: lead.startsOn && lead.endsOn ? spanLevel(lead.startsOn, lead.endsOn) : null,
    status: heldAfterDate ? 'held' : 'planned',
    first: members.some((report) => report.first),
    reportCount: new Set(members.map((report) => report.articleId)).size,
    languages: LANGUAGES.filter((language) => languages.has(language)).join(' '),
    eventIds: members.map((report) => report.id).sort((a, b) => a - b),
    entityIds: [...new Set(members.flatMap((report) => report.entities.map((entity) => entity.id)))].sort((a, b) => a - b),
  };
}
