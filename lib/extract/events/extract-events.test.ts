import { describe, expect, test } from 'vitest';
import type { EventStatus, EventType } from '../types';
import { buildTestAnalysis, type TestDocument } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import { extractEvents } from './extract-events';

/** Published on Thursday 2026-02-19 unless a case says otherwise. */
interface EventCase {
  name: string;
  document: TestDocument;
  expected: { type: EventType; value: string | null; status: EventStatus; entities: string[] }[];
}

function run(document: TestDocument) {
  return extractEvents(buildTestAnalysis(document), TEST_RELATION_FACTS).map(({ type, value, status, entities }) => ({ type, value, status, entities }));
}

const KK_CASES: EventCase[] = [
  {
    name: 'a dated meeting in the past tense is held on its date',
    document: {
      language: 'kk',
      body: 'Астанада 2026 жылғы 10 ақпанда Тоқаев пен Си Цзиньпин кездесті.',
      mentions: [['Астанада', 'astana', 'CITY'], ['Тоқаев', 'tokayev', 'PERSON'], ['Си Цзиньпин', 'xi-jinping', 'PERSON']],
      temporals: [['2026 жылғы 10 ақпанда', '2026-02-10']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-10', status: 'held', entities: ['astana', 'tokayev', 'xi-jinping'] }],
  },
  {
    name: 'a held meeting told without a date takes the publication date',
    document: {
      language: 'kk',
      body: 'Алматы әкімі Ерболат Досаев Үрімжі қаласының делегациясымен кездесті.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Ерболат Досаев', 'dosaev', 'PERSON'], ['Үрімжі', 'urumqi', 'CITY']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-19', status: 'held', entities: ['almaty', 'dosaev', 'urumqi'] }],
  },
  {
    name: 'a visit in a later month with a future verb is planned',
    document: {
      language: 'kk',
      body: 'Шаңхай мэрі наурыз айында Астанаға сапармен келеді.',
      mentions: [['Шаңхай', 'shanghai', 'CITY'], ['Астанаға', 'astana', 'CITY']],
      temporals: [['наурыз айында', '2026-03']],
    },
    expected: [{ type: 'VISIT', value: '2026-03', status: 'planned', entities: ['shanghai', 'astana'] }],
  },
  {
    name: 'a past meeting and a planned visit in one sentence each keep their own date',
    document: {
      language: 'kk',
      body: 'Кездесу 18 ақпанда өтті, ал әкімнің Шаңхайға сапары мамыр айында өтеді.',
      mentions: [['Шаңхайға', 'shanghai', 'CITY']],
      temporals: [['18 ақпанда', '2026-02-18'], ['мамыр айында', '2026-05']],
    },
    // Each happening has the participants of its own clause: Shanghai is where the akim goes.
    expected: [
      { type: 'MEETING', value: '2026-02-18', status: 'held', entities: [] },
      { type: 'VISIT', value: '2026-05', status: 'planned', entities: ['shanghai'] },
    ],
  },
  {
    name: 'an intent form (-бек/-мақ) without a date is planned and stays undated',
    document: {
      language: 'kk',
      body: 'Тараптар Алматыда экономикалық форум өткізбек.',
      mentions: [['Алматыда', 'almaty', 'CITY']],
    },
    expected: [{ type: 'CONFERENCE', value: null, status: 'planned', entities: ['almaty'] }],
  },
  {
    name: 'a referendum on a later date is planned',
    document: {
      language: 'kk',
      body: 'Қазақстанда 2026 жылғы 5 сәуірде республикалық референдум өтеді.',
      mentions: [['Қазақстанда', 'kazakhstan', 'COUNTRY']],
      temporals: [['2026 жылғы 5 сәуірде', '2026-04-05']],
    },
    expected: [{ type: 'REFERENDUM', value: '2026-04-05', status: 'planned', entities: ['kazakhstan'] }],
  },
  {
    name: 'a roadmap for a period around publication is planned even when its approval is past',
    document: {
      language: 'kk',
      body: 'Ақтөбе облысы мен Синьцзян арасындағы 2026 - 2027 жылдарға арналған жол картасы бекітілді.',
      mentions: [['Ақтөбе облысы', 'aktobe-region', 'REGION'], ['Синьцзян', 'xinjiang', 'REGION']],
      temporals: [['2026 - 2027 жылдарға', '2026/2027']],
    },
    expected: [{ type: 'PLAN', value: '2026/2027', status: 'planned', entities: ['aktobe-region', 'xinjiang'] }],
  },
  {
    name: 'a flight that opens is a flight launch, not an opening',
    document: {
      language: 'kk',
      body: 'Алматы мен Сиань арасында жаңа әуе рейсі 1 наурызда ашылады.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Сиань', 'xian', 'CITY']],
      temporals: [['1 наурызда', '2026-03-01']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: '2026-03-01', status: 'planned', entities: ['almaty', 'xian'] }],
  },
  {
    name: 'flights mentioned without a launch are no event',
    document: {
      language: 'kk',
      body: 'Тараптар Алматы мен Шаңхай арасындағы рейстер санын арттыру мәселесін талқылады.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY']],
    },
    expected: [],
  },
  {
    name: '«келісімін білдірді» is consent, not an agreement; «қатысуға» makes the forum planned',
    document: {
      language: 'kk',
      body: 'Павлодар әкімі форумға қатысуға келісімін білдірді.',
      mentions: [['Павлодар', 'pavlodar', 'CITY']],
    },
    expected: [{ type: 'CONFERENCE', value: null, status: 'planned', entities: ['pavlodar'] }],
  },
  {
    name: 'a memorandum signed in a past year is a held agreement',
    document: {
      language: 'kk',
      body: 'Қарағанды мен Ухань 2025 жылы ынтымақтастық туралы меморандумға қол қойды.',
      mentions: [['Қарағанды', 'karaganda', 'CITY'], ['Ухань', 'wuhan', 'CITY']],
      temporals: [['2025 жылы', '2025']],
    },
    expected: [{ type: 'AGREEMENT', value: '2025', status: 'held', entities: ['karaganda', 'wuhan'] }],
  },
  {
    name: 'a year and a month of the same visit merge into the month (-йды is future)',
    document: {
      language: 'kk',
      body: 'Биыл Шымкент әкімі Чэнду қаласына сапар жасайды. Сапар сәуір айында өтеді деп күтілуде.',
      mentions: [['Шымкент', 'shymkent', 'CITY'], ['Чэнду', 'chengdu', 'CITY']],
      temporals: [['Биыл', '2026'], ['сәуір айында', '2026-04']],
    },
    expected: [{ type: 'VISIT', value: '2026-04', status: 'planned', entities: ['shymkent', 'chengdu'] }],
  },
  {
    name: 'a forum pointed back to («аталған форумда») adds no date of its own',
    document: {
      language: 'kk',
      body: 'Тараз қаласында 12 ақпанда инвесторлар форумы өтті. Аталған форумда Жамбыл облысының әкімі сөз сөйледі.',
      mentions: [['Тараз қаласында', 'taraz', 'CITY'], ['Жамбыл облысының', 'zhambyl-region', 'REGION']],
      temporals: [['12 ақпанда', '2026-02-12']],
    },
    expected: [{ type: 'CONFERENCE', value: '2026-02-12', status: 'held', entities: ['taraz', 'zhambyl-region'] }],
  },
  {
    name: 'a generic event with no date in the text is not reported',
    document: {
      language: 'kk',
      body: 'Алматы қаласының әкімдігінде іс-шара өтті.',
      mentions: [['Алматы қаласының әкімдігінде', 'akimat-almaty', 'ORGANIZATION']],
    },
    expected: [],
  },
  {
    name: 'a generic event with a date and an organiser is an OTHER event',
    document: {
      language: 'kk',
      body: 'Шаңхайдағы Бас консулдықта 20 наурызда мерекелік іс-шара өтеді.',
      mentions: [['Шаңхайдағы Бас консулдықта', 'consulate-kz-shanghai', 'ORGANIZATION']],
      temporals: [['20 наурызда', '2026-03-20']],
    },
    expected: [{ type: 'OTHER', value: '2026-03-20', status: 'planned', entities: ['consulate-kz-shanghai'] }],
  },
  {
    name: 'signing a roadmap is a plan, not a separate agreement',
    document: {
      language: 'kk',
      body: 'Павлодар облысы мен Хэнань провинциясы ынтымақтастықтың жол картасына қол қойды.',
      mentions: [['Павлодар облысы', 'pavlodar-region', 'REGION'], ['Хэнань провинциясы', 'henan', 'REGION']],
    },
    expected: [{ type: 'PLAN', value: null, status: 'planned', entities: ['pavlodar-region', 'henan'] }],
  },
  {
    name: 'a meeting where things were discussed took place: publication date',
    document: {
      language: 'kk',
      body: 'Кездесуде Қостанай мен Харбин өкілдері сауда мәселелерін талқылады.',
      mentions: [['Қостанай', 'kostanay', 'CITY'], ['Харбин', 'harbin', 'CITY']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-19', status: 'held', entities: ['kostanay', 'harbin'] }],
  },
];

const RU_CASES: EventCase[] = [
  {
    name: 'a meeting on the publication day in the past tense is held',
    document: {
      language: 'ru',
      body: '19 февраля в Шанхае состоялась встреча генерального консула Казахстана с мэром города.',
      mentions: [['Шанхае', 'shanghai', 'CITY'], ['Казахстана', 'kazakhstan', 'COUNTRY']],
      temporals: [['19 февраля', '2026-02-19']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-19', status: 'held', entities: ['shanghai', 'kazakhstan'] }],
  },
  {
    name: 'held talks without a date take the publication date',
    document: {
      language: 'ru',
      body: 'Аким Алматы Ерболат Досаев провёл переговоры с делегацией Урумчи.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Ерболат Досаев', 'dosaev', 'PERSON'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-19', status: 'held', entities: ['almaty', 'dosaev', 'urumqi'] }],
  },
  {
    name: 'a future visit in the first half of the year is planned',
    document: {
      language: 'ru',
      body: 'Мэр Шанхая Гун Чжэн посетит Алматы в первом полугодии 2026 года.',
      mentions: [['Шанхая', 'shanghai', 'CITY'], ['Гун Чжэн', 'gong-zheng', 'PERSON'], ['Алматы', 'almaty', 'CITY']],
      temporals: [['в первом полугодии 2026 года', '2026-01/2026-06']],
    },
    expected: [{ type: 'VISIT', value: '2026-01/2026-06', status: 'planned', entities: ['shanghai', 'gong-zheng', 'almaty'] }],
  },
  {
    name: 'a past meeting and a planned visit in one sentence',
    document: {
      language: 'ru',
      body: 'Встреча прошла 17 февраля, а визит делегации в Астану намечен на май.',
      mentions: [['Астану', 'astana', 'CITY']],
      temporals: [['17 февраля', '2026-02-17'], ['на май', '2026-05']],
    },
    expected: [
      { type: 'MEETING', value: '2026-02-17', status: 'held', entities: [] },
      { type: 'VISIT', value: '2026-05', status: 'planned', entities: ['astana'] },
    ],
  },
  {
    name: 'a forum with a later date range is planned',
    document: {
      language: 'ru',
      body: 'Форум «Казахстан – Китай» пройдет в Астане 26–28 марта.',
      mentions: [['Казахстан', 'kazakhstan', 'COUNTRY'], ['Китай', 'china', 'COUNTRY'], ['Астане', 'astana', 'CITY']],
      temporals: [['26–28 марта', '2026-03-26/2026-03-28']],
    },
    expected: [
      { type: 'CONFERENCE', value: '2026-03-26/2026-03-28', status: 'planned', entities: ['kazakhstan', 'china', 'astana'] },
    ],
  },
  {
    name: 'a referendum that will take place is planned',
    document: {
      language: 'ru',
      body: 'Референдум по проекту новой Конституции Казахстана состоится 15 марта.',
      mentions: [['Казахстана', 'kazakhstan', 'COUNTRY']],
      temporals: [['15 марта', '2026-03-15']],
    },
    expected: [{ type: 'REFERENDUM', value: '2026-03-15', status: 'planned', entities: ['kazakhstan'] }],
  },
  {
    name: 'an agreement signed in a past year is held',
    document: {
      language: 'ru',
      body: 'В 2025 году Караганда и Ухань подписали соглашение о побратимстве.',
      mentions: [['Караганда', 'karaganda', 'CITY'], ['Ухань', 'wuhan', 'CITY']],
      temporals: [['В 2025 году', '2025']],
    },
    expected: [{ type: 'AGREEMENT', value: '2025', status: 'held', entities: ['karaganda', 'wuhan'] }],
  },
  {
    name: 'a roadmap discussed in the past is planned for its period',
    document: {
      language: 'ru',
      body: 'Стороны обсудили дорожную карту сотрудничества Алматы и Шанхая на 2026–2028 годы.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхая', 'shanghai', 'CITY']],
      temporals: [['на 2026–2028 годы', '2026/2028']],
    },
    expected: [{ type: 'PLAN', value: '2026/2028', status: 'planned', entities: ['almaty', 'shanghai'] }],
  },
  {
    name: 'a flight that will be launched is a planned flight launch',
    document: {
      language: 'ru',
      body: 'Авиакомпания Air Astana запустит прямой рейс Алматы – Сиань с 1 апреля.',
      mentions: [['Air Astana', 'air-astana', 'ORGANIZATION'], ['Алматы', 'almaty', 'CITY'], ['Сиань', 'xian', 'CITY']],
      temporals: [['с 1 апреля', '2026-04-01']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: '2026-04-01', status: 'planned', entities: ['air-astana', 'almaty', 'xian'] }],
  },
  {
    name: 'more flights discussed are no event',
    document: {
      language: 'ru',
      body: 'Стороны обсудили увеличение числа рейсов между Алматы и Шанхаем.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Шанхаем', 'shanghai', 'CITY']],
    },
    expected: [],
  },
  {
    name: '«в этом плане» is "in this respect", not a plan',
    document: {
      language: 'ru',
      body: 'В этом плане Астана и Урумчи имеют большой потенциал.',
      mentions: [['Астана', 'astana', 'CITY'], ['Урумчи', 'urumqi', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'an opening yesterday is held on that day',
    document: {
      language: 'ru',
      body: 'Вчера в Алматы открылся визовый центр Китая.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Китая', 'china', 'COUNTRY']],
      temporals: [['Вчера', '2026-02-18']],
    },
    expected: [{ type: 'OPENING', value: '2026-02-18', status: 'held', entities: ['almaty', 'china'] }],
  },
  {
    name: 'a year and a month of the same visit merge into the month',
    document: {
      language: 'ru',
      body: 'В этом году губернатор Синьцзяна посетит Алматы. Визит запланирован на июнь.',
      mentions: [['Синьцзяна', 'xinjiang', 'REGION'], ['Алматы', 'almaty', 'CITY']],
      temporals: [['В этом году', '2026'], ['на июнь', '2026-06']],
    },
    expected: [{ type: 'VISIT', value: '2026-06', status: 'planned', entities: ['xinjiang', 'almaty'] }],
  },
  {
    name: 'a press conference is not a conference event',
    document: {
      language: 'ru',
      body: 'Аким Шымкента выступил на пресс-конференции 18 февраля.',
      mentions: [['Шымкента', 'shymkent', 'CITY']],
      temporals: [['18 февраля', '2026-02-18']],
    },
    expected: [],
  },
  {
    name: 'a forum pointed back to («на этом форуме») adds no date of its own',
    document: {
      language: 'ru',
      body: '12 февраля в Таразе прошел инвестиционный форум. На этом форуме аким Жамбылской области выступил с докладом.',
      mentions: [['Таразе', 'taraz', 'CITY'], ['Жамбылской области', 'zhambyl-region', 'REGION']],
      temporals: [['12 февраля', '2026-02-12']],
    },
    expected: [{ type: 'CONFERENCE', value: '2026-02-12', status: 'held', entities: ['taraz', 'zhambyl-region'] }],
  },
  {
    name: 'a flight opening that was discussed is planned, not held',
    document: {
      language: 'ru',
      body: 'Стороны обсудили открытие прямого авиасообщения между Алматы и Чжэнчжоу.',
      mentions: [['Алматы', 'almaty', 'CITY'], ['Чжэнчжоу', 'zhengzhou', 'CITY']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: null, status: 'planned', entities: ['almaty', 'zhengzhou'] }],
  },
];

const EN_CASES: EventCase[] = [
  {
    name: 'a dated meeting with "met" is held',
    document: {
      language: 'en',
      body: 'President Kassym-Jomart Tokayev met Chinese leader Xi Jinping in Astana on February 10.',
      mentions: [['Kassym-Jomart Tokayev', 'tokayev', 'PERSON'], ['Xi Jinping', 'xi-jinping', 'PERSON'], ['Astana', 'astana', 'CITY']],
      temporals: [['on February 10', '2026-02-10']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-10', status: 'held', entities: ['tokayev', 'xi-jinping', 'astana'] }],
  },
  {
    name: 'held talks without a date take the publication date',
    document: {
      language: 'en',
      body: 'The akim of Almaty held talks with a delegation from Urumqi.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
    },
    expected: [{ type: 'MEETING', value: '2026-02-19', status: 'held', entities: ['almaty', 'urumqi'] }],
  },
  {
    name: 'a visit that will happen in the first half of the year is planned',
    document: {
      language: 'en',
      body: 'Shanghai Mayor Gong Zheng will visit Almaty and Astana in the first half of 2026.',
      mentions: [
        ['Shanghai', 'shanghai', 'CITY'],
        ['Gong Zheng', 'gong-zheng', 'PERSON'],
        ['Almaty', 'almaty', 'CITY'],
        ['Astana', 'astana', 'CITY'],
      ],
      temporals: [['in the first half of 2026', '2026-01/2026-06']],
    },
    expected: [
      { type: 'VISIT', value: '2026-01/2026-06', status: 'planned', entities: ['shanghai', 'gong-zheng', 'almaty', 'astana'] },
    ],
  },
  {
    name: 'a past meeting and a planned return visit in one sentence',
    document: {
      language: 'en',
      body: "The two mayors met on Tuesday, and a return visit to Xi'an is planned for May.",
      mentions: [["Xi'an", 'xian', 'CITY']],
      temporals: [['on Tuesday', '2026-02-17'], ['May', '2026-05']],
    },
    expected: [
      { type: 'MEETING', value: '2026-02-17', status: 'held', entities: [] },
      { type: 'VISIT', value: '2026-05', status: 'planned', entities: ['xian'] },
    ],
  },
  {
    name: 'a forum named like an organisation is still a conference',
    document: {
      language: 'en',
      body: 'The Astana International Forum is expected to take place on May 28-29.',
      mentions: [['Astana International Forum', 'astana-international-forum', 'ORGANIZATION']],
      temporals: [['on May 28-29', '2026-05-28/2026-05-29']],
    },
    expected: [
      { type: 'CONFERENCE', value: '2026-05-28/2026-05-29', status: 'planned', entities: ['astana-international-forum'] },
    ],
  },
  {
    name: 'a referendum that will be held is planned',
    document: {
      language: 'en',
      body: 'Kazakhstan will hold a constitutional referendum on 15 March 2026.',
      mentions: [['Kazakhstan', 'kazakhstan', 'COUNTRY']],
      temporals: [['on 15 March 2026', '2026-03-15']],
    },
    expected: [{ type: 'REFERENDUM', value: '2026-03-15', status: 'planned', entities: ['kazakhstan'] }],
  },
  {
    name: 'a memorandum signed last year is a held agreement',
    document: {
      language: 'en',
      body: 'Karaganda and Wuhan signed a memorandum of understanding on trade in 2025.',
      mentions: [['Karaganda', 'karaganda', 'CITY'], ['Wuhan', 'wuhan', 'CITY']],
      temporals: [['in 2025', '2025']],
    },
    expected: [{ type: 'AGREEMENT', value: '2025', status: 'held', entities: ['karaganda', 'wuhan'] }],
  },
  {
    name: 'a roadmap for a period around publication is planned',
    document: {
      language: 'en',
      body: 'The roadmap for 2026-2028 covers trade, investment and culture between Almaty and Shanghai.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']],
      temporals: [['for 2026-2028', '2026/2028']],
    },
    expected: [{ type: 'PLAN', value: '2026/2028', status: 'planned', entities: ['almaty', 'shanghai'] }],
  },
  {
    name: 'a launched flight is a held flight launch',
    document: {
      language: 'en',
      body: 'China Southern launched a new direct flight between Urumqi and Astana on Monday.',
      mentions: [['China Southern', 'china-southern', 'ORGANIZATION'], ['Urumqi', 'urumqi', 'CITY'], ['Astana', 'astana', 'CITY']],
      temporals: [['on Monday', '2026-02-16']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: '2026-02-16', status: 'held', entities: ['china-southern', 'urumqi', 'astana'] }],
  },
  {
    name: 'more flights wished for are no event',
    document: {
      language: 'en',
      body: 'The consul stressed the importance of more flights between Almaty and Shanghai.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']],
    },
    expected: [],
  },
  {
    name: 'an opening the sides plan to make is a plan, undated',
    document: {
      language: 'en',
      body: "The sides plan to open a trade house in Xi'an.",
      mentions: [["Xi'an", 'xian', 'CITY']],
    },
    expected: [{ type: 'PLAN', value: null, status: 'planned', entities: ['xian'] }],
  },
  {
    name: 'a consulate opened on a past date',
    document: {
      language: 'en',
      body: 'The Consulate General of Kazakhstan in Chengdu was opened on 3 February.',
      mentions: [['Consulate General of Kazakhstan in Chengdu', 'consulate-kz-chengdu', 'ORGANIZATION']],
      temporals: [['on 3 February', '2026-02-03']],
    },
    expected: [{ type: 'OPENING', value: '2026-02-03', status: 'held', entities: ['consulate-kz-chengdu'] }],
  },
  {
    name: 'a year and a month of the same visit merge into the month',
    document: {
      language: 'en',
      body: 'Later this year, the governor of Xinjiang will visit Almaty. The visit is scheduled for June.',
      mentions: [['Xinjiang', 'xinjiang', 'REGION'], ['Almaty', 'almaty', 'CITY']],
      temporals: [['Later this year', '2026'], ['for June', '2026-06']],
    },
    expected: [{ type: 'VISIT', value: '2026-06', status: 'planned', entities: ['xinjiang', 'almaty'] }],
  },
  {
    name: 'a generic event without a participant is not reported',
    document: {
      language: 'en',
      body: 'A cultural event will take place in Almaty on 20 March.',
      mentions: [['Almaty', 'almaty', 'CITY']],
      temporals: [['on 20 March', '2026-03-20']],
    },
    expected: [],
  },
  {
    name: 'a press conference is not a conference event',
    document: {
      language: 'en',
      body: 'The akim spoke at a press conference in Shymkent on Tuesday.',
      mentions: [['Shymkent', 'shymkent', 'CITY']],
      temporals: [['on Tuesday', '2026-02-17']],
    },
    expected: [],
  },
  {
    name: 'a date that starts a state ("since 2008") dates no event',
    document: {
      language: 'en',
      body: 'Almaty and Urumqi have been partners since 2008 and will open new direct flights.',
      mentions: [['Almaty', 'almaty', 'CITY'], ['Urumqi', 'urumqi', 'CITY']],
      temporals: [['since 2008', '2008']],
    },
    expected: [{ type: 'FLIGHT_LAUNCH', value: null, status: 'planned', entities: ['almaty', 'urumqi'] }],
  },
];

describe.each([
  ['kk', KK_CASES],
  ['ru', RU_CASES],
  ['en', EN_CASES],
] as const)('extractEvents (%s)', (_language, cases) => {
  test.each(cases)('$name', ({ document, expected }) => {
    expect(run(document)).toEqual(expected);
  });
});

describe('extractEvents evidence', () => {
  test('the evidence is the sentence, with its offsets in the body', () => {
    const body = 'Trade grew. The akim of Almaty met the consul on February 12.';
    const [event] = extractEvents(
      buildTestAnalysis({ language: 'en', body, mentions: [['Almaty', 'almaty', 'CITY']], temporals: [['on February 12', '2026-02-12']] }),
      TEST_RELATION_FACTS,
    );
    expect(event?.evidence).toBe('The akim of Almaty met the consul on February 12.');
    expect(event?.evidenceIn).toBe('body');
    expect(body.slice(event?.evidenceStart, event?.evidenceEnd)).toBe(event?.evidence);
  });

  test('a merged event keeps the evidence of its more precise mention', () => {
    const [event] = extractEvents(
      buildTestAnalysis({
        language: 'ru',
        body: 'В этом году губернатор Синьцзяна посетит Алматы. Визит запланирован на июнь.',
        mentions: [['Синьцзяна', 'xinjiang', 'REGION'], ['Алматы', 'almaty', 'CITY']],
        temporals: [['В этом году', '2026'], ['на июнь', '2026-06']],
      }),
      TEST_RELATION_FACTS,
    );
    expect(event?.evidence).toBe('Визит запланирован на июнь.');
  });
});
