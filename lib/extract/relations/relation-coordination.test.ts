import { describe, expect, test } from 'vitest';
import { relationsOf, type RelationCase } from '@/lib/testing/relation-cases';

/**
 * Coordination and lists: who is tied to whom when places are coordinated, listed as partners,
 * or stand on the two sides of «между», "between", «арасында».
 */
const KK_CASES: RelationCase[] = [
  {
    name: 'a province tied to three regions listed in the instrumental (-мен … және …-мен)',
    document: {
      language: 'kk',
      body: 'Шэньси провинциясы Ақтөбе облысымен, Қарағанды облысымен және Павлодар облысымен бауырлас өңір қатынастарын орнатты.',
      mentions: [
        ['Шэньси провинциясы', 'shaanxi', 'REGION'],
        ['Ақтөбе облысымен', 'aktobe-region', 'REGION'],
        ['Қарағанды облысымен', 'karaganda-region', 'REGION'],
        ['Павлодар облысымен', 'pavlodar-region', 'REGION'],
      ],
    },
    expected: [
      { a: 'aktobe-region', b: 'shaanxi', type: 'SISTER_CITIES', status: null },
      { a: 'karaganda-region', b: 'shaanxi', type: 'SISTER_CITIES', status: null },
      { a: 'pavlodar-region', b: 'shaanxi', type: 'SISTER_CITIES', status: null },
    ],
  },
  {
    name: 'a city with two partners in the instrumental: each partner, not the partners together',
    document: {
      language: 'kk',
      body: 'Алматы Үрімжімен және Сианьмен ынтымақтастықты кеңейтеді.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY'], ['Сиань', 'xian', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'COOPERATION', status: 'proposed' },
      { a: 'almaty', b: 'xian', type: 'COOPERATION', status: 'proposed' },
    ],
  },
  {
    name: '«X мен Y арасында» with a sister-city agreement',
    document: {
      language: 'kk',
      body: 'Алматы мен Үрімжі арасында бауырластық туралы келісім жасалды.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: 'two clauses, two ties: «…, ал …»',
    document: {
      language: 'kk',
      body: 'Ақтөбе Сиань қаласымен меморандумға қол қойды, ал Қарағанды Ухань қаласымен әріптестік орнатты.',
      mentions: [['Ақтөбе', 'aktobe', 'CITY'], ['Сиань қаласымен', 'xian', 'CITY'], ['Қарағанды', 'karaganda', 'CITY'], ['Ухань қаласымен', 'wuhan', 'CITY']],
    },
    expected: [
      { a: 'aktobe', b: 'xian', type: 'AGREEMENT', status: 'signed' },
      { a: 'karaganda', b: 'wuhan', type: 'COOPERATION', status: null },
    ],
  },
  {
    name: 'trap: «арасында» with a side that is no place (investors) ties nothing',
    document: {
      language: 'kk',
      body: 'Облыс әкімі Үрімжі мен қытайлық инвесторлар арасындағы ынтымақтастықты атап өтті.',
      mentions: [['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: '«между X и Y» in front of the relation word',
    document: {
      language: 'ru',
      body: 'Между Алматинской областью и Синьцзяном подписан меморандум.',
      mentions: [['Алматинской областью', 'almaty-region', 'REGION'], ['Синьцзяном', 'xinjiang', 'REGION']],
    },
    expected: [{ a: 'almaty-region', b: 'xinjiang', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: '«между» with the places inside longer phrases',
    document: {
      language: 'ru',
      body: 'Прошли переговоры между делегацией провинции Ганьсу и руководством Павлодарской области.',
      mentions: [['провинции Ганьсу', 'gansu', 'REGION'], ['Павлодарской области', 'pavlodar-region', 'REGION']],
    },
    // The delegation is also a visit of one side to the other.
    expected: [
      { a: 'gansu', b: 'pavlodar-region', type: 'COOPERATION', status: null },
      { a: 'gansu', b: 'pavlodar-region', type: 'VISIT', status: null },
    ],
  },
  {
    name: '«X и Y стали братскими регионами»',
    document: {
      language: 'ru',
      body: 'Восточно-Казахстанская область и провинция Ганьсу стали братскими регионами.',
      mentions: [['Восточно-Казахстанская область', 'east-kazakhstan-region', 'REGION'], ['провинция Ганьсу', 'gansu', 'REGION']],
    },
    expected: [{ a: 'east-kazakhstan-region', b: 'gansu', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: 'an agreement on twinning with two cities: each with the signer',
    document: {
      language: 'ru',
      body: 'Караганда подписала соглашение о побратимстве с Уханем и Лоянем.',
      mentions: [['Караганда', 'karaganda', 'CITY'], ['Уханем', 'wuhan', 'CITY'], ['Лоянем', 'luoyang', 'CITY']],
    },
    expected: [
      { a: 'karaganda', b: 'wuhan', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'karaganda', b: 'luoyang', type: 'SISTER_CITIES', status: 'signed' },
    ],
  },
  {
    name: 'two clauses, two ties: «…, а …»',
    document: {
      language: 'ru',
      body: 'Актобе подписал меморандум с Сианем, а Караганда установила партнерство с Уханем.',
      mentions: [['Актобе', 'aktobe', 'CITY'], ['Сианем', 'xian', 'CITY'], ['Караганда', 'karaganda', 'CITY'], ['Уханем', 'wuhan', 'CITY']],
    },
    expected: [
      { a: 'aktobe', b: 'xian', type: 'AGREEMENT', status: 'signed' },
      { a: 'karaganda', b: 'wuhan', type: 'COOPERATION', status: null },
    ],
  },
  {
    name: 'trap: coordinated subjects signing with one partner pair with it, not with each other',
    document: {
      language: 'ru',
      body: 'Актобе и Караганда подписали соглашения с Урумчи.',
      mentions: [['Актобе', 'aktobe', 'CITY'], ['Караганда', 'karaganda', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [
      { a: 'aktobe', b: 'urumqi', type: 'AGREEMENT', status: 'signed' },
      { a: 'karaganda', b: 'urumqi', type: 'AGREEMENT', status: 'signed' },
    ],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: '"A signed … with B, while C partnered with D"',
    document: {
      language: 'en',
      body: "Aktobe signed a memorandum with Xi'an, while Karaganda partnered with Wuhan.",
      mentions: [['Aktobe', 'aktobe', 'CITY'], ["Xi'an", 'xian', 'CITY'], ['Karaganda', 'karaganda', 'CITY'], ['Wuhan', 'wuhan', 'CITY']],
    },
    expected: [
      { a: 'aktobe', b: 'xian', type: 'AGREEMENT', status: 'signed' },
      { a: 'karaganda', b: 'wuhan', type: 'COOPERATION', status: null },
    ],
  },
  {
    name: '"P established sister-province ties with R1 and R2 of country X, and R3 of country Y"',
    document: {
      language: 'en',
      body: 'Shaanxi established sister-province ties with Aktobe Region and Karaganda Region of Kazakhstan, and Chui Region of Kyrgyzstan.',
      mentions: [
        ['Shaanxi', 'shaanxi', 'REGION'],
        ['Aktobe Region', 'aktobe-region', 'REGION'],
        ['Karaganda Region', 'karaganda-region', 'REGION'],
        ['Kazakhstan', 'kazakhstan', 'COUNTRY'],
        ['Chui Region', 'chui-region', 'REGION'],
        ['Kyrgyzstan', 'kyrgyzstan', 'COUNTRY'],
      ],
    },
    expected: [
      { a: 'aktobe-region', b: 'shaanxi', type: 'SISTER_CITIES', status: null },
      { a: 'karaganda-region', b: 'shaanxi', type: 'SISTER_CITIES', status: null },
      { a: 'chui-region', b: 'shaanxi', type: 'SISTER_CITIES', status: null },
    ],
  },
  {
    name: '"X and Y became sister cities"',
    document: {
      language: 'en',
      body: 'Almaty and Urumqi became sister cities in 1993.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: '"twinning between X and Y"',
    document: {
      language: 'en',
      body: 'The twinning between Karaganda and Wuhan dates back to 2015.',
      mentions: [['Karaganda', 'karaganda', 'CITY'], ['Wuhan', 'wuhan', 'CITY']],
    },
    expected: [{ a: 'karaganda', b: 'wuhan', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: '"between China\'s X and Kazakhstan\'s Y": the countries are where the places lie',
    document: {
      language: 'en',
      body: "Direct flights were launched between China's Lanzhou and Kazakhstan's Shymkent.",
      mentions: [['China', 'china', 'COUNTRY'], ['Lanzhou', 'lanzhou', 'CITY'], ['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['Shymkent', 'shymkent', 'CITY']],
    },
    expected: [{ a: 'lanzhou', b: 'shymkent', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: 'trap: a place coordinated with a country is a country-level tie',
    document: {
      language: 'en',
      body: 'The visit opened a new page in the relations between Shandong and Kazakhstan.',
      mentions: [['Shandong', 'shandong', 'REGION'], ['Kazakhstan', 'kazakhstan', 'COUNTRY']],
    },
    expected: [],
  },
  {
    name: 'trap: "external relations" is an office, not a tie',
    document: {
      language: 'en',
      body: 'He heads the External Relations office of Henan in Zhengzhou and Almaty.',
      mentions: [['Henan', 'henan', 'REGION'], ['Zhengzhou', 'zhengzhou', 'CITY'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('coordination and lists (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(relationsOf(document)).toEqual(expected);
  });
});
