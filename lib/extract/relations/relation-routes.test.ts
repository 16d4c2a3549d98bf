import { describe, expect, test } from 'vitest';
import { relationsOf, type RelationCase } from '@/lib/testing/relation-cases';

/**
 * Routes: flights, trains, border crossings, rail and logistics links between a Kazakh (or Central
 * Asian) place and a Chinese one. Flights are FLIGHTS, every other link OTHER. A chain A – B – C is
 * its consecutive segments; domestic segments and third countries are out of scope.
 */
const KK_CASES: RelationCase[] = [
  {
    name: '«Алматыдан Шанхайға» with a flight',
    document: {
      language: 'kk',
      body: 'Алматыдан Шанхайға тікелей әуе рейсі ашылды.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: '«X – Y әуе рейсі»',
    document: {
      language: 'kk',
      body: 'Шымкент – Үрімжі әуе рейсі аптасына екі рет орындалады.',
      mentions: [['Шымкент', 'shymkent', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: null }],
  },
  {
    name: 'a train from one city to another, with the train word between them',
    document: {
      language: 'kk',
      body: 'Сианьнан шыққан туристік пойыз Алматыға келіп жетті.',
      mentions: [['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'a planned border crossing («ашу жоспарланып отыр»)',
    document: {
      language: 'kk',
      body: 'Қытаймен Бақты – Шәуешек шекара өткелін ашу жоспарланып отыр.',
      mentions: [['Қытаймен', 'china', 'COUNTRY'], ['Бақты', 'bakhty', 'CITY'], ['Шәуешек', 'tacheng', 'CITY']],
    },
    expected: [{ a: 'bakhty', b: 'tacheng', type: 'OTHER', status: 'planned' }],
  },
  {
    name: 'two railway stations named together',
    document: {
      language: 'kk',
      body: 'Достық және Алашанькоу теміржол станциялары бір-бірімен тығыз байланысты.',
      mentions: [['Достық', 'dostyk', 'CITY'], ['Алашанькоу', 'alashankou', 'CITY']],
    },
    expected: [{ a: 'alashankou', b: 'dostyk', type: 'OTHER', status: null }],
  },
  {
    name: 'a chain: consecutive segments, the domestic one left out; flights that «басталады» are planned',
    document: {
      language: 'kk',
      body: 'Ақтау – Үрімжі – Бейжің бағыты бойынша рейстер басталады.',
      mentions: [['Ақтау', 'aktau', 'CITY'], ['Үрімжі', 'urumqi', 'CITY'], ['Бейжің', 'beijing', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: 'flight list items under their lead line',
    document: {
      language: 'kk',
      body: 'Air Astana келесі рейстерді ашады:\n- Алматы – Шанхай (Қытай) – 29 наурыздан;\n- Астана – Гуанчжоу (Қытай) – 2 маусымнан;\n- Алматы – Ыстамбұл (Түркия) – 1 шілдеден.',
      mentions: [
        ['Air Astana', 'air-astana', 'ORGANIZATION'],
        ['Алматы', 'almaty', 'CITY'],
        ['Шанхай', 'shanghai', 'CITY'],
        ['Қытай', 'china', 'COUNTRY'],
        ['Астана', 'astana', 'CITY'],
        ['Гуанчжоу', 'guangzhou', 'CITY'],
        ['Қытай', 'china', 'COUNTRY'],
        ['Алматы', 'almaty', 'CITY'],
        ['Ыстамбұл', 'istanbul', 'CITY'],
        ['Түркия', 'turkey', 'COUNTRY'],
      ],
    },
    expected: [
      { a: 'almaty', b: 'shanghai', type: 'FLIGHTS', status: null },
      { a: 'astana', b: 'guangzhou', type: 'FLIGHTS', status: null },
    ],
  },
  {
    name: 'trap: a junction of two Kazakh stations is domestic',
    document: {
      language: 'kk',
      body: 'Алтынкөл – Қорғас торабының өткізу қабілеті артады.',
      mentions: [['Алтынкөл', 'altynkol', 'CITY'], ['Қорғас', 'khorgos', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a mode-less route word: its route is the destinations after it, its subject the origin',
    document: {
      language: 'kk',
      body: 'Үрімжі Алматыға және Бішкекке жаңа бағыттар ашты.',
      mentions: [['Үрімжі', 'urumqi', 'CITY'], ['Алматыға', 'almaty', 'CITY'], ['Бішкекке', 'bishkek', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'OTHER', status: 'launched' },
      { a: 'bishkek', b: 'urumqi', type: 'OTHER', status: 'launched' },
    ],
  },
  {
    name: 'trap: places coordinated before a route word name no route',
    document: {
      language: 'kk',
      body: 'Үрімжі мен Алматы жаңа бағыттарды талқылады.',
      mentions: [['Үрімжі', 'urumqi', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a route between a place and a macro-region pairs the place with the destinations named beside it',
    document: {
      language: 'kk',
      body: 'Үрімжі мен Орталық Азия арасындағы үшінші тікелей бағыт Алматыға және Бішкекке рейстерден кейін ашылды.',
      mentions: [['Үрімжі', 'urumqi', 'CITY'], ['Орталық Азия', 'central-asia', 'REGION'], ['Алматыға', 'almaty', 'CITY'], ['Бішкекке', 'bishkek', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: 'launched' }, { a: 'bishkek', b: 'urumqi', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: 'trap: a tie between a place and a macro-region pairs with no merely nearby place',
    document: {
      language: 'kk',
      body: 'Шыңжаң мен Орталық Азия арасындағы ынтымақтастық артып келеді, деді Алматы әкімі.',
      mentions: [['Шыңжаң', 'xinjiang', 'REGION'], ['Орталық Азия', 'central-asia', 'REGION'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: '«рейс X – Y»',
    document: {
      language: 'ru',
      body: 'Авиакомпания открыла рейс Алматы – Шанхай.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: 'a launched passenger train «Сиань – Алматы»',
    document: {
      language: 'ru',
      body: 'В Казахстане запущен пассажирский поезд Сиань – Алматы.',
      mentions: [['Казахстане', 'kazakhstan', 'COUNTRY'], ['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'a border crossing «Бахты – Чугучак»',
    document: {
      language: 'ru',
      body: 'Планируется развитие пограничного перехода Бахты – Чугучак.',
      mentions: [['Бахты', 'bakhty', 'CITY'], ['Чугучак', 'tacheng', 'CITY']],
    },
    expected: [{ a: 'bakhty', b: 'tacheng', type: 'OTHER', status: 'planned' }],
  },
  {
    name: '«из X в Y и Z»: the origin with each destination',
    document: {
      language: 'ru',
      body: 'Из Урумчи запущены рейсы в Алматы и Бишкек.',
      mentions: [['Урумчи', 'urumqi', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Бишкек', 'bishkek', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: 'launched' },
      { a: 'bishkek', b: 'urumqi', type: 'FLIGHTS', status: 'launched' },
    ],
  },
  {
    name: 'stations on both sides of the border, named after the word',
    document: {
      language: 'ru',
      body: 'По обеим сторонам границы сформировались современные станции – Достык и Алашанькоу.',
      mentions: [['Достык', 'dostyk', 'CITY'], ['Алашанькоу', 'alashankou', 'CITY']],
    },
    expected: [{ a: 'alashankou', b: 'dostyk', type: 'OTHER', status: null }],
  },
  {
    name: 'trap: a domestic rail line and a crossing whose other side is unknown',
    document: {
      language: 'ru',
      body: 'Обсудили развитие перехода Достык-Алашанькоу и строительство линии Бахты-Аягоз.',
      mentions: [['Алашанькоу', 'alashankou', 'CITY'], ['Бахты', 'bakhty', 'CITY'], ['Аягоз', 'ayagoz', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a mode-less route word: its route is the destinations after it, its subject the origin',
    document: {
      language: 'ru',
      body: 'Урумчи открыл маршруты в Алматы и Бишкек.',
      mentions: [['Урумчи', 'urumqi', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Бишкек', 'bishkek', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'OTHER', status: 'launched' },
      { a: 'bishkek', b: 'urumqi', type: 'OTHER', status: 'launched' },
    ],
  },
  {
    name: 'trap: places coordinated before a route word name no route',
    document: {
      language: 'ru',
      body: 'Урумчи и Алматы обсудили новые маршруты.',
      mentions: [['Урумчи', 'urumqi', 'CITY'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a route between a place and a macro-region pairs the place with the destinations named beside it',
    document: {
      language: 'ru',
      body: 'Между Урумчи и Центральной Азией открыт уже третий маршрут после рейсов в Алматы и Бишкек.',
      mentions: [['Урумчи', 'urumqi', 'CITY'], ['Центральной Азией', 'central-asia', 'REGION'], ['Алматы', 'almaty', 'CITY'], ['Бишкек', 'bishkek', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: 'launched' }, { a: 'bishkek', b: 'urumqi', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: 'trap: a tie between a place and a macro-region pairs with no merely nearby place',
    document: {
      language: 'ru',
      body: 'Сотрудничество между Синьцзяном и Центральной Азией растёт, заявил аким Алматы.',
      mentions: [['Синьцзяном', 'xinjiang', 'REGION'], ['Центральной Азией', 'central-asia', 'REGION'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: 'an origin with an apposition before "to"',
    document: {
      language: 'en',
      body: "The first flight from Xi'an, northwest China's Shaanxi Province, to Astana took off on Friday.",
      mentions: [["Xi'an", 'xian', 'CITY'], ['China', 'china', 'COUNTRY'], ['Shaanxi Province', 'shaanxi', 'REGION'], ['Astana', 'astana', 'CITY']],
    },
    expected: [{ a: 'astana', b: 'xian', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: '"from X to Y and Z, as well as from W to Y": every route of the sentence',
    document: {
      language: 'en',
      body: "The airline may add flights from Almaty to Urumqi and Xi'an, as well as from Astana to Urumqi.",
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY'], ["Xi'an", 'xian', 'CITY'], ['Astana', 'astana', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: null },
      { a: 'almaty', b: 'xian', type: 'FLIGHTS', status: null },
      { a: 'astana', b: 'urumqi', type: 'FLIGHTS', status: null },
    ],
  },
  {
    name: 'a list of dashed routes',
    document: {
      language: 'en',
      body: 'The carrier is studying the Astana-Hangzhou, Astana-Chengdu and Almaty-Chengdu routes.',
      mentions: [['Astana', 'astana', 'CITY'], ['Hangzhou', 'hangzhou', 'CITY'], ['Astana', 'astana', 'CITY'], ['Chengdu', 'chengdu', 'CITY'], ['Almaty', 'almaty', 'CITY'], ['Chengdu', 'chengdu', 'CITY']],
    },
    expected: [
      { a: 'astana', b: 'hangzhou', type: 'FLIGHTS', status: 'planned' },
      { a: 'astana', b: 'chengdu', type: 'FLIGHTS', status: 'planned' },
      { a: 'almaty', b: 'chengdu', type: 'FLIGHTS', status: 'planned' },
    ],
  },
  {
    name: 'destinations of routes from the origin the sentence names',
    document: {
      language: 'en',
      body: 'It is the third route launched from Lanzhou this year, following routes to Almaty and Bishkek.',
      mentions: [['Lanzhou', 'lanzhou', 'CITY'], ['Almaty', 'almaty', 'CITY'], ['Bishkek', 'bishkek', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'lanzhou', type: 'OTHER', status: 'launched' },
      { a: 'bishkek', b: 'lanzhou', type: 'OTHER', status: 'launched' },
    ],
  },
  {
    name: 'a route list item under an origin in its lead line',
    document: {
      language: 'en',
      body: 'From Shymkent the airline will fly to:\n- Urumqi (China) – from 3 April;\n- Bishkek (Kyrgyzstan) – from 5 May.',
      mentions: [['Shymkent', 'shymkent', 'CITY'], ['Urumqi', 'urumqi', 'CITY'], ['China', 'china', 'COUNTRY'], ['Bishkek', 'bishkek', 'CITY'], ['Kyrgyzstan', 'kyrgyzstan', 'COUNTRY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: 'a bare dashed pair under a transport title is that link',
    document: {
      language: 'en',
      title: 'A second railway link to China opens',
      titleMentions: [['China', 'china', 'COUNTRY']],
      body: 'Thirty years ago the "Dostyk – Alashankou" project was launched.',
      mentions: [['Dostyk', 'dostyk', 'CITY'], ['Alashankou', 'alashankou', 'CITY']],
    },
    expected: [{ a: 'alashankou', b: 'dostyk', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'trap: a bare dashed pair with no transport word anywhere is no route',
    document: {
      language: 'en',
      title: 'Culture days held',
      body: 'The Urumqi – Almaty exhibition drew crowds.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a mode-less route word: its route is the destinations after it, its subject the origin',
    document: {
      language: 'en',
      body: 'Urumqi opened routes to Almaty and Bishkek.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Almaty', 'almaty', 'CITY'], ['Bishkek', 'bishkek', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'urumqi', type: 'OTHER', status: 'launched' },
      { a: 'bishkek', b: 'urumqi', type: 'OTHER', status: 'launched' },
    ],
  },
  {
    name: 'trap: places coordinated before a route word name no route',
    document: {
      language: 'en',
      body: 'Urumqi and Almaty discussed new routes.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a route between a place and a macro-region pairs the place with the destinations named beside it',
    document: {
      language: 'en',
      body: 'It is the third direct route launched between Urumqi and Central Asia this year, following routes to Almaty and Bishkek.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Central Asia', 'central-asia', 'REGION'], ['Almaty', 'almaty', 'CITY'], ['Bishkek', 'bishkek', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'OTHER', status: 'launched' }, { a: 'bishkek', b: 'urumqi', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'trap: a tie between a place and a macro-region pairs with no merely nearby place',
    document: {
      language: 'en',
      body: 'Cooperation between Xinjiang and Central Asia grows, said the mayor of Almaty.',
      mentions: [['Xinjiang', 'xinjiang', 'REGION'], ['Central Asia', 'central-asia', 'REGION'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('routes (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(relationsOf(document)).toEqual(expected);
  });
});
