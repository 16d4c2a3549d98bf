import { describe, expect, test } from 'vitest';
import { relationsOf, type RelationCase } from '@/lib/testing/relation-cases';

/**
 * A place that merely stands near a relation word is no relation: statistics of travellers,
 * durations of journeys, generic statements, events held in two places.
 */
const KK_CASES: RelationCase[] = [
  {
    name: 'tourists counted on a visit are a statistic, not a visit between places',
    document: {
      language: 'kk',
      body: 'Былтыр Үрімжіден 50 мың турист Алматыға сапармен келді.',
      mentions: [['Үрімжі', 'urumqi', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a flight’s duration is no relation',
    document: {
      language: 'kk',
      body: 'Алматы – Үрімжі рейсі екі сағатқа созылады.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a generic statement names no places',
    document: { language: 'kk', body: 'Бауырлас қалалар халықтар достығын нығайтады.' },
    expected: [],
  },
  {
    name: 'two places of one sentence with no relation word',
    document: {
      language: 'kk',
      body: 'Алматыда өткен көрмеге Үрімжі кәсіпкерлері қатысты.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a national official’s visit: the article’s other place is not the visitor’s home',
    document: {
      language: 'kk',
      body: 'Шаңхайда көрме өтті. ҚХР Премьері Ли Цян ертең Қостанайға ресми сапармен барады.',
      mentions: [['Шаңхай', 'shanghai', 'CITY'], ['ҚХР', 'china', 'COUNTRY'], ['Ли Цян', 'li-qiang', 'PERSON'], ['Қостанай', 'kostanay', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'universities of two cities sign with each other, the cities do not',
    document: {
      language: 'kk',
      body: 'Нанкин университеті мен Көкшетау университеті студенттер алмасу туралы келісімге қол қойды.',
      mentions: [['Нанкин', 'nanjing', 'CITY'], ['Көкшетау', 'kokshetau', 'CITY']],
    },
    expected: [],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: 'tourists who visited are a statistic',
    document: {
      language: 'ru',
      body: 'Туристы из Урумчи посетили Алматы более 10 тысяч раз.',
      mentions: [['Урумчи', 'urumqi', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a flight’s duration is no relation',
    document: {
      language: 'ru',
      body: 'Рейс из Алматы в Пекин длится пять часов.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Пекин', 'beijing', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'passenger traffic between two places is a statistic',
    document: {
      language: 'ru',
      body: 'Пассажиропоток между Алматы и Урумчи вырос на 20 процентов.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'events held in two places',
    document: {
      language: 'ru',
      body: 'В Алматы и Урумчи прошли выставки.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'universities of two cities sign with each other, the cities do not',
    document: {
      language: 'ru',
      body: 'Университеты Туркестана и Урумчи подписали соглашение о студенческом обмене.',
      mentions: [['Туркестана', 'turkistan', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: '«на следующей неделе» is no culture week between the cities of the route',
    document: {
      language: 'ru',
      body: 'Поезд Актау – Урумчи отправится на следующей неделе.',
      mentions: [['Актау', 'aktau', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'urumqi', type: 'OTHER', status: 'planned' }],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: 'tourists who visited are a statistic',
    document: {
      language: 'en',
      body: 'Tourists from Urumqi visited Almaty 20,000 times last year.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a flight’s duration is no relation',
    document: {
      language: 'en',
      body: 'The flight from Almaty to Beijing takes four hours.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Beijing', 'beijing', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a generic statement names no places',
    document: { language: 'en', body: 'Sister cities promote friendship between peoples.' },
    expected: [],
  },
  {
    name: 'events held in two places',
    document: {
      language: 'en',
      body: 'Exhibitions were held in Almaty and Urumqi.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a visit by officials, next to the same trap words, is a visit',
    document: {
      language: 'en',
      body: 'The governor of Xinjiang visited Almaty to discuss tourism.',
      mentions: [['Xinjiang', 'xinjiang', 'REGION'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xinjiang', type: 'VISIT', status: null }],
  },
  {
    name: 'tourists travelling from one place to another are counted, not a route',
    document: {
      language: 'en',
      title: 'New flights to China',
      titleMentions: [['China', 'china', 'COUNTRY']],
      body: 'The number of tourists travelling from Tianjin to Aktobe is expected to grow.',
      mentions: [['Tianjin', 'beijing', 'CITY'], ['Aktobe', 'aktobe', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a national official’s visit: the article’s other place is not the visitor’s home',
    document: {
      language: 'en',
      body: 'Urumqi hosted a fair. Vice President of China Han Zheng will pay an official visit to Taldykorgan.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['China', 'china', 'COUNTRY'], ['Han Zheng', 'han-zheng', 'PERSON'], ['Taldykorgan', 'taldykorgan', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'universities of two cities sign with each other, the cities do not',
    document: {
      language: 'en',
      body: 'Universities of Aktobe and Lanzhou signed an agreement on student exchange.',
      mentions: [['Aktobe', 'aktobe', 'CITY'], ['Lanzhou', 'lanzhou', 'CITY']],
    },
    expected: [],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('no relation without a relation phrase (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(relationsOf(document)).toEqual(expected);
  });
});
