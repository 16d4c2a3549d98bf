import { describe, expect, test } from 'vitest';
import { relationsOf, type RelationCase } from '@/lib/testing/relation-cases';

/**
 * The status a relation's clause states: planned (intent, plans, a future verb), proposed,
 * signed, launched. A letter of intent is a signed AGREEMENT, not an intent.
 */
const KK_CASES: RelationCase[] = [
  {
    name: 'a letter of intent («ниет хаты») is an agreement, signed',
    document: {
      language: 'kk',
      body: 'Алматы мен Үрімжі арасында ниет хатына қол қойылды.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: 'a route under consideration («қарастырылуда») is planned',
    document: {
      language: 'kk',
      body: 'Ақтау – Үрімжі әуе рейсін ашу мүмкіндігі қарастырылуда.',
      mentions: [['Ақтау', 'aktau', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: 'a train that set off («жолға шықты») is launched',
    document: {
      language: 'kk',
      body: 'Сиань – Алматы туристік пойызы жолға шықты.',
      mentions: [['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'a train that will set off («жолға шығады») is planned',
    document: {
      language: 'kk',
      body: 'Сиань – Алматы туристік пойызы мамырда жолға шығады.',
      mentions: [['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'OTHER', status: 'planned' }],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: 'a letter of intent («письмо о намерениях») is an agreement, signed',
    document: {
      language: 'ru',
      body: 'Между Алматы и Урумчи подписано письмо о намерениях.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: 'a flight the authorities consider is planned',
    document: {
      language: 'ru',
      body: 'Власти рассматривают запуск прямого рейса из Актау в Урумчи.',
      mentions: [['Актау', 'aktau', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: 'a train that «будет запущен» is planned',
    document: {
      language: 'ru',
      body: 'С 29 мая будет запущен поезд Сиань – Алматы.',
      mentions: [['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'OTHER', status: 'planned' }],
  },
  {
    name: 'more flights proposed',
    document: {
      language: 'ru',
      body: 'Стороны предложили увеличить число рейсов Алматы – Урумчи.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: 'proposed' }],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: 'a letter of intent is an agreement, signed',
    document: {
      language: 'en',
      body: 'Almaty and Urumqi signed a letter of intent.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: 'a route an airline considers is a planned flight',
    document: {
      language: 'en',
      body: 'The airline is considering a Shymkent – Urumqi route.',
      mentions: [['Shymkent', 'shymkent', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: 'a launched train',
    document: {
      language: 'en',
      body: "The Xi'an – Almaty train was launched on Friday.",
      mentions: [["Xi'an", 'xian', 'CITY'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'flights a city proposed to a destination',
    document: {
      language: 'en',
      body: 'Karaganda proposed direct flights to Wuhan.',
      mentions: [['Karaganda', 'karaganda', 'CITY'], ['Wuhan', 'wuhan', 'CITY']],
    },
    expected: [{ a: 'karaganda', b: 'wuhan', type: 'FLIGHTS', status: 'proposed' }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('status from the clause (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(relationsOf(document)).toEqual(expected);
  });
});
