import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import type { EventStatus, EventType } from '../types';
import { extractEvents } from './extract-events';

/**
 * Statistics, durations, generic statements, possibilities weighed and opinions are no events; the
 * traps are real events told with the same words. Published on 2026-02-19.
 */
interface NonEventCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; value: string | null; status: EventStatus }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, value, status }) => ({ type, value, status }));
}

const KK_CASES: NonEventCase[] = [
  {
    name: 'a flight’s duration is no launch',
    document: {
      language: 'kk',
      body: 'Алматыдан Үрімжіге дейінгі рейс шамамен екі сағатқа созылады.',
      mentions: [['Алматыдан', 'almaty', 'CITY'], ['Үрімжіге', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'tourists who come every day are a statistic',
    document: {
      language: 'kk',
      body: 'Қорғасқа күн сайын мыңдаған турист сапармен келеді.',
      mentions: [['Қорғасқа', 'khorgos', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'an opinion about «бұл сапар» adds no second visit',
    document: {
      language: 'kk',
      body: 'Әкім бұл сапар Ақтөбе мен Шаньси арасындағы ынтымақтастықтың жаңа кезеңінің бастауы болады деп сенетінін айтты.',
      mentions: [['Ақтөбе', 'aktobe', 'CITY'], ['Шаньси', 'shanxi', 'REGION']],
    },
    expected: [],
  },
  {
    name: 'what is done if demand grows is hypothetical',
    document: {
      language: 'kk',
      body: 'Егер сұраныс артса, әуекомпания Астана мен Чэнду арасында жаңа рейстер ашпақ.',
      mentions: [['Астана', 'astana', 'CITY'], ['Чэнду', 'chengdu', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a possibility weighed is not a plan',
    document: {
      language: 'kk',
      body: 'Алматы – Токио бағытында әуе қатынасын ашу мүмкіндігі қарастырылуда.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Токио', 'tokyo', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'an intent that names neither what nor when is no plan',
    document: {
      language: 'kk',
      body: 'Қытайлық компания Алматыда жаңа жоба жүзеге асыруды жоспарлап отыр.',
      mentions: [['Алматыда', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'trap: a new flight told with its date is a launch',
    document: {
      language: 'kk',
      body: 'Алматы мен Сиань арасында жаңа рейс 1 наурыздан бастап ашылады.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Сиань', 'xian', 'CITY']],
      temporals: [['1 наурыздан', '2026-03-01']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: '2026-03-01', status: 'planned' }],
  },
];

const RU_CASES: NonEventCase[] = [
  {
    name: 'the share of passengers who travelled on business is a statistic',
    document: {
      language: 'ru',
      body: 'В прошлом месяце доля пассажиров КПП Хоргос, совершивших поездки с деловыми целями, выросла.',
      mentions: [['Хоргос', 'khorgos', 'CITY']],
      temporals: [['В прошлом месяце', '2026-01']],
    },
    expected: [],
  },
  {
    name: 'counted trains are a statistic',
    document: {
      language: 'ru',
      body: 'С начала года через станцию Достык проследовало 1 622 контейнерных поезда.',
      mentions: [['Достык', 'dostyk', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a launch the authorities are considering is not a plan yet',
    document: {
      language: 'ru',
      body: 'Власти региона рассматривают запуск прямого рейса из Актау в Урумчи.',
      mentions: [['Актау', 'aktau', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'what a signing brings about reports no new agreement',
    document: {
      language: 'ru',
      body: 'Подписание меморандума между Павлодаром и Хэнанем открывает новые возможности.',
      mentions: [['Павлодаром', 'pavlodar', 'CITY'], ['Хэнанем', 'henan', 'REGION']],
    },
    expected: [],
  },
  {
    name: 'meetings held every year are a habit, not a happening',
    document: {
      language: 'ru',
      body: 'Ежегодно в Урумчи проходят встречи предпринимателей двух стран.',
      mentions: [['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'a company that intends «реализовать новый проект» names no aim',
    document: {
      language: 'ru',
      body: 'Например, китайская компания намерена реализовать в Алматы новый проект.',
      mentions: [['Алматы', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'the attention a summit drew is said of the summit, not a second one',
    document: {
      language: 'ru',
      body: 'Саммит в Астане привлек большое внимание международного сообщества.',
      mentions: [['Астане', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'trap: an intent to build a port is a plan',
    document: {
      language: 'ru',
      body: 'В Актау намерены построить новый морской порт.',
      mentions: [['Актау', 'aktau', 'CITY']],
    },
    expected: [{ type: 'PLAN', value: null, status: 'planned' }],
  },
  {
    name: 'trap: an annual forum with its date is a conference',
    document: {
      language: 'ru',
      body: 'Ежегодный форум «Казахстан – Китай» пройдет в Астане 12 марта.',
      mentions: [['Казахстан', 'kazakhstan', 'COUNTRY'], ['Китай', 'china', 'COUNTRY'], ['Астане', 'astana', 'CITY']],
      temporals: [['12 марта', '2026-03-12']],
    },
    expected: [{ type: 'CONFERENCE', value: '2026-03-12', status: 'planned' }],
  },
];

const EN_CASES: NonEventCase[] = [
  {
    name: 'a flight that takes three hours is a duration',
    document: {
      language: 'en',
      body: 'The flight from Almaty to Urumqi takes about three hours.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'tourists who visited are a statistic',
    document: {
      language: 'en',
      body: 'Last year more than 40,000 Chinese tourists visited Almaty.',
      mentions: [['Almaty', 'almaty', 'CITY']],
      temporals: [['Last year', '2025']],
    },
    expected: [],
  },
  {
    name: 'the goals of governors’ visits in general are no visit',
    document: {
      language: 'en',
      body: 'One goal of the visits of Kazakh governors to China is to develop farming.',
      mentions: [['China', 'china', 'COUNTRY']],
    },
    expected: [],
  },
  {
    name: 'a visit that "will open up more room" is an opinion about a visit told elsewhere',
    document: {
      language: 'en',
      body: 'Xi\'s visit will "open up more room for cooperation with Astana", the spokesman said.',
      mentions: [['Astana', 'astana', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'an airline studying flights has planned none',
    document: {
      language: 'en',
      body: 'The airline is also studying the issue of opening flights on the Astana-Chengdu route in 2026.',
      mentions: [['Astana', 'astana', 'CITY'], ['Chengdu', 'chengdu', 'CITY']],
      temporals: [['in 2026', '2026']],
    },
    expected: [],
  },
  {
    name: 'counted flights launched over the years are a statistic',
    document: {
      language: 'en',
      body: 'Since 2015, 43 flights were launched between Kazakhstan and China.',
      mentions: [['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['China', 'china', 'COUNTRY']],
      temporals: [['Since 2015', '2015']],
    },
    expected: [],
  },
  {
    name: 'a company that "intends to implement a new project" names no aim',
    document: {
      language: 'en',
      body: 'The company intends to implement a new project in Almaty.',
      mentions: [['Almaty', 'almaty', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'trap: tourists at an opening do not make the opening a statistic',
    document: {
      language: 'en',
      body: 'Tourists attended the opening of the new terminal in Khorgos on 3 February.',
      mentions: [['Khorgos', 'khorgos', 'CITY']],
      temporals: [['on 3 February', '2026-02-03']],
    },
    expected: [{ type: 'OPENING', value: '2026-02-03', status: 'held' }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('statistics, durations and generic statements are no events (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});
