import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import type { EventStatus, EventType, RouteRole } from '../types';
import { extractEvents } from './extract-events';

/**
 * One event per happening per document: a headline and the body's report of it are one event (the
 * body's sentence is the evidence); a meeting during a visit is the visit; an opening ceremony is
 * the opening; a flight told held and planned on one day is one flight. Different routes, objects
 * or names are different happenings. Published on 2026-02-19.
 */
interface HappeningCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; value: string | null; status: EventStatus; route: RouteRole | null; evidence: string }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, value, status, roles, evidence }) => ({ type, value, status, route: roles.route, evidence }));
}

const KK_CASES: HappeningCase[] = [
  {
    name: 'a headline and the body’s report are one opening, with the body’s sentence',
    document: {
      language: 'kk',
      title: 'Алматыда Қытайдың визалық орталығы ашылды',
      titleMentions: [['Алматыда', 'almaty', 'CITY'], ['Қытайдың', 'china', 'COUNTRY']],
      body: 'Бүгін Алматыда Қытай Халық Республикасының визалық орталығы ресми түрде ашылды.',
      mentions: [['Алматыда', 'almaty', 'CITY'], ['Қытай Халық Республикасының', 'china', 'COUNTRY']],
      temporals: [['Бүгін', '2026-02-19']],
    },
    expected: [
      {
        type: 'OPENING',
        value: '2026-02-19',
        status: 'held',
        route: null,
        evidence: 'Бүгін Алматыда Қытай Халық Республикасының визалық орталығы ресми түрде ашылды.',
      },
    ],
  },
  {
    name: 'a list of new routes is one launch per route, operated by the header’s airline',
    document: {
      language: 'kk',
      body: 'FlyArystan келесі рейстерді іске қосады:\n- Алматы – Сиань – 1 маусымнан;\n- Астана – Үрімжі – 15 маусымнан.',
      mentions: [['FlyArystan', 'flyarystan', 'ORGANIZATION'], ['Алматы', 'almaty', 'CITY'], ['Сиань', 'xian', 'CITY'], ['Астана', 'astana', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
      temporals: [['1 маусымнан', '2026-06-01'], ['15 маусымнан', '2026-06-15']],
    },
    expected: [
      { type: 'FLIGHT_LAUNCH', value: '2026-06-01', status: 'planned', route: { from: 'almaty', to: 'xian' }, evidence: '- Алматы – Сиань – 1 маусымнан;' },
      { type: 'FLIGHT_LAUNCH', value: '2026-06-15', status: 'planned', route: { from: 'astana', to: 'urumqi' }, evidence: '- Астана – Үрімжі – 15 маусымнан.' },
    ],
  },
  {
    name: 'a planned crossing and a planned railway are two plans',
    document: {
      language: 'kk',
      body: 'Бақты – Шәуешек шекара өткелін ашу жоспарланып отыр. Теміржол 2027 жылы пайдалануға беріледі деп жоспарланған.',
      mentions: [['Бақты', 'bakhty', 'CITY'], ['Шәуешек', 'tacheng', 'CITY']],
      temporals: [['2027 жылы', '2027']],
    },
    expected: [
      { type: 'PLAN', value: null, status: 'planned', route: { from: 'bakhty', to: 'tacheng' }, evidence: 'Бақты – Шәуешек шекара өткелін ашу жоспарланып отыр.' },
      { type: 'PLAN', value: '2027', status: 'planned', route: null, evidence: 'Теміржол 2027 жылы пайдалануға беріледі деп жоспарланған.' },
    ],
  },
  {
    name: 'two railways named in quotes are two openings',
    document: {
      language: 'kk',
      body: '«Достық – Мойынты» теміржолының екінші желісі ашылды. Осыдан отыз бес жыл бұрын «Достық – Алашаңқай» жобасы іске қосылды.',
      mentions: [],
    },
    expected: [
      { type: 'OPENING', value: '2026-02-19', status: 'held', route: null, evidence: '«Достық – Мойынты» теміржолының екінші желісі ашылды.' },
      { type: 'OPENING', value: '2026-02-19', status: 'held', route: null, evidence: 'Осыдан отыз бес жыл бұрын «Достық – Алашаңқай» жобасы іске қосылды.' },
    ],
  },
];

const RU_CASES: HappeningCase[] = [
  {
    name: 'a meeting within a visit is part of the visit',
    document: {
      language: 'ru',
      body: 'В Алматинской области состоялся визит делегации провинции Цинхай. В рамках визита прошла встреча акима области с губернатором провинции.',
      mentions: [['Алматинской области', 'almaty-region', 'REGION'], ['провинции Цинхай', 'qinghai', 'REGION']],
    },
    expected: [
      {
        type: 'VISIT',
        value: '2026-02-19',
        status: 'held',
        route: null,
        evidence: 'В Алматинской области состоялся визит делегации провинции Цинхай.',
      },
    ],
  },
  {
    name: 'an opening ceremony is the opening it celebrates',
    document: {
      language: 'ru',
      body: 'На посту Бахты открыли пеший переход в Китай. На торжественной церемонии открытия присутствовал аким области Абай.',
      mentions: [['Бахты', 'bakhty', 'CITY'], ['Китай', 'china', 'COUNTRY'], ['области Абай', 'abai-region', 'REGION']],
    },
    expected: [{ type: 'OPENING', value: '2026-02-19', status: 'held', route: null, evidence: 'На посту Бахты открыли пеший переход в Китай.' }],
  },
  {
    name: 'two trains on different routes are two happenings',
    document: {
      language: 'ru',
      body: 'С 29 мая по 7 июня запущен поезд Сиань – Алматы. Также запущен туристический поезд Алматы – Урумчи.',
      publishedAt: '2025-05-29',
      mentions: [['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
      temporals: [['С 29 мая по 7 июня', '2025-05-29/2025-06-07']],
    },
    expected: [
      { type: 'OTHER', value: '2025-05-29/2025-06-07', status: 'held', route: { from: 'xian', to: 'almaty' }, evidence: 'С 29 мая по 7 июня запущен поезд Сиань – Алматы.' },
      { type: 'OTHER', value: '2025-05-29', status: 'held', route: { from: 'almaty', to: 'urumqi' }, evidence: 'Также запущен туристический поезд Алматы – Урумчи.' },
    ],
  },
];

const EN_CASES: HappeningCase[] = [
  {
    name: 'a flight told planned in the headline and held in the body is one flight',
    document: {
      language: 'en',
      title: 'Air Astana to launch Almaty – Shenzhen flights',
      titleMentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Almaty', 'almaty', 'CITY'], ['Shenzhen', 'shenzhen', 'CITY']],
      body: 'Air Astana launched its first flight from Almaty to Shenzhen on 16 February.',
      mentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Almaty', 'almaty', 'CITY'], ['Shenzhen', 'shenzhen', 'CITY']],
      temporals: [['on 16 February', '2026-02-16']],
    },
    expected: [
      {
        type: 'FLIGHT_LAUNCH',
        value: '2026-02-16',
        status: 'held',
        route: { from: 'almaty', to: 'shenzhen' },
        evidence: 'Air Astana launched its first flight from Almaty to Shenzhen on 16 February.',
      },
    ],
  },
  {
    name: 'a ceremony held to open a workshop is one opening, not an opening and an event',
    document: {
      language: 'en',
      body: 'A ceremony was held in Astana to open the new Luban Workshop on 16 February.',
      mentions: [['Astana', 'astana', 'CITY']],
      temporals: [['on 16 February', '2026-02-16']],
    },
    expected: [
      { type: 'OPENING', value: '2026-02-16', status: 'held', route: null, evidence: 'A ceremony was held in Astana to open the new Luban Workshop on 16 February.' },
    ],
  },
  {
    name: 'a state visit and the participation in a summit told together are the visit',
    document: {
      language: 'en',
      body: "The state visit of Kassym-Jomart Tokayev to Xi'an and his participation in the summit in May were a success.",
      publishedAt: '2023-08-21',
      mentions: [['Kassym-Jomart Tokayev', 'tokayev', 'PERSON'], ["Xi'an", 'xian', 'CITY']],
      temporals: [['in May', '2023-05']],
    },
    expected: [
      {
        type: 'VISIT',
        value: '2023-05',
        status: 'held',
        route: null,
        evidence: "The state visit of Kassym-Jomart Tokayev to Xi'an and his participation in the summit in May were a success.",
      },
    ],
  },
  {
    name: 'the summit a president arrives to attend is its own happening, still to come',
    document: {
      language: 'en',
      body: 'President Xi Jinping arrived in Astana on Monday to attend the summit. The summit will open on 20 February.',
      mentions: [['Xi Jinping', 'xi-jinping', 'PERSON'], ['Astana', 'astana', 'CITY']],
      temporals: [['on Monday', '2026-02-16'], ['on 20 February', '2026-02-20']],
    },
    expected: [
      { type: 'VISIT', value: '2026-02-16', status: 'held', route: null, evidence: 'President Xi Jinping arrived in Astana on Monday to attend the summit.' },
      { type: 'CONFERENCE', value: '2026-02-20', status: 'planned', route: null, evidence: 'The summit will open on 20 February.' },
    ],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('one event per happening (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});
