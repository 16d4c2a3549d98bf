import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import type { EventStatus, EventType } from '../types';
import { extractEvents } from './extract-events';

/**
 * Event types by class: PLAN (a plan, construction planned), OPENING (a facility opened or
 * launched), FLIGHT_LAUNCH, AGREEMENT, VISIT (arriving somewhere) vs MEETING (a guest received),
 * CONFERENCE (an exhibition only when it takes place), OTHER (a construction start, a train, a
 * contest, an anniversary, an open day); status relative to publication (2026-02-19).
 */
interface TypeCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; status: EventStatus }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, status }) => ({ type, status }));
}

const KK_CASES: TypeCase[] = [
  {
    name: 'a planned construction is a plan («жоспарланып отыр»)',
    document: {
      language: 'kk',
      body: 'Ақтауда жаңа теңіз портын салу жоспарланып отыр.',
      mentions: [['Ақтауда', 'aktau', 'CITY']],
    },
    expected: [{ type: 'PLAN', status: 'planned' }],
  },
  {
    name: 'the start of a construction is OTHER',
    document: {
      language: 'kk',
      body: 'Абай облысында Бақты – Аягөз теміржолының құрылысы басталды.',
      mentions: [['Абай облысында', 'abai-region', 'REGION'], ['Бақты', 'bakhty', 'CITY'], ['Аягөз', 'ayagoz', 'CITY']],
    },
    expected: [{ type: 'OTHER', status: 'held' }],
  },
  {
    name: 'an embassy that opened its doors held an open day, not an opening',
    document: {
      language: 'kk',
      body: 'Астанадағы Қытай елшілігі алғаш рет қазақстандықтарға өз есігін ашты.',
      mentions: [['Астанадағы', 'astana', 'CITY'], ['Қытай', 'china', 'COUNTRY']],
    },
    expected: [{ type: 'OTHER', status: 'held' }],
  },
  {
    name: 'a delegation received by the akim is a meeting',
    document: {
      language: 'kk',
      body: 'Павлодар облысының әкімі Хэнань провинциясының делегациясын қабылдады.',
      mentions: [['Павлодар облысының', 'pavlodar-region', 'REGION'], ['Хэнань провинциясының', 'henan', 'REGION']],
    },
    expected: [{ type: 'MEETING', status: 'held' }],
  },
  {
    name: 'a contest that took place is OTHER',
    document: {
      language: 'kk',
      body: 'Сиань қаласында қытайлық студенттер арасында қазақ тілі сайысы өтті.',
      mentions: [['Сиань қаласында', 'xian', 'CITY']],
    },
    expected: [{ type: 'OTHER', status: 'held' }],
  },
  {
    name: 'trap: an exhibition described is no conference',
    document: {
      language: 'kk',
      body: 'Көрмеде Қытайдың заманауи автокөліктері таныстырылды.',
      mentions: [['Қытайдың', 'china', 'COUNTRY']],
    },
    expected: [],
  },
];

const RU_CASES: TypeCase[] = [
  {
    name: 'a delegation that arrived is a visit',
    document: {
      language: 'ru',
      body: 'В Павлодар прибыла делегация провинции Хэнань.',
      mentions: [['Павлодар', 'pavlodar', 'CITY'], ['провинции Хэнань', 'henan', 'REGION']],
    },
    expected: [{ type: 'VISIT', status: 'held' }],
  },
  {
    name: 'a decision to invest in a hub is a plan',
    document: {
      language: 'ru',
      body: 'Руководство Синьцзяна приняло решение об инвестировании в строительство логистического хаба в Алматы.',
      mentions: [['Синьцзяна', 'xinjiang', 'REGION'], ['Алматы', 'almaty', 'CITY']],
    },
    expected: [{ type: 'PLAN', status: 'planned' }],
  },
  {
    name: 'a station preparing to mark its anniversary: a planned OTHER',
    document: {
      language: 'ru',
      body: 'Станция Достык готовится отметить 35-летний юбилей.',
      mentions: [['Достык', 'dostyk', 'CITY']],
    },
    expected: [{ type: 'OTHER', status: 'planned' }],
  },
  {
    name: 'an exhibition that opens is a conference',
    document: {
      language: 'ru',
      body: 'В Шанхае 5 марта откроется выставка казахстанских товаров.',
      mentions: [['Шанхае', 'shanghai', 'CITY']],
      temporals: [['5 марта', '2026-03-05']],
    },
    expected: [{ type: 'CONFERENCE', status: 'planned' }],
  },
  {
    name: 'trap: an anniversary that is only mentioned is no event',
    document: {
      language: 'ru',
      body: 'Отношения Казахстана и Китая подошли к своему юбилею.',
      mentions: [['Казахстана', 'kazakhstan', 'COUNTRY'], ['Китая', 'china', 'COUNTRY']],
    },
    expected: [],
  },
];

const EN_CASES: TypeCase[] = [
  {
    name: 'flights that open are a flight launch, not an opening',
    document: {
      language: 'en',
      body: 'New flights between Almaty and Sanya opened on 2 February.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Sanya', 'sanya', 'CITY']],
      temporals: [['on 2 February', '2026-02-02']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', status: 'held' }],
  },
  {
    name: 'a branch campus established is an opening',
    document: {
      language: 'en',
      body: 'A branch campus of a Beijing university has been established in Astana.',
      mentions: [['Beijing', 'beijing', 'CITY'], ['Astana', 'astana', 'CITY']],
    },
    expected: [{ type: 'OPENING', status: 'held' }],
  },
  {
    name: 'a memorandum signed is an agreement',
    document: {
      language: 'en',
      body: 'The akimat of Pavlodar and Henan province signed a memorandum of cooperation.',
      mentions: [['Pavlodar', 'pavlodar', 'CITY'], ['Henan', 'henan', 'REGION']],
    },
    expected: [{ type: 'AGREEMENT', status: 'held' }],
  },
  {
    name: 'a launch the talks were about is still to come',
    document: {
      language: 'en',
      body: 'Key topics included the launch of a new logistics terminal in Almaty.',
      mentions: [['Almaty', 'almaty', 'CITY']],
    },
    expected: [{ type: 'OPENING', status: 'planned' }],
  },
  {
    name: 'trap: launching a visa-free regime opens no facility',
    document: {
      language: 'en',
      body: 'Kazakhstan and China launched a visa-free regime in November 2023.',
      mentions: [['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['China', 'china', 'COUNTRY']],
      temporals: [['in November 2023', '2023-11']],
    },
    expected: [],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('event types and status (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});
