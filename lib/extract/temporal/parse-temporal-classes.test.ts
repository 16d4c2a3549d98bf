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
    ['en', 'Early May Day celebrations drew crowds.', []],
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
    ['en', 'The 2027 summer season opens new routes.', one('The 2027 summer season', '2027-06/2027-08')],
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

describe('counted periods: the first or last N months (quarters) of a year, N days of a month', () => {
  test.each<[Language, string, string, Expected]>([
    ['kk', 'Биылғы жылдың бес айында жүк көлемі артты.', '2024-07-02', one('Биылғы жылдың бес айында', '2024-01/2024-05')],
    ['kk', '2025 жылдың алғашқы алты айында экспорт өсті.', PUBLISHED, one('2025 жылдың алғашқы алты айында', '2025-01/2025-06')],
    ['kk', 'Өткен жылдың соңғы үш айында сауда қызды.', PUBLISHED, one('Өткен жылдың соңғы үш айында', '2025-10/2025-12')],
    ['kk', 'Ағымдағы жылдың екі тоқсанында табыс өсті.', '2026-07-10', one('Ағымдағы жылдың екі тоқсанында', '2026-01/2026-06')],
    ['kk', 'Алғашқы бес айда жүзден астам пойыз жүрді.', '2026-06-10', one('Алғашқы бес айда', '2026-01/2026-05')],
    ['kk', 'Қаңтардың алғашқы үш күнінде мың турист келді.', PUBLISHED, one('Қаңтардың алғашқы үш күнінде', '2026-01-01/2026-01-03')],
    ['ru', 'За пять месяцев 2025 года отправлено 900 вагонов.', PUBLISHED, one('пять месяцев 2025 года', '2025-01/2025-05')],
    ['ru', 'По итогам первых пяти месяцев текущего года рост составил 5%.', '2026-06-10', one('первых пяти месяцев текущего года', '2026-01/2026-05')],
    ['ru', 'За первые четыре месяца грузооборот вырос.', '2026-06-10', one('первые четыре месяца', '2026-01/2026-04')],
    ['ru', 'За последние три месяца прошлого года поток удвоился.', PUBLISHED, one('последние три месяца прошлого года', '2025-10/2025-12')],
    ['ru', 'За два квартала 2025 года товарооборот вырос.', PUBLISHED, one('два квартала 2025 года', '2025-01/2025-06')],
    ['ru', 'За первые десять дней января прошло 5000 человек.', PUBLISHED, one('первые десять дней января', '2026-01-01/2026-01-10')],
    ['en', 'In the first five months of 2025, trade grew.', PUBLISHED, one('the first five months of 2025', '2025-01/2025-05')],
    ['en', 'In six months this year, exports doubled.', '2026-07-15', one('six months this year', '2026-01/2026-06')],
    ['en', 'In the first five months, cargo volumes rose.', '2026-06-10', one('the first five months', '2026-01/2026-05')],
    ['en', 'The last three months of 2024 were busy.', PUBLISHED, one('The last three months of 2024', '2024-10/2024-12')],
    ['en', 'In the first three days of January, 5,000 tourists came.', PUBLISHED, one('the first three days of January', '2026-01-01/2026-01-03')],
    // traps: durations and counts that are not yet past, or belong to something else
    ['kk', 'Жоба бес ай ішінде аяқталады.', PUBLISHED, []],
    ['kk', 'Көпір 2025 жылы бес айда салынды.', PUBLISHED, one('2025 жылы', '2025')],
    ['kk', 'Алғашқы жеті айда көп жұмыс атқарылады.', '2026-06-10', []],
    ['ru', 'Контракт заключён на пять месяцев.', PUBLISHED, []],
    ['ru', 'За первые девять месяцев работы завод окупится.', '2026-06-10', []],
    ['ru', 'За 2 квартала товарооборот вырос.', PUBLISHED, []],
    ['en', 'In six months the line will open.', PUBLISHED, []],
    ['en', 'In the first five months of his term, he travelled widely.', '2026-06-10', []],
  ])('%s: %s (published %s)', (language, body, publishedAt, expected) => {
    expectTemporal(language, body, publishedAt, expected);
  });
});

describe('N units ago, in digits or number words, at the unit’s precision', () => {
  test.each<Row>([
    ['kk', 'Осыдан отыз бес жыл бұрын станция ашылды.', one('Осыдан отыз бес жыл бұрын', '1991')],
    ['kk', 'Ғимарат тоқсан жыл бұрын салынған.', one('тоқсан жыл бұрын', '1936')],
    ['kk', 'Бұдан 20 жыл бұрынғы келісім әлі күшінде.', one('Бұдан 20 жыл бұрынғы', '2006')],
    ['kk', 'Үш күн бұрын делегация келді.', one('Үш күн бұрын', '2026-02-16')],
    ['kk', 'Екі ай бұрын меморандум жасалды.', one('Екі ай бұрын', '2025-12')],
    ['ru', 'Станция открыта тридцать пять лет назад.', one('тридцать пять лет назад', '1991')],
    ['ru', 'Переход открыли 32 года назад.', one('32 года назад', '1994')],
    ['ru', 'Год назад открыли консульство.', one('Год назад', '2025')],
    ['ru', 'Три дня назад прибыла делегация.', one('Три дня назад', '2026-02-16')],
    ['ru', 'Двадцать один год тому назад подписали договор.', one('Двадцать один год тому назад', '2005')],
    ['en', 'After an accident 32 years ago, he retired.', one('32 years ago', '1994')],
    ['en', 'Thirty-five years ago the station opened.', one('Thirty-five years ago', '1991')],
    ['en', 'A year ago the line opened.', one('A year ago', '2025')],
    ['en', 'Two weeks ago the sides met.', one('Two weeks ago', '2026-02-02/2026-02-08')],
    ['en', 'Three decades ago the border was closed.', one('Three decades ago', '1996')],
    // traps: vague counts, durations, ages
    ['kk', 'Бірнеше жыл бұрын көпір салынды.', []],
    ['kk', 'Компания 25 жылдан бері жұмыс істейді.', []],
    ['ru', 'Несколько лет назад открыли переход.', []],
    ['ru', 'Компания работает уже 25 лет.', []],
    ['en', 'A few years ago the line opened.', []],
    ['en', 'The 32-year-old engineer joined in March.', one('March', '2026-03')],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('since the start of the year or month: from its first day to publication', () => {
  test.each<Row>([
    ['kk', 'Жыл басынан бері шекарадан мың пойыз өтті.', one('Жыл басынан бері', '2026-01-01/2026-02-19')],
    ['kk', 'Биыл жыл басынан бері экспорт өсті.', one('Биыл жыл басынан бері', '2026-01-01/2026-02-19')],
    ['kk', 'Ағымдағы жылдың басынан бері экспорт өсті.', one('Ағымдағы жылдың басынан бері', '2026-01-01/2026-02-19')],
    ['kk', '2025 жылдың басынан бастап жүк көбейді.', one('2025 жылдың басынан бастап', '2025-01-01/2026-02-19')],
    ['kk', 'Осы айдың басынан бері он пойыз өтті.', one('Осы айдың басынан бері', '2026-02-01/2026-02-19')],
    ['ru', 'С начала года через станцию прошло 1 600 поездов.', one('С начала года', '2026-01-01/2026-02-19')],
    ['ru', 'С начала текущего года экспорт вырос.', one('С начала текущего года', '2026-01-01/2026-02-19')],
    ['ru', 'С начала 2025 года экспорт вырос вдвое.', one('С начала 2025 года', '2025-01-01/2026-02-19')],
    ['ru', 'С начала месяца прошло десять поездов.', one('С начала месяца', '2026-02-01/2026-02-19')],
    ['en', 'Since the beginning of the year, exports grew.', one('Since the beginning of the year', '2026-01-01/2026-02-19')],
    ['en', 'Since the start of 2025, freight has doubled.', one('Since the start of 2025', '2025-01-01/2026-02-19')],
    ['en', 'From the start of this month, rules changed.', one('From the start of this month', '2026-02-01/2026-02-19')],
    // traps: a year to come is a plan; a named month's beginning is a part of that month
    ['ru', 'С начала 2027 года вступят новые правила.', one('2027 года', '2027')],
    ['ru', 'С начала мая поезд будет ходить ежедневно.', one('начала мая', '2026-05-01/2026-05-10')],
    ['en', 'From the beginning of 2027, rules will change.', one('2027', '2027')],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('the same period of another year: the period counted before it, moved to that year', () => {
  test.each<[Language, string, string, Expected]>([
    [
      'kk',
      '1–3 қаңтар аралығында туристер көбейді. Бронь саны өткен жылдың осы кезеңімен салыстырғанда екі есе артты.',
      '2026-01-06',
      [
        { text: '1–3 қаңтар аралығында', value: '2026-01-01/2026-01-03' },
        { text: 'өткен жылдың осы кезеңімен', value: '2025-01-01/2025-01-03' },
      ],
    ],
    [
      'kk',
      'Биылғы жылдың бес айында жүк былтырғы жылдың сәйкес кезеңіне қарағанда артты.',
      '2026-06-10',
      [
        { text: 'Биылғы жылдың бес айында', value: '2026-01/2026-05' },
        { text: 'былтырғы жылдың сәйкес кезеңіне', value: '2025-01/2025-05' },
      ],
    ],
    ['kk', 'Экспорт өткен жылдың осы кезеңімен салыстырғанда өсті.', PUBLISHED, one('өткен жылдың осы кезеңімен', '2025')],
    ['kk', 'Экспорт өткен жылмен салыстырғанда өсті.', PUBLISHED, one('өткен жылмен', '2025')],
    ['ru', 'Экспорт вырос по сравнению с прошлым годом.', PUBLISHED, one('прошлым годом', '2025')],
    [
      'ru',
      'За пять месяцев 2025 года рост составил 5% по сравнению с аналогичным периодом прошлого года.',
      PUBLISHED,
      [
        { text: 'пять месяцев 2025 года', value: '2025-01/2025-05' },
        { text: 'аналогичным периодом прошлого года', value: '2024-01/2024-05' },
      ],
    ],
    [
      'ru',
      'С начала года прошло 1 600 поездов, больше, чем за тот же период 2024 года.',
      PUBLISHED,
      [
        { text: 'С начала года', value: '2026-01-01/2026-02-19' },
        { text: 'тот же период 2024 года', value: '2024-01-01/2024-02-19' },
      ],
    ],
    [
      'ru',
      'В 2024 году экспорт вырос. Это на 5% больше соответствующего периода предыдущего года.',
      PUBLISHED,
      [
        { text: '2024 году', value: '2024' },
        { text: 'соответствующего периода предыдущего года', value: '2023' },
      ],
    ],
    [
      'en',
      'In the first three days of January, bookings doubled compared with the same period last year.',
      '2026-01-06',
      [
        { text: 'the first three days of January', value: '2026-01-01/2026-01-03' },
        { text: 'the same period last year', value: '2025-01-01/2025-01-03' },
      ],
    ],
    [
      'en',
      'Sales at the end of February 2024 beat the same period a year earlier.',
      PUBLISHED,
      [
        { text: 'the end of February 2024', value: '2024-02-21/2024-02-29' },
        { text: 'the same period a year earlier', value: '2023-02-21/2023-02-28' },
      ],
    ],
    ['en', 'Exports rose 10% over the same period of the previous year.', PUBLISHED, one('the same period of the previous year', '2025')],
    // traps: a single day is a date, not a period; a year two sentences back is out of reach
    [
      'ru',
      'Соглашение подписано 3 марта 2020 года. Товарооборот вырос на 5% к аналогичному периоду прошлого года.',
      PUBLISHED,
      [
        { text: '3 марта 2020 года', value: '2020-03-03' },
        { text: 'аналогичному периоду прошлого года', value: '2025' },
      ],
    ],
    [
      'en',
      'The route opened in 2019. It was popular. Traffic rose over the same period last year.',
      PUBLISHED,
      [
        { text: '2019', value: '2019' },
        { text: 'the same period last year', value: '2025' },
      ],
    ],
    ['kk', 'Осы кезеңде екі ел арасындағы сауда өсті.', PUBLISHED, []],
  ])('%s: %s (published %s)', (language, body, publishedAt, expected) => {
    expectTemporal(language, body, publishedAt, expected);
  });
});

describe('a bare year in running text', () => {
  test.each<Row>([
    ['en', 'Visa-free travel began last year. 2024 was declared the Year of tourism.', [
      { text: 'last year', value: '2025' },
      { text: '2024', value: '2024' },
    ]],
    ['en', 'The two countries declared 2027 the year of culture.', one('2027', '2027')],
    ['en', 'The 2025 SCO summit was held in Astana.', one('2025', '2025')],
    ['en', 'Its 2026 budget includes a new terminal.', one('2026', '2026')],
    ['en', 'By the end of 2027 the plant will open.', one('2027', '2027')],
    ['en', 'Flights grew in 2022, 2023 and 2024.', [
      { text: '2022', value: '2022' },
      { text: '2023', value: '2023' },
      { text: '2024', value: '2024' },
    ]],
    ['en', '"2025 will be a record," the minister said.', one('2025', '2025')],
    ['ru', '2025-й стал рекордным для перевозок.', one('2025-й', '2025')],
    ['ru', 'К 2030-му объём планируют удвоить.', one('2030-му', '2030')],
    ['kk', '2025 жылы жүк көлемі артты.', one('2025 жылы', '2025')],
    // traps: counts, room numbers, amounts
    ['en', '2024 passengers flew the route in its first month.', []],
    ['en', 'The 2024 passengers on board were safe.', []],
    ['en', 'In 2023 and 2024 tons of grain were shipped.', one('2023', '2023')],
    ['en', 'Room 2026 is on the second floor.', []],
    ['ru', 'Перевезено 2024 пассажира.', []],
    ['kk', 'Рейспен 2024 жолаушы ұшты.', []],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('a bare weekday: the latest one before publication, the coming one in a clause about the future', () => {
  // 2026-02-19 is a Thursday: the Tuesday before it is 17 February, the one after it 24 February.
  test.each<Row>([
    ['kk', 'Кездесу сейсенбіде өтті.', one('сейсенбіде', '2026-02-17')],
    ['kk', 'Кездесу сейсенбіде өтеді.', one('сейсенбіде', '2026-02-24')],
    ['kk', 'Сейсенбіде министр Пекинге барады.', one('Сейсенбіде', '2026-02-24')],
    ['kk', 'Бейсенбіде делегация келді.', one('Бейсенбіде', '2026-02-19')],
    ['ru', 'Встреча министров состоялась во вторник.', one('вторник', '2026-02-17')],
    ['ru', 'Во вторник состоится встреча министров.', one('вторник', '2026-02-24')],
    ['ru', 'В четверг делегация посетит Урумчи.', one('четверг', '2026-02-19')],
    ['en', 'He will hold talks before the summit on Tuesday, according to the presidency.', one('Tuesday', '2026-02-24')],
    ['en', 'The sides met on Monday and will meet again on Friday.', [
      { text: 'Monday', value: '2026-02-16' },
      { text: 'Friday', value: '2026-02-20' },
    ]],
    ['en', 'The consul met the mayor on Tuesday.', one('Tuesday', '2026-02-17')],
    // traps: the weekday dates a report of something to come; a name ending like a verb of intent
    ['en', 'The minister said on Tuesday that the line will open.', one('Tuesday', '2026-02-17')],
    ['ru', 'Министр сообщил во вторник, что линия откроется летом.', [
      { text: 'вторник', value: '2026-02-17' },
      { text: 'летом', value: '2026-06/2026-08' },
    ]],
    ['kk', 'Ерланбек сейсенбіде Астанаға келді.', one('сейсенбіде', '2026-02-17')],
    ['en', 'Last Tuesday the sides agreed that talks will continue.', one('Last Tuesday', '2026-02-17')],
  ])('%s: %s', (language, body, expected) => {
    expectTemporal(language, body, PUBLISHED, expected);
  });
});

describe('long texts', () => {
  test.each<[Language, string]>([
    ['en', 'The ministers will meet on Tuesday and met on Monday, compared with the same period last year, '],
    ['kk', 'Кездесу сейсенбіде өтеді, мамырдың басында -19 мамырдан бес айында осыдан отыз бес жыл бұрын '],
    ['ru', 'В четверг состоится встреча, за пять месяцев 2025 года к аналогичному периоду прошлого года '],
  ])('%s: one paragraph of 200,000 characters full of expressions is parsed in bounded time, spans exact', (language, unit) => {
    const body = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    const found = parseTemporal(body, language, PUBLISHED);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(found.length).toBeGreaterThan(1000);
    for (const expression of found) expect(body.slice(expression.start, expression.end)).toBe(expression.text);
  });
});
