import { resolveAgo, resolveCountedDays, resolveCountedMonths, resolveSinceStart } from './counted-periods';
import { monthPartWords } from './month-parts';
import { RU_MONTHS } from './months';
import { numberPattern } from './number-words';
import { NAVIGATION_WORDS, RU_SEASON_ADVERBS, SEASON_ADJECTIVES, SEASON_PERIOD_NOUNS, SEASON_WORDS } from './periods';
import { modifierPattern, yearReferencePattern } from './relative';
import {
  alternation,
  alternationAnyDash,
  DASH,
  DAY_DIGITS,
  DAY_START,
  lowerOrSentenceInitial,
  NUMBER_START,
  WORD_END,
  WORD_START,
  withCapitals,
  WORD_START_NO_DASH,
  YEAR_DIGITS,
} from './regex-parts';
import {
  partOfYearResolver,
  relativeRules,
  resolveDayMonth,
  resolveDayRange,
  resolveMonth,
  resolveMonthPartGroups,
  resolveMonthRange,
  resolveSamePeriodGroups,
  resolveSeasonGroups,
  resolveSeasonPeriodGroups,
  resolveWeekdayGroups,
  resolveYear,
  resolveYearRange,
} from './resolve-groups';
import { defineRule, type TemporalRule } from './rule';
import { WEEKDAY_WORDS } from './weekdays';

/**
 * Russian. Months decline («марта», «марте»); after a day only the genitive is a month, so
 * «3 марки» never matches. A month alone needs a preposition («в марте», «до мая»), and only
 * in lower case: «Мая» alone is a first name.
 */

const GENITIVE_MONTHS = withCapitals(RU_MONTHS.map(({ genitive }) => genitive));
const ALL_MONTH_FORMS = RU_MONTHS.flatMap(({ forms }) => forms);

const MONTH_AFTER_DAY = `${WORD_START}(?<m>${alternation(GENITIVE_MONTHS)})${WORD_END}`;
const MONTH_WITH_YEAR = `${WORD_START}(?<m>${alternation(withCapitals(ALL_MONTH_FORMS))})${WORD_END}`;
const MONTH_ALONE = `${WORD_START}(?<m>${alternation(ALL_MONTH_FORMS)})${WORD_END}`;

/** «год» after a single year: году, года, г. (plural годы/годах belongs to ranges and decades). */
const YEAR_WORD = `(?:(?:году|года|годом|год)${WORD_END}|г\\.|г${WORD_END})`;
const YEARS_WORD = `(?:(?:годы|годах|годов|годам|годами|года|год)${WORD_END}|гг\\.?|г\\.\\s?г\\.|г\\.|г${WORD_END})`;

/** 2026, 2026-го, 2026-м. */
const YEAR_NUMBER = `(?<y>${YEAR_DIGITS})(?:-?(?:го|м|й)(?!\\p{L}))?(?!\\p{N})`;

/** A year after a day, month or season: «2026 года», «2026 г.», «2026», «прошлого года». */
const YEAR_TAIL = `(?:\\s+${YEAR_NUMBER}(?:\\s*${YEAR_WORD})?|\\s+(?<r>${yearReferencePattern('ru', { periods: false })})${WORD_END})`;
/** After a half or quarter, «года» alone means the current year: «во второй половине года». */
const PERIOD_YEAR_TAIL = `(?:\\s+${YEAR_NUMBER}(?:\\s*${YEAR_WORD})?|\\s+(?<r>${yearReferencePattern('ru', { periods: true })})${WORD_END})`;

/** `start` is relaxed for the second day of a range, which follows a dash. */
function day(name: string, start = DAY_START): string {
  return `${start}(?<${name}>${DAY_DIGITS})(?:-?го)?(?![\\p{L}\\p{N}]|[.,:]\\p{N})`;
}

/** Words before a bare month that make it a date: в марте, с мая, до июня, в начале апреля. */
const MONTH_CONTEXT = withCapitals([
  'в',
  'во',
  'с',
  'со',
  'до',
  'к',
  'по',
  'от',
  'на',
  'после',
  'начале',
  'начала',
  'конце',
  'конца',
  'середине',
  'середины',
  'течение',
  'за',
]);

/** «в начале мая», «с конца мая 2025 года», «к середине апреля». */
const MONTH_PART = `${WORD_START}(?<part>${alternation(withCapitals(monthPartWords('ru')))})`;
/** «в первой половине мая», «во второй декаде июля», «в 3-й декаде марта». */
const MONTH_PART_ORDINAL = `${WORD_START}(?<o>(?:[Пп]ерв|[Вв]тор|[Тт]рет)\\p{L}*|[1-3](?:-?(?:й|я|ой|ая|ую))?)`;

/** A count in digits or words, in any case: «5», «пять», «пяти», «тридцати двух». */
const COUNT = `${NUMBER_START}(?<n>${numberPattern('ru')})`;
const COUNT_POSITION = `${WORD_START}(?<pos>[Пп]ерв|[Пп]оследн)\\p{L}*`;
const COUNTED_MONTHS = `(?<u>месяц|квартал)\\p{L}*${WORD_END}`;
/** Units back in time after a count: «32 года назад», «пять лет назад», «три дня назад». */
const AGO_UNITS = [
  ...['год', 'года', 'лет'],
  ...['месяц', 'месяца', 'месяцев'],
  ...['неделю', 'недели', 'недель'],
  ...['день', 'дня', 'дней'],
  ...['десятилетие', 'десятилетия', 'десятилетий'],
];
/** Without a count only the singular means one: «год назад»; «лет назад» needs «несколько» or a number. */
const AGO_UNITS_ALONE = ['год', 'месяц', 'неделю', 'день', 'десятилетие'];
const AGO = `\\s+(?:тому\\s+)?назад${WORD_END}`;

const SINCE_START = `${WORD_START}[Сс]\\s+начала\\s+`;

const ORDINAL = `(?:${WORD_START}(?<o>(?:[Пп]ерв|[Вв]тор|[Тт]рет|[Чч]етв[её]рт)\\p{L}*|[1-4](?:-?(?:й|го|м|ом|е|ая|ой|ого))?|IV|I{1,3}|ІV|І{1,3})(?![\\p{L}\\p{N}]))`;
const PART_UNIT = `(?<u>полугоди\\p{L}*|квартал\\p{L}*|половин\\p{L}*)`;

const SEASON_FORMS = SEASON_WORDS.ru.flatMap(({ words }) => words);
/** «в летний период», «весенне-летнего сезона 2024 года», «летняя навигация»; never «10-летний период». */
const SEASON_PERIOD = `${WORD_START_NO_DASH}(?<s>${alternationAnyDash(withCapitals(SEASON_ADJECTIVES.ru.flatMap(({ words }) => words)))})\\p{L}*\\s+(?:(?<nav>${NAVIGATION_WORDS.ru}\\p{L}*)|${alternation(SEASON_PERIOD_NOUNS.ru)}\\p{L}*)${WORD_END}`;
const WEEKDAY_FORMS = WEEKDAY_WORDS.ru.flatMap(({ words }) => words);
const MODIFIER = `${WORD_START}(?<mod>${modifierPattern('ru')})`;

const resolvePartOfYear = partOfYearResolver({
  unitOf: (unit) => {
    const lower = unit.toLowerCase();
    if (lower.startsWith('квартал')) return 'quarter';
    return lower.startsWith('полугоди') || lower.startsWith('половин') ? 'half' : null;
  },
  // «в первой половине дня» is morning, not January–June.
  needsYear: (unit) => unit.toLowerCase().startsWith('половин'),
  // After 2–4 and 5+ the noun takes the genitive: «2 квартала», «5 кварталов», «2 полугодия».
  countsAfterDigit: (unit) => /^(?:квартал(?:а|ов|ам|ами|ах)|полугоди(?:я|й|ям|ями|ях))$/u.test(unit.toLowerCase()),
});

export const RU_RULES: readonly TemporalRule[] = [
  defineRule('ru-day-month', `${day('d')}\\s+${MONTH_AFTER_DAY}(?:${YEAR_TAIL})?`, resolveDayMonth),
  defineRule('ru-day-range', `${day('ad')}(?:${DASH}|\\s+(?<and>и)\\s+)${day('bd', WORD_START)}\\s+${MONTH_AFTER_DAY}(?:${YEAR_TAIL})?`, resolveDayRange),
  defineRule(
    'ru-day-range-from',
    `${WORD_START}[Сс]о?\\s+${day('ad')}\\s+(?:по|до)\\s+${day('bd', WORD_START)}\\s+${MONTH_AFTER_DAY}(?:${YEAR_TAIL})?`,
    resolveDayRange,
  ),
  defineRule('ru-month-year', `${MONTH_WITH_YEAR}${YEAR_TAIL}`, resolveMonth),
  defineRule(
    'ru-month-range',
    `${WORD_START}(?<am>${alternation(withCapitals(ALL_MONTH_FORMS))})${DASH}(?<bm>${alternation(ALL_MONTH_FORMS)})${WORD_END}(?:${YEAR_TAIL})?`,
    resolveMonthRange,
  ),
  defineRule(
    'ru-month-in-context',
    `(?<=${WORD_START}${alternation(MONTH_CONTEXT)}\\s+)${MONTH_ALONE}`,
    resolveMonth,
  ),
  defineRule('ru-month-part', `${MONTH_PART}\\s+${MONTH_AFTER_DAY}(?:${YEAR_TAIL})?`, resolveMonthPartGroups),
  defineRule(
    'ru-month-half-or-decade',
    `${MONTH_PART_ORDINAL}\\s+(?:(?<half>половин\\p{L}*)|(?<decade>декад\\p{L}*))\\s+${MONTH_AFTER_DAY}(?:${YEAR_TAIL})?`,
    resolveMonthPartGroups,
  ),
  defineRule('ru-year', `${NUMBER_START}${YEAR_NUMBER}\\s*${YEAR_WORD}`, resolveYear),
  // «в 2024-м», «2025-й стал рекордным», «к 2030-му»: the ordinal ending names a year without «год».
  defineRule('ru-year-ordinal', `${NUMBER_START}(?<y>${YEAR_DIGITS})-(?:й|м|го|му)${WORD_END}`, resolveYear),
  defineRule(
    'ru-year-range',
    `${NUMBER_START}(?<a>${YEAR_DIGITS})${DASH}(?<b>${YEAR_DIGITS})(?:-?(?:е|х|м))?\\s*${YEARS_WORD}`,
    resolveYearRange,
  ),
  defineRule(
    'ru-year-range-from',
    `${WORD_START}(?:[Сс]о?|[Оо]т)\\s+(?<a>${YEAR_DIGITS})\\s+(?:по|до)\\s+(?<b>${YEAR_DIGITS})(?![\\p{N}])(?:\\s*${YEARS_WORD})?`,
    resolveYearRange,
  ),
  defineRule('ru-part-of-year', `${ORDINAL}(?<sep>\\s+)${PART_UNIT}(?:${PERIOD_YEAR_TAIL})?`, resolvePartOfYear),
  defineRule(
    'ru-counted-months',
    `(?:${COUNT_POSITION}\\s+)?${COUNT}\\s+${COUNTED_MONTHS}${PERIOD_YEAR_TAIL}`,
    resolveCountedMonths,
  ),
  defineRule('ru-counted-months-no-year', `${COUNT_POSITION}\\s+${COUNT}\\s+${COUNTED_MONTHS}`, resolveCountedMonths),
  defineRule(
    'ru-counted-days',
    `${COUNT_POSITION}\\s+${COUNT}\\s+(?<u>дн\\p{L}*|день|сут\\p{L}*)\\s+${MONTH_AFTER_DAY}(?:${YEAR_TAIL})?`,
    resolveCountedDays,
  ),
  defineRule('ru-ago', `${COUNT}\\s+(?<u>${alternation(AGO_UNITS)})${AGO}`, resolveAgo),
  defineRule('ru-ago-one', `${WORD_START}(?<u>${alternation(withCapitals(AGO_UNITS_ALONE))})${AGO}`, resolveAgo),
  defineRule(
    'ru-since-start-of-year',
    `${SINCE_START}(?:${YEAR_NUMBER}\\s*${YEAR_WORD}|(?<r>${yearReferencePattern('ru', { periods: true })})${WORD_END})`,
    resolveSinceStart,
  ),
  defineRule('ru-since-start-of-month', `${SINCE_START}(?:(?:этого|текущего)\\s+)?(?<u>месяца)${WORD_END}`, resolveSinceStart),
  defineRule(
    'ru-same-period',
    `${WORD_START}(?:(?:[Аа]налогичн|[Сс]оответствующ|[Сс]опоставим)\\p{L}*|(?:[Тт]от|[Тт]ого|[Тт]ем|[Тт]ом)\\s+же)\\s+период\\p{L}*\\s+(?:${YEAR_NUMBER}(?:\\s*${YEAR_WORD})?|(?<r>${yearReferencePattern('ru', { periods: false })})${WORD_END})`,
    resolveSamePeriodGroups,
  ),
  defineRule(
    'ru-season-year',
    `${WORD_START}(?<s>${alternation(withCapitals(SEASON_FORMS))})${YEAR_TAIL}`,
    resolveSeasonGroups,
  ),
  defineRule('ru-season-period', `${SEASON_PERIOD}(?:${YEAR_TAIL})?`, resolveSeasonPeriodGroups),
  defineRule('ru-season-modified', `${MODIFIER}\\s+(?<s>${alternation(SEASON_FORMS)})${WORD_END}`, resolveSeasonGroups),
  defineRule(
    'ru-season-alone',
    `${WORD_START}(?<s>${lowerOrSentenceInitial(RU_SEASON_ADVERBS)})${WORD_END}`,
    resolveSeasonGroups,
  ),
  ...relativeRules('ru'),
  defineRule(
    'ru-weekday',
    `(?<=${WORD_START}[Вв]о?\\s+)(?:(?<mod>${modifierPattern('ru')})\\s+)?(?<w>${alternation(WEEKDAY_FORMS)})${WORD_END}`,
    resolveWeekdayGroups,
  ),
];
