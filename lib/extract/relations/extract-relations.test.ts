import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import type { RelationStatus, RelationType } from '../types';
import { extractRelations } from './extract-relations';

interface RelationCase {
  name: string;
  document: TestDocument;
  expected: { a: string; b: string; type: RelationType; status: RelationStatus | null }[];
}

function run(document: TestDocument) {
  return extractRelations(buildTestAnalysis(document)).map(({ a, b, type, status }) => ({ a, b, type, status }));
}

const KK_CASES: RelationCase[] = [
  {
    name: 'coordinated places before «бауырлас»',
    document: {
      language: 'kk',
      body: 'Алматы мен Шаңхай 2014 жылдан бері бауырлас қалалар.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: 'flights between two cities proposed to increase',
    document: {
      language: 'kk',
      body: 'Әкім Астана мен Үрімжі арасындағы әуе рейстерін көбейтуді ұсынды.',
      mentions: [['Астана', 'astana', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'astana', b: 'urumqi', type: 'FLIGHTS', status: 'proposed' }],
  },
  {
    name: 'a single place pairs with the focus place when the sentence names no other place',
    document: {
      language: 'kk',
      body: 'Шаңхайда қазақстандық кәсіпкерлер форумы өтті. Форумда Ақтау қаласымен ынтымақтастық туралы айтылды.',
      mentions: [['Шаңхайда', 'shanghai', 'CITY'], ['Ақтау қаласымен', 'aktau', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'shanghai', type: 'COOPERATION', status: null }],
  },
  {
    name: 'a single place does not pair with an absent focus when another place is named',
    document: {
      language: 'kk',
      body: 'Шаңхай мэрі Шаңхай туралы айтты. Ақтау қаласымен ынтымақтастық туралы келіссөздер кейін Қостанайда жалғасады.',
      mentions: [['Шаңхай', 'shanghai', 'CITY'], ['Шаңхай', 'shanghai', 'CITY'], ['Ақтау қаласымен', 'aktau', 'CITY'], ['Қостанайда', 'kostanay', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a country pair owns the relation word: no place relation',
    document: {
      language: 'kk',
      body: 'Қазақстан мен Қытай арасындағы ынтымақтастық Астанада талқыланды.',
      mentions: [['Қазақстан', 'kazakhstan', 'COUNTRY'], ['Қытай', 'china', 'COUNTRY'], ['Астанада', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'one sentence with a sister-city pair and, in a later clause, cooperation with a third city',
    document: {
      language: 'kk',
      body: 'Алматы мен Шаңхай бауырлас қалалар, сондай-ақ Шаңхай Астанамен ынтымақтастықты дамытып келеді.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY'], ['Шаңхай', 'shanghai', 'CITY'], ['Астанамен', 'astana', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null },
      { a: 'astana', b: 'shanghai', type: 'COOPERATION', status: null },
    ],
  },
  {
    name: 'regions sign an agreement',
    document: {
      language: 'kk',
      body: 'Павлодар облысы мен Хэнань провинциясы арасындағы келісімге қол қойылды.',
      mentions: [['Павлодар облысы', 'pavlodar-region', 'REGION'], ['Хэнань провинциясы', 'henan', 'REGION']],
    },
    expected: [{ a: 'henan', b: 'pavlodar-region', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: 'a direct flight launched',
    document: {
      language: 'kk',
      body: 'Шымкент пен Үрімжі арасындағы тікелей әуе рейсі іске қосылды.',
      mentions: [['Шымкент', 'shymkent', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: "a visit ties the visitor's home and the destination",
    document: {
      language: 'kk',
      body: 'Ақтөбе облысының әкімі Синьцзянға сапармен барды.',
      mentions: [['Ақтөбе облысының', 'aktobe-region', 'REGION'], ['Синьцзянға', 'xinjiang', 'REGION']],
    },
    expected: [{ a: 'aktobe-region', b: 'xinjiang', type: 'VISIT', status: null }],
  },
  {
    name: 'two coordinated destinations of one visit each pair with the visitor’s city, not with each other',
    document: {
      language: 'kk',
      body: 'Шаңхай мэрі Алматы және Астана қалаларына сапар жасауды ұсынды.',
      mentions: [['Шаңхай', 'shanghai', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Астана', 'astana', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'shanghai', type: 'VISIT', status: 'proposed' },
      { a: 'astana', b: 'shanghai', type: 'VISIT', status: 'proposed' },
    ],
  },
  {
    name: '«Шаңхай ынтымақтастық ұйымы» is a name, not cooperation',
    document: {
      language: 'kk',
      body: 'Шаңхай ынтымақтастық ұйымының саммиті Астанада өтеді.',
      mentions: [['Шаңхай', 'shanghai', 'CITY'], ['Астанада', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: '«Алматыдан Шаңхайға» links the two cities of a planned flight',
    document: {
      language: 'kk',
      body: 'Алматыдан Шаңхайға тікелей рейстер жоспарлануда.',
      mentions: [['Алматыдан', 'almaty', 'CITY'], ['Шаңхайға', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: '«байланысты» ("in connection with") is not a tie',
    document: {
      language: 'kk',
      body: 'Осыған байланысты Алматы мен Шаңхай әкімдері хат алмасты.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a relation told twice keeps one entry, the one with a status',
    document: {
      language: 'kk',
      body: 'Алматы мен Шаңхай бауырлас қалалар. 2014 жылы Алматы мен Шаңхай бауырлас қалалар туралы келісімге қол қойды.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: 'signed' },
      { a: 'almaty', b: 'shanghai', type: 'AGREEMENT', status: 'signed' },
    ],
  },
  {
    name: '«өңір» standing for the region named before pairs with the coordinated place',
    document: {
      language: 'kk',
      body: 'Ақтөбе облысының әкімі Үрімжіге барды. Ол өңір мен Синьцзян арасындағы ынтымақтастықты атап өтті.',
      mentions: [['Ақтөбе облысының', 'aktobe-region', 'REGION'], ['Үрімжіге', 'urumqi', 'CITY'], ['Синьцзян', 'xinjiang', 'REGION']],
    },
    expected: [{ a: 'aktobe-region', b: 'xinjiang', type: 'COOPERATION', status: null }],
  },
];

const RU_CASES: RelationCase[] = [
  {
    name: 'coordinated places before «городами-побратимами»',
    document: {
      language: 'ru',
      body: 'Алматы и Шанхай являются городами-побратимами с 2014 года.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: '«между X и Y» after the trigger, with more flights proposed',
    document: {
      language: 'ru',
      body: 'Стороны предложили увеличить число рейсов между Астаной и Урумчи.',
      mentions: [['Астаной', 'astana', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'astana', b: 'urumqi', type: 'FLIGHTS', status: 'proposed' }],
  },
  {
    name: 'a single place pairs with the focus place when the sentence names no other place',
    document: {
      language: 'ru',
      body: 'В Шанхае прошел деловой форум. Аким обсудил сотрудничество с Актау.',
      mentions: [['Шанхае', 'shanghai', 'CITY'], ['Актау', 'aktau', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'shanghai', type: 'COOPERATION', status: null }],
  },
  {
    name: 'a country pair owns the relation word: no place relation',
    document: {
      language: 'ru',
      body: 'Соглашение между Казахстаном и Китаем подписано в Астане.',
      mentions: [['Казахстаном', 'kazakhstan', 'COUNTRY'], ['Китаем', 'china', 'COUNTRY'], ['Астане', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a sister-city pair and, in a later clause, cooperation with a third city',
    document: {
      language: 'ru',
      body: 'Алматы и Шанхай — города-побратимы, а Шанхай также развивает сотрудничество с Астаной.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY'], ['Шанхай', 'shanghai', 'CITY'], ['Астаной', 'astana', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null },
      { a: 'astana', b: 'shanghai', type: 'COOPERATION', status: null },
    ],
  },
  {
    name: 'a memorandum signed by two cities',
    document: {
      language: 'ru',
      body: 'Караганда и Ухань подписали меморандум.',
      mentions: [['Караганда', 'karaganda', 'CITY'], ['Ухань', 'wuhan', 'CITY']],
    },
    expected: [{ a: 'karaganda', b: 'wuhan', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: '«из Алматы в Сиань» with a flight opened',
    document: {
      language: 'ru',
      body: 'Открыт прямой рейс из Алматы в Сиань.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Сиань', 'xian', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xian', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: 'a future visit ties the visitor’s city and the destination, planned',
    document: {
      language: 'ru',
      body: 'Мэр Шанхая Гун Чжэн посетит Алматы.',
      mentions: [['Шанхая', 'shanghai', 'CITY'], ['Гун Чжэн', 'gong-zheng', 'PERSON'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'VISIT', status: 'planned' }],
  },
  {
    name: 'a planned opening of flights is planned, not launched',
    document: {
      language: 'ru',
      body: 'Планируется открытие авиасообщения между Шымкентом и Урумчи.',
      mentions: [['Шымкентом', 'shymkent', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: '«Шанхайская организация сотрудничества» is a name, not cooperation',
    document: {
      language: 'ru',
      body: 'Саммит Шанхайской организации сотрудничества пройдет в Астане.',
      mentions: [['Шанхайской', 'shanghai', 'CITY'], ['Астане', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: '«в связи с» is not a tie, the visit is',
    document: {
      language: 'ru',
      body: 'В связи с визитом делегации Алматы в Шанхай усилены меры.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'VISIT', status: null }],
  },
  {
    name: 'cities that «породнились»',
    document: {
      language: 'ru',
      body: 'В 2014 году Алматы и Шанхай породнились.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: 'flights that an airline «запустит» are planned, not launched',
    document: {
      language: 'ru',
      body: 'Авиакомпания запустит рейсы Алматы – Чжэнчжоу.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Чжэнчжоу', 'zhengzhou', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'zhengzhou', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: '«город» standing for the city named before pairs with the coordinated place',
    document: {
      language: 'ru',
      body: 'Аким Шымкента провел встречу. Он отметил, что город и Ланьчжоу развивают партнерство.',
      mentions: [['Шымкента', 'shymkent', 'CITY'], ['Ланьчжоу', 'lanzhou', 'CITY']],
    },
    expected: [{ a: 'lanzhou', b: 'shymkent', type: 'COOPERATION', status: null }],
  },
];

const EN_CASES: RelationCase[] = [
  {
    name: 'coordinated places before "sister cities"',
    document: {
      language: 'en',
      body: 'Almaty and Shanghai have been sister cities since 2014.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: '"between X and Y" after the trigger, more flights proposed',
    document: {
      language: 'en',
      body: 'The consul proposed increasing flights between Almaty and Shanghai.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'shanghai', type: 'FLIGHTS', status: 'proposed' }],
  },
  {
    name: 'a single place pairs with the focus place when the sentence names no other place',
    document: {
      language: 'en',
      body: 'Urumqi hosted a trade fair on Monday. Officials discussed cooperation with Aktau.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Aktau', 'aktau', 'CITY']],
    },
    expected: [{ a: 'aktau', b: 'urumqi', type: 'COOPERATION', status: null }],
  },
  {
    name: 'a country pair owns the relation word: no place relation',
    document: {
      language: 'en',
      body: 'Kazakhstan and China signed an agreement on trade in Astana.',
      mentions: [['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['China', 'china', 'COUNTRY'], ['Astana', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'twin cities and, in a later clause, planned ties with a third city',
    document: {
      language: 'en',
      body: 'Almaty and Shanghai are twin cities, and Shanghai also plans closer ties with Astana.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY'], ['Shanghai', 'shanghai', 'CITY'], ['Astana', 'astana', 'CITY']],
    },
    expected: [
      { a: 'almaty', b: 'shanghai', type: 'SISTER_CITIES', status: null },
      { a: 'astana', b: 'shanghai', type: 'COOPERATION', status: 'planned' },
    ],
  },
  {
    name: 'a memorandum signed by two cities',
    document: {
      language: 'en',
      body: 'Karaganda and Wuhan signed a memorandum on Friday.',
      mentions: [['Karaganda', 'karaganda', 'CITY'], ['Wuhan', 'wuhan', 'CITY']],
    },
    expected: [{ a: 'karaganda', b: 'wuhan', type: 'AGREEMENT', status: 'signed' }],
  },
  {
    name: '"from X to Y" flights launched',
    document: {
      language: 'en',
      body: 'Air Astana launched direct flights from Astana to Urumqi.',
      mentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Astana', 'astana', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'astana', b: 'urumqi', type: 'FLIGHTS', status: 'launched' }],
  },
  {
    name: "a past visit ties the visitor's region and the destination",
    document: {
      language: 'en',
      body: 'The governor of Xinjiang visited Almaty last week.',
      mentions: [['Xinjiang', 'xinjiang', 'REGION'], ['Almaty', 'almaty', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'xinjiang', type: 'VISIT', status: null }],
  },
  {
    name: 'a dash joins the two cities of a route',
    document: {
      language: 'en',
      body: 'Passenger numbers on the Almaty–Urumqi flights grew.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'FLIGHTS', status: null }],
  },
  {
    name: '"Shanghai Cooperation Organization" is a name, not cooperation',
    document: {
      language: 'en',
      body: 'The Shanghai Cooperation Organization summit will be held in Astana.',
      mentions: [['Shanghai', 'shanghai', 'CITY'], ['Astana', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'flights that will be launched are planned',
    document: {
      language: 'en',
      body: 'The airlines will launch flights between Shymkent and Urumqi in April.',
      mentions: [['Shymkent', 'shymkent', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: 'planned' }],
  },
  {
    name: 'a possessive place and a place after "with" around the trigger',
    document: {
      language: 'en',
      body: "Almaty's partnership with Chengdu keeps growing.",
      mentions: [['Almaty', 'almaty', 'CITY'], ['Chengdu', 'chengdu', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'chengdu', type: 'COOPERATION', status: null }],
  },
  {
    name: 'a proposal to launch flights is proposed, not launched',
    document: {
      language: 'en',
      body: 'The consul proposed to launch direct flights between Shymkent and Urumqi.',
      mentions: [['Shymkent', 'shymkent', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'shymkent', b: 'urumqi', type: 'FLIGHTS', status: 'proposed' }],
  },
  {
    name: 'a status word in the next clause does not apply',
    document: {
      language: 'en',
      body: 'Almaty and Urumqi have been sister cities since 2008, and the akim proposed new projects.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ a: 'almaty', b: 'urumqi', type: 'SISTER_CITIES', status: null }],
  },
  {
    name: '"the region" standing for the region named before pairs with the coordinated place',
    document: {
      language: 'en',
      body: 'The akim of the Pavlodar Region arrived in Zhengzhou. He said the region and Henan want closer ties.',
      mentions: [['Pavlodar Region', 'pavlodar-region', 'REGION'], ['Zhengzhou', 'zhengzhou', 'CITY'], ['Henan', 'henan', 'REGION']],
    },
    expected: [{ a: 'henan', b: 'pavlodar-region', type: 'COOPERATION', status: null }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('extractRelations (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});

test('the evidence is the sentence, with its offsets in the body', () => {
  const body = 'Trade grew. Almaty and Shanghai are sister cities.';
  const [relation] = extractRelations(
    buildTestAnalysis({ language: 'en', body, mentions: [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']] }),
  );
  expect(relation?.evidence).toBe('Almaty and Shanghai are sister cities.');
  expect(relation?.evidenceIn).toBe('body');
  expect(body.slice(relation?.evidenceStart, relation?.evidenceEnd)).toBe(relation?.evidence);
});
