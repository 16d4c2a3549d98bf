import { describe, expect, test } from 'vitest';
import { relationsOf, type RelationCase } from '@/lib/testing/relation-cases';

/**
 * A relation phrase that names only one side borrows the other: a word standing for a place
 * («өңір мен Синьцзян», «Облыс әкімі», "the region's governor"), the subject of the previous
 * sentence, the title's place, the document's focus. Never when the sentence names another place,
 * when the borrowed side would be out of scope, for words that need both places named (talks,
 * stations), or for a candidate place.
 */
const KK_CASES: RelationCase[] = [
  {
    name: 'the previous sentence’s subject signs with the places of this one',
    document: {
      language: 'kk',
      body: 'Шэньси провинциясы мен Сиань қаласы Қазақстанмен тығыз байланыста. Ақтөбе облысымен және Қарағанды облысымен бауырластық қарым-қатынас туралы келісімге қол қойылды.',
      mentions: [
        ['Шэньси провинциясы', 'shaanxi', 'REGION'],
        ['Сиань қаласы', 'xian', 'CITY'],
        ['Қазақстанмен', 'kazakhstan', 'COUNTRY'],
        ['Ақтөбе облысымен', 'aktobe-region', 'REGION'],
        ['Қарағанды облысымен', 'karaganda-region', 'REGION'],
      ],
    },
    expected: [
      { a: 'aktobe-region', b: 'shaanxi', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'aktobe-region', b: 'xian', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'karaganda-region', b: 'shaanxi', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'karaganda-region', b: 'xian', type: 'SISTER_CITIES', status: 'signed' },
    ],
  },
  {
    name: '«Облыс әкімі» stands for the region the article is about',
    document: {
      language: 'kk',
      body: 'Облыс әкімі Шаньси провинциясынан келген делегациямен кездесті. Кездесу Ақтөбе облысы әкімдігінде өтті.',
      mentions: [['Шаньси провинциясынан', 'shanxi', 'REGION'], ['Ақтөбе облысы', 'aktobe-region', 'REGION']],
    },
    expected: [{ a: 'aktobe-region', b: 'shanxi', type: 'VISIT', status: null }],
  },
  {
    name: 'trap: a borrowed side in the same country is no relation',
    document: {
      language: 'kk',
      body: 'Ақтөбе облысы Қытаймен тығыз байланыста. Павлодар облысымен келісімге қол қойылды.',
      mentions: [['Ақтөбе облысы', 'aktobe-region', 'REGION'], ['Қытаймен', 'china', 'COUNTRY'], ['Павлодар облысымен', 'pavlodar-region', 'REGION']],
    },
    expected: [],
  },
  {
    name: '«екі қала» are the two ends of the route told before',
    document: {
      language: 'kk',
      body: 'Әуекомпания Астана – Үрімжі – Бейжің бағыты бойынша ұшады. Екі қала арасында тікелей рейс ашу жоспарлануда.',
      mentions: [['Астана', 'astana', 'CITY'], ['Үрімжі', 'urumqi', 'CITY'], ['Бейжің', 'beijing', 'CITY']],
    },
    expected: [
      { a: 'astana', b: 'urumqi', type: 'FLIGHTS', status: null },
      { a: 'astana', b: 'beijing', type: 'FLIGHTS', status: 'planned' },
    ],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: 'the previous sentence’s subject: «Соглашение … подписано с …»',
    document: {
      language: 'ru',
      body: 'Синьцзян и Урумчи тесно сотрудничают с Казахстаном. Соглашение о братских отношениях подписано с Павлодарской областью.',
      mentions: [['Синьцзян', 'xinjiang', 'REGION'], ['Урумчи', 'urumqi', 'CITY'], ['Казахстаном', 'kazakhstan', 'COUNTRY'], ['Павлодарской областью', 'pavlodar-region', 'REGION']],
    },
    expected: [
      { a: 'pavlodar-region', b: 'xinjiang', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'pavlodar-region', b: 'urumqi', type: 'SISTER_CITIES', status: 'signed' },
    ],
  },
  {
    name: '«Аким области» (the officer named after it) stands for the region the title names',
    document: {
      language: 'ru',
      title: 'Делегация области Абай побывала в Китае',
      titleMentions: [['области Абай', 'abai-region', 'REGION'], ['Китае', 'china', 'COUNTRY']],
      body: 'Аким области Берик Уали в ходе рабочей поездки в китайский город Алтай встретился с инвесторами.',
      mentions: [['Берик Уали', 'berik-uali', 'PERSON'], ['Алтай', 'altay', 'CITY']],
    },
    expected: [{ a: 'abai-region', b: 'altay', type: 'VISIT', status: null }],
  },
  {
    name: 'trap: talks need both places named; the focus is not borrowed for them',
    document: {
      language: 'ru',
      body: 'В Алматы прошёл деловой форум. Переговоры с Урумчи прошли успешно.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: '«между двумя городами» are the two ends of the route told before',
    document: {
      language: 'ru',
      body: 'Авиакомпания летает по маршруту Алматы – Урумчи – Пекин. Рассматривается прямой рейс между двумя городами.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY'], ['Пекин', 'beijing', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: null },
      { a: 'almaty', b: 'beijing', type: 'FLIGHTS', status: 'planned' },
    ],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: '"P and C have close ties with Kazakhstan. An agreement on fraternal relations was signed with R and S."',
    document: {
      language: 'en',
      body: "Shaanxi and Xi'an have close ties with Kazakhstan. An agreement on fraternal relations was signed with Aktobe Region and Karaganda Region.",
      mentions: [
        ['Shaanxi', 'shaanxi', 'REGION'],
        ["Xi'an", 'xian', 'CITY'],
        ['Kazakhstan', 'kazakhstan', 'COUNTRY'],
        ['Aktobe Region', 'aktobe-region', 'REGION'],
        ['Karaganda Region', 'karaganda-region', 'REGION'],
      ],
    },
    expected: [
      { a: 'aktobe-region', b: 'shaanxi', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'aktobe-region', b: 'xian', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'karaganda-region', b: 'shaanxi', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'karaganda-region', b: 'xian', type: 'SISTER_CITIES', status: 'signed' },
    ],
  },
  {
    name: '"the region\'s governor" stands for the region named before',
    document: {
      language: 'en',
      body: "Pavlodar Region hosted a trade fair in May. The region's governor later visited Zhengzhou.",
      mentions: [['Pavlodar Region', 'pavlodar-region', 'REGION'], ['Zhengzhou', 'zhengzhou', 'CITY']],
    },
    expected: [{ a: 'pavlodar-region', b: 'zhengzhou', type: 'VISIT', status: null }],
  },
  {
    name: 'the title’s place completes a body sentence that names one side',
    document: {
      language: 'en',
      title: 'Urumqi guests in Almaty',
      titleMentions: [['Urumqi', 'urumqi', 'CITY'], ['Almaty', 'almaty', 'CITY']],
      body: 'A memorandum on trade with Urumqi was signed on Monday.',
      mentions: [['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: 'trap: no guess when the sentence names another place (the partner is ambiguous)',
    document: {
      language: 'en',
      body: 'Shaanxi has close ties with Kazakhstan. An agreement was signed in Astana with Aktobe Region.',
      mentions: [['Shaanxi', 'shaanxi', 'REGION'], ['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['Astana', 'astana', 'CITY'], ['Aktobe Region', 'aktobe-region', 'REGION']],
    },
    expected: [],
  },
  {
    name: 'trap: a subject that does not open its sentence is not borrowed; the focus is, when in scope',
    document: {
      language: 'en',
      body: 'Last spring the delegation met the governor of Henan in Zhengzhou. Later an agreement was signed with Aktobe Region.',
      mentions: [['Henan', 'henan', 'REGION'], ['Zhengzhou', 'zhengzhou', 'CITY'], ['Aktobe Region', 'aktobe-region', 'REGION']],
    },
    expected: [{ a: 'aktobe-region', b: 'henan', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: '"the two capitals" are the two ends of the route told before',
    document: {
      language: 'en',
      body: "The airline flies the Astana – Xi'an – Beijing route. It will also consider a direct flight between the two capitals.",
      mentions: [['Astana', 'astana', 'CITY'], ["Xi'an", 'xian', 'CITY'], ['Beijing', 'beijing', 'CITY']],
    },
    expected: [
      { a: 'astana', b: 'xian', type: 'FLIGHTS', status: null },
      { a: 'astana', b: 'beijing', type: 'FLIGHTS', status: 'planned' },
    ],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('a side told elsewhere (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(relationsOf(document)).toEqual(expected);
  });
});
