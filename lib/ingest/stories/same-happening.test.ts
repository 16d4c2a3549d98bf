import { describe, expect, test } from 'vitest';
import type { EntityType, EventType } from '@/lib/domain/vocabulary';
import type { ReportEntity, ReportFacts } from './report';
import { compatibleTypes, sameHappening, toReport, typeFamily } from './same-happening';

/** Entities of the examples, by name: their ids and types as the database would give them. */
const ENTITIES = {
  kazakhstan: { id: 1, type: 'COUNTRY' },
  china: { id: 2, type: 'COUNTRY' },
  almaty: { id: 3, type: 'CITY' },
  shanghai: { id: 4, type: 'CITY' },
  urumqi: { id: 5, type: 'CITY' },
  xinjiang: { id: 6, type: 'REGION' },
  airAstana: { id: 7, type: 'ORGANIZATION' },
  consulate: { id: 8, type: 'ORGANIZATION' },
  tokayev: { id: 9, type: 'PERSON' },
  xiJinping: { id: 10, type: 'PERSON' },
  gongZheng: { id: 11, type: 'PERSON' },
  akim: { id: 12, type: 'PERSON' },
} as const satisfies Record<string, { id: number; type: EntityType }>;

type Name = keyof typeof ENTITIES;

interface Example {
  type: EventType;
  /** [startsOn, endsOn], or null when undated. */
  dates: [string, string] | null;
  publishedOn: string;
  actors?: Name[];
  places?: Name[];
}

let nextId = 1;
function report({ type, dates, publishedOn, actors = [], places = [] }: Example) {
  const entity = (role: string) => (name: Name): ReportEntity => ({ ...ENTITIES[name], role });
  const facts: ReportFacts = {
    id: nextId++,
    articleId: nextId,
    type,
    value: dates ? (dates[0] === dates[1] ? dates[0] : `${dates[0]}/${dates[1]}`) : null,
    startsOn: dates?.[0] ?? null,
    endsOn: dates?.[1] ?? null,
    status: 'held',
    first: false,
    publishedOn,
    language: 'kk',
    entities: [...actors.map(entity('actor')), ...places.map(entity('place'))],
  };
  return toReport(facts);
}

const day = (d: string): [string, string] => [d, d];

// Each row: what a Kazakh, Russian or English report would say, reduced to type, dates and roles.
const PAIRS: [string, Example, Example, boolean][] = [
  [
    'the same meeting on the same day in the same city',
    { type: 'MEETING', dates: day('2026-02-19'), publishedOn: '2026-02-19', actors: ['consulate'], places: ['shanghai'] },
    { type: 'MEETING', dates: day('2026-02-19'), publishedOn: '2026-02-20', actors: ['consulate'], places: ['shanghai', 'kazakhstan'] },
    true,
  ],
  [
    'a three-day conference and one of its days',
    { type: 'CONFERENCE', dates: ['2026-03-26', '2026-03-28'], publishedOn: '2026-03-01', places: ['shanghai'] },
    { type: 'CONFERENCE', dates: day('2026-03-27'), publishedOn: '2026-03-27', places: ['shanghai'] },
    true,
  ],
  [
    'trap: only the two countries in common',
    { type: 'AGREEMENT', dates: day('2026-05-12'), publishedOn: '2026-05-12', places: ['kazakhstan', 'china', 'almaty'] },
    { type: 'AGREEMENT', dates: day('2026-05-12'), publishedOn: '2026-05-12', places: ['kazakhstan', 'china', 'urumqi'] },
    false,
  ],
  [
    'trap: the same city on days a week apart',
    { type: 'MEETING', dates: day('2026-05-04'), publishedOn: '2026-05-04', places: ['almaty'] },
    { type: 'MEETING', dates: day('2026-05-11'), publishedOn: '2026-05-11', places: ['almaty'] },
    false,
  ],
  [
    'trap: types extraction does not confuse',
    { type: 'AGREEMENT', dates: day('2026-05-12'), publishedOn: '2026-05-12', places: ['almaty', 'urumqi'] },
    { type: 'PLAN', dates: day('2026-05-12'), publishedOn: '2026-05-12', places: ['almaty', 'urumqi'] },
    false,
  ],
  [
    'an opening whose trigger was missed (OTHER)',
    { type: 'OPENING', dates: day('2026-06-01'), publishedOn: '2026-06-01', actors: ['consulate'], places: ['urumqi'] },
    { type: 'OTHER', dates: day('2026-06-01'), publishedOn: '2026-06-02', actors: ['consulate'] },
    true,
  ],
  [
    'a first flight reported without a launch word (OTHER)',
    { type: 'FLIGHT_LAUNCH', dates: day('2026-04-02'), publishedOn: '2026-04-02', actors: ['airAstana'], places: ['almaty', 'shanghai'] },
    { type: 'OTHER', dates: day('2026-04-02'), publishedOn: '2026-04-02', actors: ['airAstana'] },
    true,
  ],
  [
    'a visit and the meeting it consisted of: the visitor and the place in both',
    { type: 'VISIT', dates: day('2026-05-20'), publishedOn: '2026-05-20', actors: ['gongZheng'], places: ['almaty'] },
    { type: 'MEETING', dates: day('2026-05-20'), publishedOn: '2026-05-21', actors: ['gongZheng', 'akim'], places: ['almaty'] },
    true,
  ],
  [
    'trap: a visit and a meeting at the same place without the visitor',
    { type: 'VISIT', dates: day('2026-05-20'), publishedOn: '2026-05-20', actors: ['gongZheng'], places: ['almaty'] },
    { type: 'MEETING', dates: day('2026-05-20'), publishedOn: '2026-05-20', actors: ['akim'], places: ['almaty'] },
    false,
  ],
  [
    'trap: a visit and a meeting with the visitor in different cities',
    { type: 'VISIT', dates: day('2026-05-20'), publishedOn: '2026-05-20', actors: ['gongZheng'], places: ['almaty'] },
    { type: 'MEETING', dates: day('2026-05-20'), publishedOn: '2026-05-20', actors: ['gongZheng'], places: ['urumqi'] },
    false,
  ],
  [
    'two leaders, no place named in one report',
    { type: 'MEETING', dates: day('2026-07-03'), publishedOn: '2026-07-03', actors: ['tokayev', 'xiJinping'], places: ['almaty'] },
    { type: 'MEETING', dates: day('2026-07-03'), publishedOn: '2026-07-03', actors: ['xiJinping', 'tokayev'] },
    true,
  ],
  [
    'trap: one person in common and nothing else',
    { type: 'MEETING', dates: day('2026-07-03'), publishedOn: '2026-07-03', actors: ['tokayev', 'akim'] },
    { type: 'MEETING', dates: day('2026-07-03'), publishedOn: '2026-07-03', actors: ['tokayev', 'gongZheng'] },
    false,
  ],
  [
    'a roadmap for the same years between the same two cities',
    { type: 'PLAN', dates: ['2026-01-01', '2028-12-31'], publishedOn: '2026-02-19', places: ['almaty', 'shanghai'] },
    { type: 'PLAN', dates: ['2026-01-01', '2028-12-31'], publishedOn: '2026-03-02', places: ['shanghai', 'almaty'] },
    true,
  ],
  [
    'trap: plans for the same year sharing one city',
    { type: 'PLAN', dates: ['2026-01-01', '2026-12-31'], publishedOn: '2026-02-19', places: ['almaty', 'shanghai'] },
    { type: 'PLAN', dates: ['2026-01-01', '2026-12-31'], publishedOn: '2026-03-02', places: ['almaty', 'urumqi'] },
    false,
  ],
  [
    'trap: a vague period and a day inside it',
    { type: 'VISIT', dates: ['2026-01-01', '2026-06-30'], publishedOn: '2026-02-19', actors: ['gongZheng'], places: ['almaty'] },
    { type: 'VISIT', dates: day('2026-05-20'), publishedOn: '2026-05-20', actors: ['gongZheng'], places: ['almaty'] },
    false,
  ],
  [
    'trap: overlapping vague periods that differ',
    { type: 'PLAN', dates: ['2026-01-01', '2028-12-31'], publishedOn: '2026-02-19', places: ['almaty', 'shanghai'] },
    { type: 'PLAN', dates: ['2026-01-01', '2027-12-31'], publishedOn: '2026-02-19', places: ['almaty', 'shanghai'] },
    false,
  ],
  [
    'an undated report published the day after',
    { type: 'OPENING', dates: day('2026-06-01'), publishedOn: '2026-06-01', places: ['urumqi'], actors: ['consulate'] },
    { type: 'OPENING', dates: null, publishedOn: '2026-06-02', actors: ['consulate'] },
    true,
  ],
  [
    'trap: an undated report published a week after',
    { type: 'OPENING', dates: day('2026-06-01'), publishedOn: '2026-06-01', actors: ['consulate'] },
    { type: 'OPENING', dates: null, publishedOn: '2026-06-08', actors: ['consulate'] },
    false,
  ],
  [
    'trap: an undated report before the day it reports',
    { type: 'OPENING', dates: day('2026-06-10'), publishedOn: '2026-06-10', actors: ['consulate'] },
    { type: 'OPENING', dates: null, publishedOn: '2026-06-05', actors: ['consulate'] },
    false,
  ],
  [
    'two undated reports published the same day',
    { type: 'MEETING', dates: null, publishedOn: '2026-06-02', places: ['xinjiang'] },
    { type: 'MEETING', dates: null, publishedOn: '2026-06-02', places: ['xinjiang', 'almaty'] },
    true,
  ],
  [
    'trap: two undated reports a day apart (a daily stream of them would chain every happening)',
    { type: 'MEETING', dates: null, publishedOn: '2026-06-02', places: ['xinjiang'] },
    { type: 'MEETING', dates: null, publishedOn: '2026-06-03', places: ['xinjiang'] },
    false,
  ],
  [
    'trap: an undated report and a vague period around its publication',
    { type: 'MEETING', dates: null, publishedOn: '2026-06-02', places: ['xinjiang', 'almaty'] },
    { type: 'MEETING', dates: ['2026-06-01', '2026-06-30'], publishedOn: '2026-05-20', places: ['xinjiang', 'almaty'] },
    false,
  ],
  [
    'a referendum on the same day: the country is what it is about',
    { type: 'REFERENDUM', dates: day('2026-03-15'), publishedOn: '2026-02-19', places: ['kazakhstan'] },
    { type: 'REFERENDUM', dates: day('2026-03-15'), publishedOn: '2026-03-16', places: ['kazakhstan'] },
    true,
  ],
  [
    'trap: referendums of one country in the same week',
    { type: 'REFERENDUM', dates: day('2026-03-15'), publishedOn: '2026-02-19', places: ['kazakhstan'] },
    { type: 'REFERENDUM', dates: ['2026-03-14', '2026-03-20'], publishedOn: '2026-03-16', places: ['kazakhstan'] },
    false,
  ],
];

describe('same happening', () => {
  test.each(PAIRS)('%s', (_name, a, b, expected) => {
    expect(sameHappening(report(a), report(b))).toBe(expected);
  });

  test.each(PAIRS)('is symmetric: %s', (_name, a, b) => {
    const [x, y] = [report(a), report(b)];
    expect(sameHappening(x, y)).toBe(sameHappening(y, x));
  });
});

describe('compatible types', () => {
  test.each([
    ['OPENING', ['OPENING', 'OTHER']],
    ['OTHER', ['OTHER', 'OPENING', 'FLIGHT_LAUNCH']],
    ['VISIT', ['VISIT', 'MEETING']],
    ['AGREEMENT', ['AGREEMENT']],
  ] as const)('%s shares stories with %j', (type, types) => {
    expect(compatibleTypes(type)).toEqual(types);
  });

  test.each([
    ['FLIGHT_LAUNCH', 'FLIGHT_LAUNCH'],
    ['OPENING', 'FLIGHT_LAUNCH'],
    ['OTHER', 'FLIGHT_LAUNCH'],
    ['MEETING', 'MEETING'],
    ['VISIT', 'MEETING'],
    ['PLAN', 'PLAN'],
  ] as const)('%s is of the family %s', (type, family) => {
    expect(typeFamily(type)).toBe(family);
  });
});
