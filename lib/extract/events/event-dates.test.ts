import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import type { EventStatus, EventType } from '../types';
import { extractEvents } from './extract-events';

/**
 * The date of an event comes from its own clause, else it is null; except a report of something
 * just held (the publication date) and "today" or "yesterday". A "today" inside a quotation is the
 * quotation's day, and only when nothing else dates the happening. A background event keeps its
 * own date; a date that starts a state dates no event. Published on Thursday 2026-02-19.
 */
interface DateCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; value: string | null; status: EventStatus }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, value, status }) => ({ type, value, status }));
}

const KK_CASES: DateCase[] = [
  {
    name: 'each happening takes the date of its own clause',
    document: {
      language: 'kk',
      body: 'Министрлер 16 қаңтарда кездесті, ал Қытайдың Алматыдағы жаңа визалық орталығы мамыр айында ашылады.',
      mentions: [['Қытайдың', 'china', 'COUNTRY'], ['Алматыдағы', 'almaty', 'CITY']],
      temporals: [['16 қаңтарда', '2026-01-16'], ['мамыр айында', '2026-05']],
    },
    expected: [
      { type: 'MEETING', value: '2026-01-16', status: 'held' },
      { type: 'OPENING', value: '2026-05', status: 'planned' },
    ],
  },
  {
    name: 'a background agreement keeps its own date',
    document: {
      language: 'kk',
      body: 'Екі министрлік 2003 жылғы 3 маусымда білім беру саласындағы ынтымақтастық туралы келісімге қол қойған.',
      mentions: [],
      temporals: [['2003 жылғы 3 маусымда', '2003-06-03']],
    },
    expected: [{ type: 'AGREEMENT', value: '2003-06-03', status: 'held' }],
  },
  {
    name: 'a story told as recent dates none of its happenings to the day of publication',
    document: {
      language: 'kk',
      body: 'Жуырда Үрімжі қаласының делегациясы Алматыға жұмыс сапарымен келді. Делегацияны Алматы әкімі Ерболат Досаев қабылдады.',
      mentions: [['Үрімжі қаласының', 'urumqi', 'CITY'], ['Алматыға', 'almaty', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Ерболат Досаев', 'dosaev', 'PERSON']],
    },
    expected: [
      { type: 'VISIT', value: null, status: 'held' },
      { type: 'MEETING', value: null, status: 'held' },
    ],
  },
  {
    name: 'a «today» in a quotation is the day the quotation was said',
    document: {
      language: 'kk',
      body: '– Бүгін біз Қорғаста жаңа терминалды аштық, – деді әкім 12 ақпанда.',
      mentions: [['Қорғаста', 'khorgos', 'CITY']],
      temporals: [['Бүгін', '2026-02-19'], ['12 ақпанда', '2026-02-12']],
    },
    expected: [{ type: 'OPENING', value: '2026-02-12', status: 'held' }],
  },
  {
    name: 'a document signed within a forum takes the forum’s date',
    document: {
      language: 'kk',
      body: 'Кеше Астанада инвестициялық форум өтті. Форум шеңберінде Алматы мен Үрімжі әкімдіктері меморандумға қол қойды.',
      mentions: [['Астанада', 'astana', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
      temporals: [['Кеше', '2026-02-18']],
    },
    expected: [
      { type: 'CONFERENCE', value: '2026-02-18', status: 'held' },
      { type: 'AGREEMENT', value: '2026-02-18', status: 'held' },
    ],
  },
];

const RU_CASES: DateCase[] = [
  {
    name: 'an undated plan stays undated',
    document: {
      language: 'ru',
      body: 'В Мангистауской области планируют строительство нового морского порта.',
      mentions: [['Мангистауской области', 'mangystau-region', 'REGION']],
    },
    expected: [{ type: 'PLAN', value: null, status: 'planned' }],
  },
  {
    name: 'a reminder («Напомним») of a held flight gives it no publication date',
    document: {
      language: 'ru',
      body: 'Напомним, первый прямой рейс из Актау в Шымкент выполнила авиакомпания SCAT.',
      mentions: [['Актау', 'aktau', 'CITY'], ['Шымкент', 'shymkent', 'CITY'], ['SCAT', 'scat', 'ORGANIZATION']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: null, status: 'held' }],
  },
  {
    name: 'a train running from a day before publication to a later one is under way',
    document: {
      language: 'ru',
      body: 'С 15 февраля по 15 марта будет курсировать новый поезд Алматы – Урумчи.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
      temporals: [['С 15 февраля по 15 марта', '2026-02-15/2026-03-15']],
    },
    expected: [{ type: 'OTHER', value: '2026-02-15/2026-03-15', status: 'held' }],
  },
  {
    name: 'a station opened in 1990 keeps that date',
    document: {
      language: 'ru',
      body: 'Станция Достык, открытая в 1990 году, связала железные дороги Казахстана и Китая.',
      mentions: [['Достык', 'dostyk', 'CITY'], ['Казахстана', 'kazakhstan', 'COUNTRY'], ['Китая', 'china', 'COUNTRY']],
      temporals: [['в 1990 году', '1990']],
    },
    expected: [{ type: 'OPENING', value: '1990', status: 'held' }],
  },
  {
    name: 'trap: «открытый» without a date is an adjective',
    document: {
      language: 'ru',
      body: 'Станция Достык остается открытой для грузов из Китая.',
      mentions: [['Достык', 'dostyk', 'CITY'], ['Китая', 'china', 'COUNTRY']],
    },
    expected: [],
  },
];

const EN_CASES: DateCase[] = [
  {
    name: 'a "today" in a quotation gives way to the date another sentence gives',
    document: {
      language: 'en',
      body: '"Today we opened the new terminal in Khorgos," the akim said. The terminal in Khorgos was opened on 17 February.',
      mentions: [['Khorgos', 'khorgos', 'CITY'], ['Khorgos', 'khorgos', 'CITY']],
      temporals: [['Today', '2026-02-19'], ['on 17 February', '2026-02-17']],
    },
    expected: [{ type: 'OPENING', value: '2026-02-17', status: 'held' }],
  },
  {
    name: 'a reminder ("As reported earlier") of a visit gives it no publication date',
    document: {
      language: 'en',
      body: 'As reported earlier, President Tokayev visited Beijing.',
      mentions: [['Tokayev', 'tokayev', 'PERSON'], ['Beijing', 'beijing', 'CITY']],
    },
    expected: [{ type: 'VISIT', value: null, status: 'held' }],
  },
  {
    name: 'a date of saying ("said Monday that") dates no event in what was said',
    document: {
      language: 'en',
      body: 'The ministry said on Monday that the Astana summit will take place in June.',
      mentions: [['Astana', 'astana', 'CITY']],
      temporals: [['on Monday', '2026-02-16'], ['in June', '2026-06']],
    },
    expected: [{ type: 'CONFERENCE', value: '2026-06', status: 'planned' }],
  },
  {
    name: 'a happening held alongside a dated one in the same sentence shares its day',
    document: {
      language: 'en',
      body: 'The Almaty investment forum opened yesterday, and a meeting of the transport ministers of Kazakhstan and China is taking place there too.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['China', 'china', 'COUNTRY']],
      temporals: [['yesterday', '2026-02-18']],
    },
    expected: [
      { type: 'CONFERENCE', value: '2026-02-18', status: 'held' },
      { type: 'MEETING', value: '2026-02-18', status: 'held' },
    ],
  },
  {
    name: 'a date that starts a state dates no event ("since 2014")',
    document: {
      language: 'en',
      body: 'Almaty and Urumqi, sister cities since 2014, will resume direct flights in April.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
      temporals: [['since 2014', '2014'], ['in April', '2026-04']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: '2026-04', status: 'planned' }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('event dates (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});
