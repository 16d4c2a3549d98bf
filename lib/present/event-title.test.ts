import { describe, expect, test } from 'vitest';
import type { EntityType } from '@/lib/domain/vocabulary';
import { eventTitle, type EventTitleInput, type EventTitleRoles, type TitleEntity } from './event-title';

function entity(type: EntityType, en: string, ru: string, kk: string): TitleEntity {
  return { type, names: { en, ru, kk } };
}

const almaty = entity('CITY', 'Almaty', 'Алматы', 'Алматы');
const astana = entity('CITY', 'Astana', 'Астана', 'Астана');
const shanghai = entity('CITY', 'Shanghai', 'Шанхай', 'Шаңхай');
const guangzhou = entity('CITY', 'Guangzhou', 'Гуанчжоу', 'Гуанчжоу');
const vladivostok = entity('CITY', 'Vladivostok', 'Владивосток', 'Владивосток');
const xiamen = entity('CITY', 'Xiamen', 'Сямэнь', 'Сямэнь');
const kazakhstan = entity('COUNTRY', 'Kazakhstan', 'Казахстан', 'Қазақстан');
const china = entity('COUNTRY', 'China', 'Китай', 'Қытай');
const switzerland = entity('COUNTRY', 'Switzerland', 'Швейцария', 'Швейцария');
const consulate = entity(
  'ORGANIZATION',
  'Consulate General of Kazakhstan in Guangzhou',
  'Генеральное консульство Казахстана в Гуанчжоу',
  'Қазақстанның Гуанчжоудағы Бас консулдығы',
);
const tradeHouse = entity('ORGANIZATION', 'Kazakh Trade House', 'Казахский торговый дом', 'Қазақ сауда үйі');
const akimat = entity('ORGANIZATION', 'Akimat of Almaty', 'Акимат города Алматы', 'Алматы қаласының әкімдігі');
const agency = entity('ORGANIZATION', 'Agency for Strategic Planning', 'Агентство по стратегическому планированию', 'Стратегиялық жоспарлау агенттігі');
const airline = entity('ORGANIZATION', 'China Eastern Airlines', 'China Eastern Airlines', 'China Eastern Airlines');
const gongZheng = entity('PERSON', 'Gong Zheng', 'Гун Чжэн', 'Гун Чжэн');
const akkoshkarov = entity('PERSON', 'Nurlan Akkoshkarov', 'Нурлан Аккошкаров', 'Нұрлан Аққошқаров');
const fangXiao = entity('PERSON', 'Fang Xiao', 'Фан Сяо', 'Фан Сяо');
const tokayev = entity('PERSON', 'Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев', 'Қасым-Жомарт Тоқаев');

const NO_ROLES: EventTitleRoles = { actors: [], places: [], object: null, route: null, carrier: null };

function event(type: EventTitleInput['type'], roles: Partial<EventTitleRoles>, first = false): EventTitleInput {
  return { type, first, roles: { ...NO_ROLES, ...roles } };
}

type Case = [what: string, input: EventTitleInput, en: string, ru: string, kk: string];

function expectTitles([, input, en, ru, kk]: Case) {
  expect(eventTitle(input, 'en')).toBe(en);
  expect(eventTitle(input, 'ru')).toBe(ru);
  expect(eventTitle(input, 'kk')).toBe(kk);
}

describe('eventTitle: OPENING', () => {
  test.each<Case>([
    [
      'what opened; its place already in its name is not repeated',
      event('OPENING', { object: consulate, places: [guangzhou, kazakhstan] }),
      'Opening of the Consulate General of Kazakhstan in Guangzhou',
      'Открытие Генерального консульства Казахстана в Гуанчжоу',
      'Қазақстанның Гуанчжоудағы Бас консулдығының ашылуы',
    ],
    [
      'what opened, and where',
      event('OPENING', { object: tradeHouse, places: [shanghai] }),
      'Opening of the Kazakh Trade House in Shanghai',
      'Открытие Казахского торгового дома в Шанхае',
      'Шаңхайдағы Қазақ сауда үйінің ашылуы',
    ],
    ['no object: type + place', event('OPENING', { places: [guangzhou] }), 'Opening in Guangzhou', 'Открытие в Гуанчжоу', 'Гуанчжоудағы ашылу рәсімі'],
    ['only who took part', event('OPENING', { actors: [tokayev] }), 'Opening attended by Kassym-Jomart Tokayev', 'Открытие с участием Касым-Жомарта Токаева', 'Қасым-Жомарт Тоқаев қатысқан ашылу рәсімі'],
    ['no role: the type alone', event('OPENING', {}), 'Opening', 'Открытие', 'Ашылу'],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: FLIGHT_LAUNCH', () => {
  test.each<Case>([
    [
      'the first flight on a route, with its carrier',
      event('FLIGHT_LAUNCH', { route: { from: shanghai, to: almaty }, carrier: airline, places: [shanghai, almaty] }, true),
      'First Shanghai – Almaty flight (China Eastern Airlines)',
      'Первый рейс Шанхай – Алматы (China Eastern Airlines)',
      'Шаңхай – Алматы алғашқы әуе рейсі (China Eastern Airlines)',
    ],
    [
      'a route, not the first, no carrier',
      event('FLIGHT_LAUNCH', { route: { from: almaty, to: guangzhou } }),
      'Launch of the Almaty – Guangzhou flight',
      'Запуск рейса Алматы – Гуанчжоу',
      'Алматы – Гуанчжоу әуе рейсінің ашылуы',
    ],
    [
      'two places without a direction',
      event('FLIGHT_LAUNCH', { places: [astana, shanghai] }),
      'Launch of a flight between Astana and Shanghai',
      'Запуск рейса между Астаной и Шанхаем',
      'Астана мен Шаңхай арасындағы әуе рейсінің ашылуы',
    ],
    [
      'one place; Russian «во» before в + consonant',
      event('FLIGHT_LAUNCH', { places: [vladivostok] }, true),
      'First flight to Vladivostok',
      'Первый рейс во Владивосток',
      'Владивостокқа алғашқы әуе рейсі',
    ],
    ['only the carrier', event('FLIGHT_LAUNCH', { carrier: airline }), 'Flight launch (China Eastern Airlines)', 'Запуск рейса (China Eastern Airlines)', 'Әуе рейсінің ашылуы (China Eastern Airlines)'],
    ['no role', event('FLIGHT_LAUNCH', {}), 'Flight launch', 'Запуск рейса', 'Әуе рейсінің ашылуы'],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: VISIT', () => {
  test.each<Case>([
    [
      'who visited where; Kazakh case on the last conjunct only',
      event('VISIT', { actors: [gongZheng], places: [almaty, astana] }),
      'Visit of Gong Zheng to Almaty and Astana',
      'Визит Гун Чжэна в Алматы и Астану',
      'Гун Чжэннің Алматы мен Астанаға сапары',
    ],
    [
      'the first visit',
      event('VISIT', { actors: [tokayev], places: [china] }, true),
      'First visit of Kassym-Jomart Tokayev to China',
      'Первый визит Касым-Жомарта Токаева в Китай',
      'Қасым-Жомарт Тоқаевтың Қытайға алғашқы сапары',
    ],
    [
      'trap: a city whose Russian forms are not known takes «город»',
      event('VISIT', { actors: [akkoshkarov], places: [xiamen] }),
      'Visit of Nurlan Akkoshkarov to Xiamen',
      'Визит Нурлана Аккошкарова в город Сямэнь',
      'Нұрлан Аққошқаровтың Сямэньге сапары',
    ],
    ['only who', event('VISIT', { actors: [gongZheng] }), 'Visit of Gong Zheng', 'Визит Гун Чжэна', 'Гун Чжэннің сапары'],
    ['only where', event('VISIT', { places: [vladivostok] }), 'Visit to Vladivostok', 'Визит во Владивосток', 'Владивостокқа сапар'],
    [
      'more than three visitors end in "others"',
      event('VISIT', { actors: [akkoshkarov, gongZheng, fangXiao, tokayev], places: [shanghai] }),
      'Visit of Nurlan Akkoshkarov, Gong Zheng and others to Shanghai',
      'Визит Нурлана Аккошкарова, Гун Чжэна и других в Шанхай',
      'Нұрлан Аққошқаров, Гун Чжэн және басқалардың Шаңхайға сапары',
    ],
    ['no role', event('VISIT', {}), 'Visit', 'Визит', 'Сапар'],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: MEETING', () => {
  test.each<Case>([
    [
      'who met whom, where',
      event('MEETING', { actors: [akkoshkarov, gongZheng], places: [shanghai] }),
      'Meeting of Nurlan Akkoshkarov with Gong Zheng in Shanghai',
      'Встреча Нурлана Аккошкарова с Гун Чжэном в Шанхае',
      'Нұрлан Аққошқаровтың Гун Чжэнмен Шаңхайда кездесуі',
    ],
    [
      'whom is a list: Kazakh instrumental joins with «және»',
      event('MEETING', { actors: [fangXiao, akkoshkarov, gongZheng] }),
      'Meeting of Fang Xiao with Nurlan Akkoshkarov and Gong Zheng',
      'Встреча Фан Сяо с Нурланом Аккошкаровым и Гун Чжэном',
      'Фан Сяоның Нұрлан Аққошқаров және Гун Чжэнмен кездесуі',
    ],
    [
      'one participant and a place',
      event('MEETING', { actors: [gongZheng], places: [almaty] }),
      'Meeting with Gong Zheng in Almaty',
      'Встреча с участием Гун Чжэна в Алматы',
      'Алматыда Гун Чжэн қатысқан кездесу',
    ],
    ['only where', event('MEETING', { places: [shanghai] }), 'Meeting in Shanghai', 'Встреча в Шанхае', 'Шаңхайдағы кездесу'],
    ['no role', event('MEETING', {}), 'Meeting', 'Встреча', 'Кездесу'],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: AGREEMENT', () => {
  test.each<Case>([
    [
      'between two parties',
      event('AGREEMENT', { actors: [akimat, china] }),
      'Agreement between the Akimat of Almaty and China',
      'Соглашение между Акиматом города Алматы и Китаем',
      'Алматы қаласының әкімдігі мен Қытай арасындағы келісім',
    ],
    [
      'between two places',
      event('AGREEMENT', { places: [almaty, shanghai] }),
      'Agreement between Almaty and Shanghai',
      'Соглашение между Алматы и Шанхаем',
      'Алматы мен Шаңхай арасындағы келісім',
    ],
    [
      'with one party, on what; Russian «со» and «об»',
      event('AGREEMENT', { actors: [switzerland], object: agency }),
      'Agreement with Switzerland on the Agency for Strategic Planning',
      'Соглашение со Швейцарией об Агентстве по стратегическому планированию',
      'Швейцариямен Стратегиялық жоспарлау агенттігіне қатысты келісім',
    ],
    ['only where', event('AGREEMENT', { places: [astana] }), 'Agreement in Astana', 'Соглашение в Астане', 'Астанадағы келісім'],
    ['no role', event('AGREEMENT', {}), 'Agreement', 'Соглашение', 'Келісім'],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: CONFERENCE, PLAN, REFERENDUM, OTHER', () => {
  test.each<Case>([
    ['the first conference, where', event('CONFERENCE', { places: [shanghai] }, true), 'First conference in Shanghai', 'Первая конференция в Шанхае', 'Шаңхайдағы алғашқы конференция'],
    ['a conference, who took part', event('CONFERENCE', { actors: [akimat] }), 'Conference attended by the Akimat of Almaty', 'Конференция с участием Акимата города Алматы', 'Алматы қаласының әкімдігі қатысқан конференция'],
    ['a joint plan of two places', event('PLAN', { places: [almaty, shanghai] }), 'Joint plan of Almaty and Shanghai', 'Совместный план Алматы и Шанхая', 'Алматы мен Шаңхайдың бірлескен жоспары'],
    ['a plan of one party for a place', event('PLAN', { actors: [akimat], places: [shanghai] }), 'Plan of the Akimat of Almaty for Shanghai', 'План Акимата города Алматы для Шанхая', 'Алматы қаласының әкімдігінің Шаңхайға арналған жоспары'],
    ['a plan for a place', event('PLAN', { places: [astana] }), 'Plan for Astana', 'План для Астаны', 'Астанаға арналған жоспар'],
    ['a referendum, where', event('REFERENDUM', { places: [kazakhstan] }), 'Referendum in Kazakhstan', 'Референдум в Казахстане', 'Қазақстандағы референдум'],
    ['a referendum, no place', event('REFERENDUM', { actors: [tokayev] }), 'Referendum', 'Референдум', 'Референдум'],
    [
      'trap: a place the actor names is not repeated',
      event('OTHER', { actors: [akimat], places: [almaty] }),
      'Event involving the Akimat of Almaty',
      'Событие с участием Акимата города Алматы',
      'Алматы қаласының әкімдігі қатысқан оқиға',
    ],
    ['another event, who and where', event('OTHER', { actors: [gongZheng], places: [astana] }), 'Event involving Gong Zheng in Astana', 'Событие с участием Гун Чжэна в Астане', 'Астанада Гун Чжэн қатысқан оқиға'],
    ['another event, no role', event('OTHER', {}), 'Event', 'Событие', 'Оқиға'],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: which places and how names without known forms read', () => {
  const ktz = entity('ORGANIZATION', 'Kazakhstan Temir Zholy', 'Казахстан темир жолы', 'Қазақстан темір жолы');

  test.each<Case>([
    [
      'a city or region makes the countries around it redundant',
      event('CONFERENCE', { places: [kazakhstan, astana, china] }),
      'Conference in Astana',
      'Конференция в Астане',
      'Астанадағы конференция',
    ],
    [
      'countries alone stay',
      event('CONFERENCE', { places: [kazakhstan, china] }),
      'Conference in Kazakhstan and China',
      'Конференция в Казахстане и Китае',
      'Қазақстан мен Қытайдағы конференция',
    ],
    [
      'a Russian organisation name whose forms are not known stands in quotes after «организация»',
      event('MEETING', { actors: [ktz], places: [shanghai] }),
      'Meeting with Kazakhstan Temir Zholy in Shanghai',
      'Встреча с участием организации «Казахстан темир жолы» в Шанхае',
      'Шаңхайда Қазақстан темір жолы қатысқан кездесу',
    ],
    [
      '… in any case',
      event('AGREEMENT', { actors: [ktz, akimat] }),
      'Agreement between Kazakhstan Temir Zholy and the Akimat of Almaty',
      'Соглашение между организацией «Казахстан темир жолы» и Акиматом города Алматы',
      'Қазақстан темір жолы мен Алматы қаласының әкімдігі арасындағы келісім',
    ],
  ])('%s', (...row) => expectTitles(row));
});

describe('eventTitle: names in Latin script in Kazakh', () => {
  test('a place in Latin script takes its endings on «қаласы»', () => {
    const latin = entity('CITY', 'Guangzhou', 'Гуанчжоу', 'Guangzhou');
    expect(eventTitle(event('MEETING', { places: [latin] }), 'kk')).toBe('Guangzhou қаласындағы кездесу');
    expect(eventTitle(event('VISIT', { actors: [gongZheng], places: [latin] }), 'kk')).toBe('Гун Чжэннің Guangzhou қаласына сапары');
  });
});

describe('eventTitle: never a bare list of names', () => {
  const everyType = ['MEETING', 'VISIT', 'CONFERENCE', 'AGREEMENT', 'REFERENDUM', 'PLAN', 'FLIGHT_LAUNCH', 'OPENING', 'OTHER'] as const;
  test.each(everyType)('%s with a person and a place has no colon', (type) => {
    const input = event(type, { actors: [gongZheng], places: [almaty] });
    for (const locale of ['en', 'ru', 'kk'] as const) expect(eventTitle(input, locale)).not.toContain(':');
  });
});
