import { describe, expect, test } from 'vitest';
import { relationsOf, TEST_PLACE_ROWS, TEST_RELATION_FACTS, type RelationCase } from '@/lib/testing/relation-cases';
import { contains, createRelationFacts, pairAllowed } from './relation-facts';

describe('pairAllowed: places of two countries, one in China, neither inside the other', () => {
  test.each<[string, string, string, boolean, boolean]>([
    ['a Kazakh and a Chinese city', 'almaty', 'shanghai', true, true],
    ['a Kazakh region and a Chinese province', 'aktobe-region', 'shanxi', true, true],
    ['a Kyrgyz and a Chinese city', 'bishkek', 'xian', true, true],
    ['two Kazakh cities', 'almaty', 'astana', true, false],
    ['two Chinese cities', 'beijing', 'shanghai', true, false],
    ['a Kazakh and a Kyrgyz city (no side in China)', 'almaty', 'bishkek', true, false],
    ['a city and the province containing it', 'xian', 'shaanxi', true, false],
    ['a prefecture-level city and its autonomous region', 'yining', 'xinjiang', true, false],
    ['a Kazakh city and its region', 'konaev', 'almaty-region', true, false],
    ['a place and a macro-region of no country', 'xian', 'central-asia', true, false],
    ['a place and itself', 'urumqi', 'urumqi', true, false],
    ['a candidate and a Chinese city, both named by the phrase', 'candidate-city-altynkol', 'urumqi', true, true],
    ['a candidate and a Chinese city, the city guessed', 'candidate-city-altynkol', 'urumqi', false, false],
    ['a candidate and a Kazakh city', 'candidate-city-altynkol', 'khorgos', true, false],
    ['two candidates', 'candidate-city-altynkol', 'candidate-city-zhetygen', true, false],
  ])('%s', (_name, a, b, explicit, allowed) => {
    expect(pairAllowed(TEST_RELATION_FACTS, a, b, explicit)).toBe(allowed);
    expect(pairAllowed(TEST_RELATION_FACTS, b, a, explicit)).toBe(allowed);
  });

  test('the scope is a setting: with Kazakhstan as the anchor, Kazakh–Kyrgyz ties count and domestic ones still do not', () => {
    const facts = createRelationFacts(TEST_PLACE_ROWS, { anchorCountries: ['KZ'] });
    expect(pairAllowed(facts, 'almaty', 'bishkek', true)).toBe(true);
    expect(pairAllowed(facts, 'almaty', 'astana', true)).toBe(false);
    expect(pairAllowed(facts, 'urumqi', 'xian', true)).toBe(false);
  });

  test.each<[string, string, boolean]>([
    ['xinjiang', 'urumqi', true],
    ['china', 'urumqi', true],
    ['kazakhstan', 'konaev', true],
    ['almaty-region', 'almaty', false],
    ['urumqi', 'xinjiang', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(contains(TEST_RELATION_FACTS, outer, inner)).toBe(expected);
  });
});

const KK_CASES: RelationCase[] = [
  {
    name: 'two Kazakh cities called «бауырлас» are not a relation of ours',
    document: {
      language: 'kk',
      body: 'Алматы мен Астана бауырлас қалалар ретінде тәжірибе алмасады.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Астана', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a Kazakh and a Chinese city are sister cities',
    document: {
      language: 'kk',
      body: 'Алматы мен Үрімжі 1993 жылдан бері бауырлас қалалар.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: 'a city and the region containing it are never a pair',
    document: {
      language: 'kk',
      body: 'Үрімжі мен Шыңжаң арасындағы ынтымақтастық жыл сайын артып келеді.',
      mentions: [['Үрімжі', 'urumqi', 'CITY'], ['Шыңжаң', 'xinjiang', 'REGION']],
    },
    expected: [],
  },
  {
    name: 'flights to a third country are out of scope',
    document: {
      language: 'kk',
      body: 'Шымкент пен Бішкек арасындағы әуе рейстері көбейді.',
      mentions: [['Шымкент', 'shymkent', 'CITY'], ['Бішкек', 'bishkek', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a province named with its country in the genitive is one place («Қытайдың Шэньси провинциясы»)',
    document: {
      language: 'kk',
      body: 'Қытайдың Шэньси провинциясы мен Ақтөбе облысы ынтымақтастық туралы меморандумға қол қойды.',
      mentions: [['Қытайдың', 'china', 'COUNTRY'], ['Шэньси провинциясы', 'shaanxi', 'REGION'], ['Ақтөбе облысы', 'aktobe-region', 'REGION']],
    },
    expected: [{ a: 'aktobe-region', b: 'shaanxi', type: 'AGREEMENT', status: 'signed' }],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: 'a city and its province signing together are not a pair',
    document: {
      language: 'ru',
      body: 'Нанкин и провинция Цзянсу подписали соглашение о развитии туризма.',
      mentions: [['Нанкин', 'nanjing', 'CITY'], ['провинция Цзянсу', 'jiangsu', 'REGION']],
    },
    expected: [],
  },
  {
    name: 'a Kazakh and a Chinese city become sister cities',
    document: {
      language: 'ru',
      body: 'Актобе и Шанхай стали городами-побратимами.',
      mentions: [['Актобе', 'aktobe', 'CITY'], ['Шанхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'aktobe', b: 'shanghai', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: 'a domestic flight is out of scope',
    document: {
      language: 'ru',
      body: 'Открыт новый рейс Алматы – Астана.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Астана', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a place in brackets is where the place before it lies, not a partner («Хоргос /СУАР/»)',
    document: {
      language: 'ru',
      body: 'Через переход Хоргос (Синьцзян) прошли тысячи грузовиков.',
      mentions: [['Хоргос', 'khorgos', 'CITY'], ['Синьцзян', 'xinjiang', 'REGION']],
    },
    expected: [],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: 'two Kazakh cities as "sister cities" are not a relation of ours',
    document: {
      language: 'en',
      body: 'Almaty and Astana became sister cities of a kind, sharing festivals.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Astana', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a Kyrgyz and a Chinese city: a tie with one side in China',
    document: {
      language: 'en',
      body: "Bishkek and Xi'an signed a sister-city agreement.",
      mentions: [['Bishkek', 'bishkek', 'CITY'], ["Xi'an", 'xian', 'CITY']],
    },
    expected: [{ a: 'bishkek', b: 'xian', type: 'SISTER_CITIES', status: 'signed' }],
  },
  {
    name: 'a city and its region are never a pair',
    document: {
      language: 'en',
      body: 'Cooperation between Urumqi and Xinjiang keeps growing.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Xinjiang', 'xinjiang', 'REGION']],
    },
    expected: [],
  },
  {
    name: 'a rail link between a candidate place and a Chinese city, both named, counts',
    document: {
      language: 'en',
      body: 'A rail link between Altynkol and Urumqi was opened.',
      mentions: [['Altynkol', 'candidate-city-altynkol', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'candidate-city-altynkol', b: 'urumqi', type: 'OTHER', status: 'launched' }],
  },
  {
    name: 'a candidate place and a Kazakh city: no country to tell, no relation',
    document: {
      language: 'en',
      body: 'A rail link between Altynkol and Khorgos was opened.',
      mentions: [['Altynkol', 'candidate-city-altynkol', 'CITY'], ['Khorgos', 'khorgos', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a candidate place is never paired with a guessed side (the focus)',
    document: {
      language: 'en',
      body: 'Urumqi hosted a fair. Urumqi officials met guests. They discussed cooperation with Altynkol.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Urumqi', 'urumqi', 'CITY'], ['Altynkol', 'candidate-city-altynkol', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a place name starting an organisation\'s name is not a side ("Astana International University")',
    document: {
      language: 'en',
      title: 'Beijing university opens a branch in Astana',
      titleMentions: [['Beijing', 'beijing', 'CITY'], ['Astana', 'astana', 'CITY']],
      body: 'Astana International University signed an agreement with the university.',
      mentions: [['Astana', 'astana', 'CITY']],
    },
    expected: [],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('relations in scope (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(relationsOf(document)).toEqual(expected);
  });
});
