import { describe, expect, test } from 'vitest';
import type { RouteRole } from '../types';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import { extractEvents } from './extract-events';

/** The routes of a document's events: a route outside the ties the product follows is no event. */
interface ScopeCase {
  name: string;
  document: TestDocument;
  routes: RouteRole[];
}

function routesOf(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map((event) => event.roles.route);
}

const KK_CASES: ScopeCase[] = [
  {
    name: 'a flight between Kazakhstan and Kyrgyzstan is not followed',
    document: {
      language: 'kk',
      body: 'Air Astana 1 сәуірден бастап Алматы – Бішкек тікелей әуе рейсін іске қосады.',
      mentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Алматы', 'almaty', 'CITY'], ['Бішкек', 'bishkek', 'CITY']],
      temporals: [['1 сәуірден', '2026-04-01']],
    },
    routes: [],
  },
  {
    name: 'a list of new routes keeps the flights to China only',
    document: {
      language: 'kk',
      body: 'FlyArystan биыл келесі бағыттар бойынша рейстерді іске қосады:\n- Алматы – Үрімжі – 5 сәуірден;\n- Алматы – Ташкент (Өзбекстан) – 10 сәуірден;\n- Шымкент – Ыстанбұл (Түркия) – 1 мамырдан.',
      mentions: [
        ['FlyArystan', 'flyarystan', 'ORGANIZATION'],
        ['Алматы', 'almaty', 'CITY'],
        ['Үрімжі', 'urumqi', 'CITY'],
        ['Алматы', 'almaty', 'CITY'],
        ['Ташкент', 'tashkent', 'CITY'],
        ['Өзбекстан', 'uzbekistan', 'COUNTRY'],
        ['Шымкент', 'shymkent', 'CITY'],
        ['Ыстанбұл', 'istanbul', 'CITY'],
        ['Түркия', 'turkey', 'COUNTRY'],
      ],
      temporals: [
        ['5 сәуірден', '2026-04-05'],
        ['10 сәуірден', '2026-04-10'],
        ['1 мамырдан', '2026-05-01'],
      ],
    },
    routes: [{ from: 'almaty', to: 'urumqi' }],
  },
  {
    name: 'trap: a domestic route stays',
    document: {
      language: 'kk',
      body: 'Астана – Түркістан жаңа пойызы 1 наурыздан бастап қатынайды.',
      mentions: [['Астана', 'astana', 'CITY'], ['Түркістан', 'turkistan', 'CITY']],
      temporals: [['1 наурыздан', '2026-03-01']],
    },
    routes: [{ from: 'astana', to: 'turkistan' }],
  },
];

const RU_CASES: ScopeCase[] = [
  {
    name: 'a flight between Kazakhstan and Turkey is not followed',
    document: {
      language: 'ru',
      body: 'С 1 июня SCAT запустит прямые рейсы Шымкент – Стамбул.',
      mentions: [['SCAT', 'scat-airlines', 'ORGANIZATION'], ['Шымкент', 'shymkent', 'CITY'], ['Стамбул', 'istanbul', 'CITY']],
      temporals: [['С 1 июня', '2026-06-01']],
    },
    routes: [],
  },
  {
    name: 'trap: a route through a Chinese city stays',
    document: {
      language: 'ru',
      body: 'С 1 июня запустят контейнерный поезд Ташкент – Алматы – Урумчи – Стамбул.',
      mentions: [['Ташкент', 'tashkent', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY'], ['Стамбул', 'istanbul', 'CITY']],
      temporals: [['С 1 июня', '2026-06-01']],
    },
    routes: [{ from: 'tashkent', to: 'istanbul' }],
  },
  {
    name: 'trap: an end the gazetteer does not know stays',
    document: {
      language: 'ru',
      body: 'С 1 июня SCAT запустит прямые рейсы Шымкент – Зорбленд.',
      mentions: [['SCAT', 'scat-airlines', 'ORGANIZATION'], ['Шымкент', 'shymkent', 'CITY'], ['Зорбленд', 'zorbland', 'CITY']],
      temporals: [['С 1 июня', '2026-06-01']],
    },
    routes: [{ from: 'shymkent', to: 'zorbland' }],
  },
];

const EN_CASES: ScopeCase[] = [
  {
    name: 'a flight between Kazakhstan and Uzbekistan is not followed',
    document: {
      language: 'en',
      body: 'SCAT will launch direct flights from Shymkent to Tashkent on 1 May.',
      mentions: [['SCAT', 'scat-airlines', 'ORGANIZATION'], ['Shymkent', 'shymkent', 'CITY'], ['Tashkent', 'tashkent', 'CITY']],
      temporals: [['on 1 May', '2026-05-01']],
    },
    routes: [],
  },
  {
    name: 'trap: a flight to China in the same words stays',
    document: {
      language: 'en',
      body: 'SCAT will launch direct flights from Shymkent to Urumqi on 1 May.',
      mentions: [['SCAT', 'scat-airlines', 'ORGANIZATION'], ['Shymkent', 'shymkent', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
      temporals: [['on 1 May', '2026-05-01']],
    },
    routes: [{ from: 'shymkent', to: 'urumqi' }],
  },
  {
    name: 'trap: a flight between Kyrgyzstan and China stays',
    document: {
      language: 'en',
      body: 'A new flight from Bishkek to Kashgar will be launched on 1 May.',
      mentions: [['Bishkek', 'bishkek', 'CITY'], ['Kashgar', 'kashgar', 'CITY']],
      temporals: [['on 1 May', '2026-05-01']],
    },
    routes: [{ from: 'bishkek', to: 'kashgar' }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
])('routes the product follows (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, routes }) => {
    expect(routesOf(document)).toEqual(routes);
  });
});
