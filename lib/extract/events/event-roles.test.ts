import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import type { EventRoles, EventType } from '../types';
import { extractEvents } from './extract-events';

/**
 * A trigger is a phrase with its object: what opened, which route, who received whom. In test
 * documents an entity's English name is its key (see `buildTestAnalysis`), so carriers and
 * facilities are recognised by keys shaped like their English names ("air-astana", "consulate-…").
 */
interface RoleCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; roles: EventRoles; first: boolean }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, roles, first }) => ({ type, roles, first }));
}

const none = { actors: [], places: [], object: null, route: null, carrier: null } satisfies EventRoles;

const KK_CASES: RoleCase[] = [
  {
    name: 'what opened is the object, where it opened a place',
    document: {
      language: 'kk',
      body: 'Гуанчжоуда Қазақстанның Бас консулдығы салтанатты түрде ашылды.',
      mentions: [['Гуанчжоуда', 'guangzhou', 'CITY'], ['Қазақстанның Бас консулдығы', 'consulate-general-kazakhstan-guangzhou', 'ORGANIZATION']],
    },
    expected: [{ type: 'OPENING', roles: { ...none, places: ['guangzhou'], object: 'consulate-general-kazakhstan-guangzhou' }, first: false }],
  },
  {
    name: 'a first flight from one city to another: route from the ablative to the dative, carrier by its name',
    document: {
      language: 'kk',
      body: 'Air Astana Шымкенттен Үрімжіге алғашқы тікелей әуе рейсін 5 наурызда бастайды.',
      mentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Шымкенттен', 'shymkent', 'CITY'], ['Үрімжіге', 'urumqi', 'CITY']],
      temporals: [['5 наурызда', '2026-03-05']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', roles: { ...none, route: { from: 'shymkent', to: 'urumqi' }, carrier: 'air-astana' }, first: true }],
  },
  {
    name: 'who received whom: the akim acts, the province is a place',
    document: {
      language: 'kk',
      body: 'Алматы облысының әкімі Марат Сұлтанғазиев Шэньси провинциясының делегациясын қабылдады.',
      mentions: [
        ['Алматы облысының', 'almaty-region', 'REGION'],
        ['Марат Сұлтанғазиев', 'sultangaziyev', 'PERSON'],
        ['Шэньси провинциясының', 'shaanxi', 'REGION'],
      ],
    },
    expected: [{ type: 'MEETING', roles: { ...none, actors: ['sultangaziyev'], places: ['almaty-region', 'shaanxi'] }, first: false }],
  },
  {
    name: 'a train named by its route in quotes',
    document: {
      language: 'kk',
      body: '"Сиань – Алматы" бағытындағы алғашқы туристік пойыз Алматыға келіп жетті.',
      mentions: [['Сиань', 'xian', 'CITY'], ['Алматы', 'almaty', 'CITY'], ['Алматыға', 'almaty', 'CITY']],
    },
    expected: [{ type: 'OTHER', roles: { ...none, route: { from: 'xian', to: 'almaty' } }, first: true }],
  },
  {
    name: 'trap: a page that opens is a figure of speech, and «бұл кездесу» points back to nothing',
    document: {
      language: 'kk',
      body: 'Бұл кездесу Астана мен Бейжің қарым-қатынасында жаңа бет ашты.',
      mentions: [['Астана', 'astana', 'CITY'], ['Бейжің', 'beijing', 'CITY']],
    },
    expected: [],
  },
];

const RU_CASES: RoleCase[] = [
  {
    name: 'the consulate that opened is the object',
    document: {
      language: 'ru',
      body: 'В Гуанчжоу открылось Генеральное консульство Казахстана.',
      mentions: [['Гуанчжоу', 'guangzhou', 'CITY'], ['Генеральное консульство Казахстана', 'consulate-general-kazakhstan-guangzhou', 'ORGANIZATION']],
    },
    expected: [{ type: 'OPENING', roles: { ...none, places: ['guangzhou'], object: 'consulate-general-kazakhstan-guangzhou' }, first: false }],
  },
  {
    name: '«из X в Y» is a route; the airline named next to «авиакомпания» is the carrier',
    document: {
      language: 'ru',
      body: 'Авиакомпания SCAT запустит первый рейс из Урумчи в Шымкент 1 апреля.',
      mentions: [['SCAT', 'scat', 'ORGANIZATION'], ['Урумчи', 'urumqi', 'CITY'], ['Шымкент', 'shymkent', 'CITY']],
      temporals: [['1 апреля', '2026-04-01']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', roles: { ...none, route: { from: 'urumqi', to: 'shymkent' }, carrier: 'scat' }, first: true }],
  },
  {
    name: 'who received whom',
    document: {
      language: 'ru',
      body: 'Аким Алматы Ерболат Досаев принял делегацию провинции Шэньси.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Ерболат Досаев', 'dosaev', 'PERSON'], ['провинции Шэньси', 'shaanxi', 'REGION']],
    },
    expected: [{ type: 'MEETING', roles: { ...none, actors: ['dosaev'], places: ['almaty', 'shaanxi'] }, first: false }],
  },
  {
    name: 'a dash between two places is a route; a railway is no object entity',
    document: {
      language: 'ru',
      body: 'Вторые пути на участке Достык – Мойынты введены в эксплуатацию.',
      mentions: [['Достык', 'dostyk', 'CITY'], ['Мойынты', 'moiynty', 'CITY']],
    },
    expected: [{ type: 'OPENING', roles: { ...none, route: { from: 'dostyk', to: 'moiynty' } }, first: false }],
  },
  {
    name: 'trap: «принял участие» is taking part, not receiving a guest',
    document: {
      language: 'ru',
      body: 'Аким Павлодара принял участие в заседании правительства.',
      mentions: [['Павлодара', 'pavlodar', 'CITY']],
    },
    expected: [],
  },
];

const EN_CASES: RoleCase[] = [
  {
    name: 'the opening of a consulate: the consulate is the object',
    document: {
      language: 'en',
      body: 'The Consulate General of Kazakhstan in Guangzhou was opened on 5 February.',
      mentions: [['Consulate General of Kazakhstan in Guangzhou', 'consulate-general-kazakhstan-guangzhou', 'ORGANIZATION']],
      temporals: [['on 5 February', '2026-02-05']],
    },
    expected: [{ type: 'OPENING', roles: { ...none, object: 'consulate-general-kazakhstan-guangzhou' }, first: false }],
  },
  {
    name: '"from X to Y", a maiden flight, the airline by the shape of its name',
    document: {
      language: 'en',
      body: 'Air Astana will launch its maiden flight from Almaty to Shenzhen on 2 June.',
      mentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Almaty', 'almaty', 'CITY'], ['Shenzhen', 'shenzhen', 'CITY']],
      temporals: [['on 2 June', '2026-06-02']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', roles: { ...none, route: { from: 'almaty', to: 'shenzhen' }, carrier: 'air-astana' }, first: true }],
  },
  {
    name: 'a workshop launched at a university: the university is where, not what',
    document: {
      language: 'en',
      body: 'A new Luban Workshop was launched at the Eurasian National University in Astana.',
      mentions: [['Eurasian National University', 'eurasian-national-university', 'ORGANIZATION'], ['Astana', 'astana', 'CITY']],
    },
    expected: [{ type: 'OPENING', roles: { ...none, actors: ['eurasian-national-university'], places: ['astana'] }, first: false }],
  },
  {
    name: 'who signed: both parties act',
    document: {
      language: 'en',
      body: 'Karaganda and Wuhan signed a memorandum on trade in 2025.',
      mentions: [['Karaganda', 'karaganda', 'CITY'], ['Wuhan', 'wuhan', 'CITY']],
      temporals: [['in 2025', '2025']],
    },
    expected: [{ type: 'AGREEMENT', roles: { ...none, places: ['karaganda', 'wuhan'] }, first: false }],
  },
  {
    name: 'trap: "opened a new page" opens nothing',
    document: {
      language: 'en',
      body: 'The talks between Almaty and Urumqi opened a new page in relations.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('event roles (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});

describe('event entities', () => {
  test('are the union of the roles, in the order the text names them', () => {
    const [event] = extractEvents(
      buildTestAnalysis({
        language: 'en',
        body: 'China Southern Airlines launched a new flight from Urumqi to Astana on 16 February.',
        mentions: [['China Southern Airlines', 'china-southern-airlines', 'ORGANIZATION'], ['Urumqi', 'urumqi', 'CITY'], ['Astana', 'astana', 'CITY']],
        temporals: [['on 16 February', '2026-02-16']],
      }),
      TEST_RELATION_FACTS,
    );
    expect(event?.entities).toEqual(['china-southern-airlines', 'urumqi', 'astana']);
    expect(event?.roles).toEqual({ ...none, route: { from: 'urumqi', to: 'astana' }, carrier: 'china-southern-airlines' });
  });
});
