import { describe, expect, test } from 'vitest';
import type { Language } from '../types';
import { parseTemporal } from './index';

/**
 * One table per class of expression, each with rows in Kazakh, Russian and English and the traps
 * where the class must not fire. The per-language files cover the basic dates.
 */

type Expected = { text: string; value: string }[];
type Row = [Language, string, Expected];

// 2026-02-19 is a Thursday.
const PUBLISHED = '2026-02-19';

/** Runs the parser and checks both the result and that every span is an exact slice of the body. */
function expectTemporal(language: Language, body: string, publishedAt: string, expected: Expected): void {
  const found = parseTemporal(body, language, publishedAt);
  for (const expression of found) expect(body.slice(expression.start, expression.end)).toBe(expression.text);
  expect(found.map(({ text, value }) => ({ text, value }))).toEqual(expected);
}

function one(text: string, value: string): Expected {
  return [{ text, value }];
}

describe('a day with a case ending, also after a list dash', () => {
  test.each<Row>([
    ['kk', 'Жаңа рейс 19 мамырдан бастап ұшады.', one('19 мамырдан', '2026-05-19')],
    ['kk', 'Бишкек -19 мамырдан;', one('19 мамырдан', '2026-05-19')],
    ['kk', 'Пекин – 1 маусымнан.', one('1 маусымнан', '2026-06-01')],
    ['kk', 'Өтінімдер 5 қыркүйекке дейін қабылданады.', one('5 қыркүйекке', '2026-09-05')],
    ['kk', 'Жиын 12 наурызында өтеді.', one('12 наурызында', '2026-03-12')],
    ['kk', 'Мерзім 21 наурызына дейін ұзартылды.', one('21 наурызына', '2026-03-21')],
    ['kk', 'Сапар 3 қазанда аяқталады.', one('3 қазанда', '2026-10-03')],
    ['ru', 'Рейсы выполняются с 19 мая.', one('19 мая', '2026-05-19')],
    ['ru', 'Заявки принимаются до 1 июня.', one('1 июня', '2026-06-01')],
    ['ru', 'Ташкент -19 мая;', one('19 мая', '2026-05-19')],
    ['en', 'Flights run from May 19.', one('May 19', '2026-05-19')],
    ['en', 'Applications close by 1 June.', one('1 June', '2026-06-01')],
    ['en', 'Bishkek -19 May;', one('19 May', '2026-05-19')],
    // traps: a dash glued to a word or a number is a code or a range, not a list dash
    ['kk', 'Код AB-12 мамырда белгіленді.', one('мамырда', '2026-05')],
    ['ru', 'Маршрут М-12 мая не касается.', []],
    ['en', 'Gate B-19 March schedule was posted.', []],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('a Kazakh month with «ай» in any case', () => {
  test.each<Row>([
    ['kk', 'Мамыр айындағы сапардан кейін байланыс күшейді.', one('Мамыр айындағы', '2026-05')],
    ['kk', 'Наурыз айында делегация келеді.', one('Наурыз айында', '2026-03')],
    ['kk', 'Жоспар қазан айымен аяқталады.', one('қазан айымен', '2026-10')],
    ['kk', 'Сәуір айынан бастап рейс көбейеді.', one('Сәуір айынан', '2026-04')],
    ['kk', 'Мамыр айы өнімді болды.', one('Мамыр айы', '2026-05')],
    // trap: the Nauryz holiday
    ['kk', 'Наурыз мерекесі кезінде концерт өтті.', []],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('parts of a month: beginning 1–10, middle 11–20, end 21–last; halves 1–15 and 16–last', () => {
  test.each<Row>([
    ['kk', 'Сәуір айының ортасында Үрімжіде көрме өтті.', one('Сәуір айының ортасында', '2026-04-11/2026-04-20')],
    ['kk', 'Жол мамырдың басында ашылады.', one('мамырдың басында', '2026-05-01/2026-05-10')],
    ['kk', 'Құрылыс 2025 жылғы ақпанның аяғында бітті.', one('2025 жылғы ақпанның аяғында', '2025-02-21/2025-02-28')],
    ['kk', 'Кездесу қазан басында өтеді.', one('қазан басында', '2026-10-01/2026-10-10')],
    ['kk', 'Тауар маусым айының соңында жеткізіледі.', one('маусым айының соңында', '2026-06-21/2026-06-30')],
    ['kk', 'Шілденің бірінші жартысында жүк көбейді.', one('Шілденің бірінші жартысында', '2026-07-01/2026-07-15')],
    ['kk', 'Егіс мамырдың екінші онкүндігінде басталады.', one('мамырдың екінші онкүндігінде', '2026-05-11/2026-05-20')],
    ['ru', 'Поезд запустят в середине апреля.', one('середине апреля', '2026-04-11/2026-04-20')],
    ['ru', 'Рейсы выполняются с конца мая 2025 года.', one('конца мая 2025 года', '2025-05-21/2025-05-31')],
    ['ru', 'В начале июня пройдёт форум.', one('начале июня', '2026-06-01/2026-06-10')],
    ['ru', 'К концу февраля 2024 года стройку завершили.', one('концу февраля 2024 года', '2024-02-21/2024-02-29')],
    ['ru', 'Во второй половине марта прошлого года экспорт вырос.', one('второй половине марта прошлого года', '2025-03-16/2025-03-31')],
    ['ru', 'В первой декаде июля пройдут переговоры.', one('первой декаде июля', '2026-07-01/2026-07-10')],
    ['en', 'The first train is due in mid-April.', one('mid-April', '2026-04-11/2026-04-20')],
    ['en', 'Talks are set for early May.', one('early May', '2026-05-01/2026-05-10')],
    ['en', 'The terminal opens in late June 2027.', one('late June 2027', '2027-06-21/2027-06-30')],
    ['en', 'The line opens at the end of May.', one('the end of May', '2026-05-21/2026-05-31')],
    ['en', 'Exports rose in the first half of March.', one('the first half of March', '2026-03-01/2026-03-15')],
    ['en', 'The start of March last year was cold.', one('The start of March last year', '2025-03-01/2025-03-10')],
    // traps: «маусым» is also "season"; «в конце концов» is "in the end"; a month-named person
    ['kk', 'Туристік маусымның соңында қонақ азайды.', []],
    ['kk', 'Маусым басында команда жеңіске жетті.', []],
    ['ru', 'В конце концов стороны договорились.', []],
    ['en', 'At the end of the day, Theresa May agreed.', []],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('from today, and ranges that start today', () => {
  test.each<Row>([
    ['kk', 'Бүгіннен бастап келісім күшіне енді.', one('Бүгіннен бастап', '2026-02-19')],
    ['kk', 'Бүгіннен бастап 7 наурызға дейін жеңілдік бар.', one('Бүгіннен бастап 7 наурызға дейін', '2026-02-19/2026-03-07')],
    ['kk', 'Ертеңнен бастап жаңа кесте енгізіледі.', one('Ертеңнен бастап', '2026-02-20')],
    ['ru', 'С сегодняшнего дня по 7 марта поезд ходит ежедневно.', one('С сегодняшнего дня по 7 марта', '2026-02-19/2026-03-07')],
    ['ru', 'С завтрашнего дня до 10 марта действует скидка.', one('С завтрашнего дня до 10 марта', '2026-02-20/2026-03-10')],
    ['ru', 'С сегодняшнего дня визы не нужны.', one('сегодняшнего дня', '2026-02-19')],
    ['en', 'From today until March 7, trains run daily.', one('From today until March 7', '2026-02-19/2026-03-07')],
    ['en', 'Starting today, visas are not required.', one('today', '2026-02-19')],
    // traps: no range without the connector's lead word
    ['ru', 'Сегодня – 7 марта, сказал он.', [
      { text: 'Сегодня', value: '2026-02-19' },
      { text: '7 марта', value: '2026-03-07' },
    ]],
    ['en', 'Today to March 7 is a long wait.', [
      { text: 'Today', value: '2026-02-19' },
      { text: 'March 7', value: '2026-03-07' },
    ]],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('seasons as periods; the navigation periods are March–October and October–March', () => {
  test.each<Row>([
    ['kk', 'Жазғы маусымда рейстер көбейеді.', one('Жазғы маусымда', '2026-06/2026-08')],
    ['kk', 'Жаз айларында турист көбейеді.', one('Жаз айларында', '2026-06/2026-08')],
    ['kk', 'Бағыт көктемгі-жазғы навигация кезеңінде ашылады.', one('көктемгі-жазғы навигация кезеңінде', '2026-03/2026-10')],
    ['kk', 'Рейс 2025 жылғы күзгі-қысқы навигацияда тоқтады.', one('2025 жылғы күзгі-қысқы навигацияда', '2025-10/2026-03')],
    ['kk', 'Жазда жаңа бағыттар ашылады.', one('Жазда', '2026-06/2026-08')],
    ['ru', 'Дополнительные поезда пустят в летний период.', one('летний период', '2026-06/2026-08')],
    ['ru', 'В весенне-летний период 2027 года рейсов станет больше.', one('весенне-летний период 2027 года', '2027-03/2027-10')],
    ['ru', 'Летняя навигация откроет новые направления.', one('Летняя навигация', '2026-03/2026-10')],
    ['ru', 'В осенне–зимний сезон рейсы сократят.', one('осенне–зимний сезон', '2025-10/2026-03')],
    ['en', 'The carrier adds flights in the spring-summer season of 2027.', one('the spring-summer season of 2027', '2027-03/2027-10')],
    ['en', 'During the spring–summer navigation period of 2027, traffic grows.', one('the spring–summer navigation period of 2027', '2027-03/2027-10')],
    ['en', 'The summer season brings more tourists.', one('The summer season', '2026-06/2026-08')],
    ['en', 'Flights resume in summer 2027.', one('summer 2027', '2027-06/2027-08')],
    // traps: an adjective without a period noun, a span of years, «маусым» as "season"
    ['kk', 'Жазғы демалыс кезінде балалар лагерьге барады.', []],
    ['kk', 'Туристік маусымда қонақ көп.', []],
    ['ru', 'За 10-летний период товарооборот вырос.', []],
    ['ru', 'Детский летний лагерь открыт.', []],
    ['en', 'A five-summer period of drought ended.', []],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});
