import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import type { EventType } from '../types';
import { extractEvents } from './extract-events';

/**
 * The participants of an event are its actors and places, never the outlet that reports it (",
 * передает Liter.kz", "— деді …", ", Kazinform News Agency reports", "according to …"), a
 * dateline («АСТАНА. KAZINFORM —») or a name said in a quotation about it. Published on 2026-02-19.
 */
interface ParticipantCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; entities: string[] }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, entities }) => ({ type, entities }));
}

const KK_CASES: ParticipantCase[] = [
  {
    name: 'the outlet after «деп хабарлайды» is the source',
    document: {
      language: 'kk',
      body: 'Ақтөбе облысының әкімі Қытай елшісін қабылдады, деп хабарлайды BAQ.KZ тілшісі.',
      mentions: [['Ақтөбе облысының', 'aktobe-region', 'REGION'], ['Қытай', 'china', 'COUNTRY'], ['BAQ.KZ', 'baq-kz', 'ORGANIZATION']],
    },
    expected: [{ type: 'MEETING', entities: ['aktobe-region', 'china'] }],
  },
  {
    name: 'the outlet of a dateline is the source',
    document: {
      language: 'kk',
      body: 'АСТАНА. KAZINFORM — Алматы мен Үрімжі арасында жаңа әуе рейсі ашылды.',
      mentions: [['АСТАНА', 'astana', 'CITY'], ['KAZINFORM', 'kazinform', 'ORGANIZATION'], ['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', entities: ['almaty', 'urumqi'] }],
  },
  {
    name: 'the speaker after «— деді» is not a participant of what was said',
    document: {
      language: 'kk',
      body: '– Жаңа терминал Қорғаста 1 наурызда ашылады, – деді Көлік министрі Марат Қарабаев.',
      mentions: [['Қорғаста', 'khorgos', 'CITY'], ['Марат Қарабаев', 'karabayev', 'PERSON']],
      temporals: [['1 наурызда', '2026-03-01']],
    },
    expected: [{ type: 'OPENING', entities: ['khorgos'] }],
  },
  {
    name: 'trap: «келісімге сәйкес» names the agreement, it is no source',
    document: {
      language: 'kk',
      body: 'Екі министрлік 2003 жылы қол қойылған келісімге сәйкес Қытай Қазақстан студенттеріне грант береді.',
      mentions: [['Қытай', 'china', 'COUNTRY'], ['Қазақстан', 'kazakhstan', 'COUNTRY']],
      temporals: [['2003 жылы', '2003']],
    },
    expected: [{ type: 'AGREEMENT', entities: ['china', 'kazakhstan'] }],
  },
];

const RU_CASES: ParticipantCase[] = [
  {
    name: 'the outlet after «передает» is the source',
    document: {
      language: 'ru',
      body: '17 июня в Астане состоялся саммит с участием Си Цзиньпина, передает Liter.kz.',
      mentions: [['Астане', 'astana', 'CITY'], ['Си Цзиньпина', 'xi-jinping', 'PERSON'], ['Liter.kz', 'liter-kz', 'ORGANIZATION']],
      temporals: [['17 июня', '2026-06-17']],
    },
    expected: [{ type: 'CONFERENCE', entities: ['astana', 'xi-jinping'] }],
  },
  {
    name: 'a source named «со ссылкой на» is the source too',
    document: {
      language: 'ru',
      body: 'В Урумчи открылся торговый дом Казахстана, сообщает корреспондент со ссылкой на Синьхуа.',
      mentions: [['Урумчи', 'urumqi', 'CITY'], ['Казахстана', 'kazakhstan', 'COUNTRY'], ['Синьхуа', 'xinhua', 'ORGANIZATION']],
    },
    expected: [{ type: 'OPENING', entities: ['urumqi', 'kazakhstan'] }],
  },
  {
    name: 'the speaker of a reported opinion is no participant',
    document: {
      language: 'ru',
      body: 'По словам акима Нурдаулета Килыбая, строительство порта в Актау начнется в 2027 году.',
      mentions: [['Нурдаулета Килыбая', 'kilybay', 'PERSON'], ['Актау', 'aktau', 'CITY']],
      temporals: [['в 2027 году', '2027']],
    },
    expected: [{ type: 'OTHER', entities: ['aktau'] }],
  },
];

const EN_CASES: ParticipantCase[] = [
  {
    name: 'an agency that "reports" is the source',
    document: {
      language: 'en',
      body: 'The III Interregional Cooperation Forum kicked off in Urumqi, Kazinform News Agency reports.',
      mentions: [['Urumqi', 'urumqi', 'CITY'], ['Kazinform', 'kazinform', 'ORGANIZATION']],
    },
    expected: [{ type: 'CONFERENCE', entities: ['urumqi'] }],
  },
  {
    name: '"according to" names the source',
    document: {
      language: 'en',
      body: 'The summit in Astana will open on 20 February, according to Kazakhstan’s presidency.',
      mentions: [['Astana', 'astana', 'CITY'], ['Kazakhstan', 'kazakhstan', 'COUNTRY']],
      temporals: [['on 20 February', '2026-02-20']],
    },
    expected: [{ type: 'CONFERENCE', entities: ['astana'] }],
  },
  {
    name: 'the outlet of a dateline after a place in capitals is the source',
    document: {
      language: 'en',
      body: "BEIJING. KAZINFORM The first flight from Xi'an to Astana took off on Friday.",
      mentions: [['BEIJING', 'beijing', 'CITY'], ['KAZINFORM', 'kazinform', 'ORGANIZATION'], ["Xi'an", 'xian', 'CITY'], ['Astana', 'astana', 'CITY']],
      temporals: [['on Friday', '2026-02-13']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', entities: ['xian', 'astana'] }],
  },
  {
    name: 'trap: an acronym that opens a sentence as its subject is a participant',
    document: {
      language: 'en',
      body: 'KTZ opened a new logistics terminal in Xi’an on 10 February.',
      mentions: [['KTZ', 'ktz', 'ORGANIZATION'], ['Xi’an', 'xian', 'CITY']],
      temporals: [['on 10 February', '2026-02-10']],
    },
    expected: [{ type: 'OPENING', entities: ['ktz', 'xian'] }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('event participants (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});
