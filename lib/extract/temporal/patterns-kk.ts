import {
  KK_ABLATIVE,
  KK_ANY_ENDING,
  KK_DATIVE,
  KK_DAY_ORDINAL,
  KK_GENITIVE,
  KK_HOLIDAY_WORDS,
  KK_LOCATIVE,
  KK_MONTH_WORD,
  KK_MONTHS_WORD,
  KK_POSSESSIVE,
  KK_STANDALONE_ENDING,
  KK_YEAR_WORD,
  KK_YEARS_WORD,
} from './kk-endings';
import { resolveAgo, resolveCountedDays, resolveCountedMonths, resolveSinceStart } from './counted-periods';
import { monthPartWords } from './month-parts';
import { KK_MONTHS } from './months';
import { numberPattern } from './number-words';
import { NAVIGATION_WORDS, SEASON_ADJECTIVES, SEASON_PERIOD_NOUNS, SEASON_WORDS } from './periods';
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
 * Kazakh. Month names are lower case in running text; a capitalised «Наурыз» is the spring
 * holiday unless a day number stands next to it («22 Наурыз») or «ай» follows («Наурыз айында»).
 * Without a day, a month counts only in the locative, ablative or dative («наурызда»,
 * «сәуірден», «мамырға»), and never before a holiday word («наурыз мерекесі»).
 */

const MONTH_STEMS = KK_MONTHS.map(({ stem }) => stem);

/** Not followed by «мерекесі / мейрамы / тойы»: the Nauryz holiday. */
const NOT_HOLIDAY = `(?!\\s+${alternation(KK_HOLIDAY_WORDS)})`;

function month({ capital, endings, group = 'm' }: { capital: boolean; endings: string; group?: string }): string {
  const stems = capital ? withCapitals(MONTH_STEMS) : MONTH_STEMS;
  return `${WORD_START}(?<${group}>${alternation(stems)}${endings})${WORD_END}`;
}

/** Next to a day number: any ending, either case. */
const MONTH_BY_DAY = month({ capital: true, endings: KK_ANY_ENDING });

/**
 * A year before the expression: «2026 жылғы», «2026-жылдың», «2026 ж.», «биылғы», «өткен жылдың».
 * `adverbial: false` leaves out «2026 жылы» ("in 2026"), which need not own what follows: «2025
 * жылы бес айда салынды» (built in five months, in 2025).
 */
function yearBefore({ periods, adverbial = true }: { periods: boolean; adverbial?: boolean }): string {
  const yearWords = adverbial ? 'жылғы|жылдың|жылы|ж\\.' : 'жылғы|жылдың|ж\\.';
  return `(?:${NUMBER_START}(?<py>${YEAR_DIGITS})\\s*-?\\s*(?:${yearWords})(?!\\p{L})|${WORD_START}(?<pr>${yearReferencePattern('kk', { periods })})${WORD_END})`;
}

/** A year after a date: «15 наурыз 2026 жыл». */
const YEAR_AFTER = `\\s+(?<sy>${YEAR_DIGITS})\\s*-?\\s*${KK_YEAR_WORD}(?!\\p{L})`;

/** `start` is relaxed for the second day of a range, which follows a dash. */
function day(name: string, start = DAY_START): string {
  return `${start}(?<${name}>${DAY_DIGITS})${KK_DAY_ORDINAL}?(?![\\p{N}]|[.,:]\\p{N})`;
}

/** Between a day and its month: a space, or a hyphen as in «15-наурыз». */
const DAY_MONTH_LINK = '(?:\\s+|-)';

/** Words after a day range that belong to it: «26–28 наурыз аралығында», «… күндері». */
const RANGE_WORDS = ['аралығында', 'аралығындағы', 'аралығы', 'аралығын', 'аралықта', 'күндері'];

/**
 * «маусым» is also "season" («туристік маусымның соңында», «маусым басында»), so next to a part
 * word June needs «ай»: «маусым айының соңында».
 */
const STEMS_NOT_SEASON = MONTH_STEMS.filter((stem) => stem !== 'маусым');
/** «маусым» after an adjective is the season: «туристік маусымда», «жазғы маусымнан». Checked where the word ends. */
const NOT_SEASON_NOUN = `(?<!\\p{L}${alternation(['лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'ғы', 'гі', 'қы', 'кі'])}\\s+маусым\\p{L}*)`;
/** A month owning a part: «мамырдың», «сәуір айының». */
const MONTH_OWNER = `${WORD_START}(?<m>${alternation(withCapitals(MONTH_STEMS))}\\s+айының|${alternation(withCapitals(STEMS_NOT_SEASON))}${alternation(KK_POSSESSIVE)}?${alternation(KK_GENITIVE)})${WORD_END}`;
const MONTH_PART = `${WORD_START}(?<part>${alternation(monthPartWords('kk'))})${WORD_END}`;
/** «мамыр басында», without the genitive. */
const BARE_MONTH_BEFORE_PART = `${WORD_START}(?<m>${alternation(STEMS_NOT_SEASON)})`;
const MONTH_PART_ORDINAL = `${WORD_START}(?<o>[Бб]ірінші|[Ее]кінші|[Үү]шінші|[1-3]-(?:ші|шы|інші|нші))`;

/** A count in digits or words: «5», «бес», «отыз бес». */
const COUNT = `${NUMBER_START}(?<n>${numberPattern('kk')})`;
const COUNT_POSITION = `${WORD_START}(?<pos>[Аа]лғашқы|[Бб]ірінші|[Сс]оңғы)`;
/** «ай» (month) or «тоқсан» (quarter) after a count: «бес айында», «үш тоқсанында», «5 айлығында». */
const COUNTED_MONTHS = `(?<u>ай|тоқсан)${alternation(['ы', 'ында', 'ының', 'ына', 'ындағы', 'да', 'дағы', 'лық', 'лығы', 'лығында', 'лығының'])}?${WORD_END}`;

/** «… басынан бері / бастап»: since the start of it. */
const SINCE_START = `\\s+басынан\\s+(?:бері|бастап)${WORD_END}`;

const ORDINAL = `(?:${WORD_START}(?<o>[Бб]ірінші|[Аа]лғашқы|[Ее]кінші|[Үү]шінші|[Тт]өртінші|[1-4](?:-(?:ші|шы|інші|нші))?|IV|I{1,3}|ІV|І{1,3})(?![\\p{L}\\p{N}]))`;
const PART_UNIT = `(?<u>жартыжылдық\\p{L}*|жартыжылдығ\\p{L}*|жарты\\s+жылдық\\p{L}*|жарты\\s+жылдығ\\p{L}*|жартыс\\p{L}*|тоқсан\\p{L}*)`;

const SEASON_STEMS = SEASON_WORDS.kk.flatMap(({ words }) => words);
/**
 * Endings a season takes as a date: possessive + case («көктемінде», «жазы») or a bare locative
 * or ablative («күзде»). The bare dative is left out: «қысқа» is also "short".
 */
const SEASON_ENDING = `(?:${alternation(KK_POSSESSIVE)}${alternation([...KK_LOCATIVE, ...KK_ABLATIVE, ...KK_DATIVE, ...KK_GENITIVE])}?|${alternation([...KK_LOCATIVE, ...KK_ABLATIVE])})`;
const SEASON = `${WORD_START}(?<s>${alternation(SEASON_STEMS)}${SEASON_ENDING})${WORD_END}`;
const SEASONS_IN = ['көктемде', 'жазда', 'күзде', 'қыста'];
/** «жазғы маусымда», «көктемгі-жазғы навигация кезеңінде»: an adjective needs a period noun after it. */
const SEASON_ADJECTIVE = `${WORD_START_NO_DASH}(?<s>${alternationAnyDash(withCapitals(SEASON_ADJECTIVES.kk.flatMap(({ words }) => words)))})`;
const SEASON_PERIOD_NOUN = `${alternation(SEASON_PERIOD_NOUNS.kk)}\\p{L}*`;
const SEASON_PERIOD = `${SEASON_ADJECTIVE}\\s+(?:(?<nav>${NAVIGATION_WORDS.kk}\\p{L}*)(?:\\s+${SEASON_PERIOD_NOUN})?|${SEASON_PERIOD_NOUN})${WORD_END}`;
/** «жаз айларында», «қыс мезгілінде»: the season's months, its time. */
const SEASON_MONTHS = `${WORD_START}(?<s>${alternation(withCapitals(SEASON_STEMS))})\\s+(?:айлар|мезгіл)\\p{L}*`;

const WEEKDAY_STEMS = WEEKDAY_WORDS.kk.flatMap(({ words }) => words);
const WEEKDAY_ENDING = `(?:${alternation(['де', 'да', 'ге', 'ға', 'ден', 'дан', 'нде', 'нда'])}|\\s+күн(?:і|гі|нен|ге)?)`;
const MODIFIER = `${WORD_START}(?<mod>${modifierPattern('kk')})`;

const resolvePartOfYear = partOfYearResolver({
  unitOf: (unit) => (unit.startsWith('тоқсан') ? 'quarter' : unit.startsWith('жарты') ? 'half' : null),
  // «жартысы» alone is any half; next to a year it is a half-year.
  needsYear: (unit) => unit.startsWith('жартыс'),
  // Ordinal digits take a hyphen («2-тоқсан»); «2 тоқсан» may count quarters.
  countsAfterDigit: () => true,
});

export const KK_RULES: readonly TemporalRule[] = [
  defineRule('kk-year-day-month', `${yearBefore({ periods: false })}\\s+${day('d')}${DAY_MONTH_LINK}${MONTH_BY_DAY}`, resolveDayMonth),
  defineRule('kk-day-month', `${day('d')}${DAY_MONTH_LINK}${MONTH_BY_DAY}(?:${YEAR_AFTER})?`, resolveDayMonth),
  defineRule(
    'kk-month-genitive-day',
    `(?:${yearBefore({ periods: false })}\\s+)?${month({ capital: true, endings: `(?:${alternation(KK_GENITIVE)}|\\s+айының)` })}\\s+${NUMBER_START}(?<d>${DAY_DIGITS})(?:-\\p{L}+)?(?![\\p{L}\\p{N}])`,
    resolveDayMonth,
  ),
  defineRule(
    'kk-day-range',
    `(?:${yearBefore({ periods: false })}\\s+)?${day('ad')}(?:${DASH}|\\s+(?<and>және|мен)\\s+)${day('bd', WORD_START)}${DAY_MONTH_LINK}${MONTH_BY_DAY}(?:${YEAR_AFTER})?(?:\\s+${alternation(RANGE_WORDS)}${WORD_END})?`,
    resolveDayRange,
  ),
  defineRule(
    'kk-year-month',
    `${yearBefore({ periods: false })}\\s+${month({ capital: false, endings: KK_ANY_ENDING })}(?:\\s+${KK_MONTH_WORD}${WORD_END})?${NOT_HOLIDAY}`,
    resolveMonth,
  ),
  defineRule(
    'kk-month-range',
    `(?:${yearBefore({ periods: false })}\\s+)?${WORD_START}(?<am>${alternation(MONTH_STEMS)})${DASH}${month({ capital: false, endings: KK_ANY_ENDING, group: 'bm' })}(?:\\s+${KK_MONTHS_WORD}${WORD_END})?`,
    resolveMonthRange,
  ),
  defineRule('kk-month-alone', `${month({ capital: false, endings: KK_STANDALONE_ENDING })}${NOT_SEASON_NOUN}${NOT_HOLIDAY}`, resolveMonth),
  defineRule('kk-month-with-month-word', `${month({ capital: true, endings: '' })}\\s+${KK_MONTH_WORD}${WORD_END}`, resolveMonth),
  defineRule('kk-month-part', `(?:${yearBefore({ periods: false })}\\s+)?${MONTH_OWNER}\\s+${MONTH_PART}`, resolveMonthPartGroups),
  defineRule(
    'kk-bare-month-part',
    `(?:${yearBefore({ periods: false })}\\s+)?${BARE_MONTH_BEFORE_PART}\\s+${MONTH_PART}`,
    resolveMonthPartGroups,
  ),
  defineRule(
    'kk-month-half-or-decade',
    `(?:${yearBefore({ periods: false })}\\s+)?${MONTH_OWNER}\\s+${MONTH_PART_ORDINAL}\\s+(?:(?<half>жартыс\\p{L}*)|(?<decade>онкүндіг\\p{L}*|онкүндік\\p{L}*))`,
    resolveMonthPartGroups,
  ),
  defineRule(
    'kk-counted-months',
    `${yearBefore({ periods: true, adverbial: false })}\\s+(?:${COUNT_POSITION}\\s+)?${COUNT}\\s+${COUNTED_MONTHS}`,
    resolveCountedMonths,
  ),
  defineRule('kk-counted-months-no-year', `${COUNT_POSITION}\\s+${COUNT}\\s+${COUNTED_MONTHS}`, resolveCountedMonths),
  defineRule(
    'kk-counted-days',
    `(?:${yearBefore({ periods: false })}\\s+)?${MONTH_OWNER}\\s+${COUNT_POSITION}\\s+${COUNT}\\s+(?<u>күн)\\p{L}*`,
    resolveCountedDays,
  ),
  defineRule(
    'kk-ago',
    `(?:${WORD_START}(?:[Оо]сыдан|[Бб]ұдан)\\s+)?${COUNT}\\s+(?<u>жыл|ай|апта|күн)\\s+бұрын(?:ғы)?${WORD_END}`,
    resolveAgo,
  ),
  defineRule(
    'kk-since-start',
    `(?:${WORD_START}(?<pr>[Бб]иыл(?:ғы)?)\\s+)?${WORD_START}(?<u>[Жж]ыл|[Аа]й)${SINCE_START}`,
    resolveSinceStart,
  ),
  defineRule('kk-since-start-of-year', `${yearBefore({ periods: true })}${SINCE_START}`, resolveSinceStart),
  defineRule('kk-since-start-of-month', `${WORD_START}(?:[Оо]сы|[Аа]ғымдағы)\\s+(?<u>айдың)${SINCE_START}`, resolveSinceStart),
  defineRule(
    'kk-same-period',
    `${yearBefore({ periods: false })}\\s+${WORD_START}(?:осы|сәйкес|ұқсас|тиісті|дәл\\s+осы)\\s+кезең\\p{L}*`,
    resolveSamePeriodGroups,
  ),
  defineRule('kk-year', `${NUMBER_START}(?<y>${YEAR_DIGITS})\\s*-?\\s*${KK_YEAR_WORD}(?!\\p{L})`, resolveYear),
  defineRule(
    'kk-year-range',
    `${NUMBER_START}(?<a>${YEAR_DIGITS})${DASH}(?<b>${YEAR_DIGITS})\\s*-?\\s*${KK_YEARS_WORD}(?!\\p{L})`,
    resolveYearRange,
  ),
  defineRule(
    'kk-year-range-from-to',
    `${NUMBER_START}(?<a>${YEAR_DIGITS})\\s*-?\\s*жыл(?:дан|ынан)\\s+(?<b>${YEAR_DIGITS})\\s*-?\\s*жыл(?:ға|ына)\\s+(?:дейін|шейін)(?:гі)?${WORD_END}`,
    resolveYearRange,
  ),
  defineRule(
    'kk-part-of-year',
    `(?:${yearBefore({ periods: true })}\\s+)?${ORDINAL}(?<sep>\\s+|-)${PART_UNIT}`,
    resolvePartOfYear,
  ),
  defineRule('kk-season-year', `${yearBefore({ periods: false })}\\s+${SEASON}`, resolveSeasonGroups),
  defineRule('kk-season-period', `(?:${yearBefore({ periods: false })}\\s+)?${SEASON_PERIOD}`, resolveSeasonPeriodGroups),
  defineRule('kk-season-months', `(?:${yearBefore({ periods: false })}\\s+)?${SEASON_MONTHS}`, resolveSeasonGroups),
  defineRule('kk-season-modified', `${MODIFIER}\\s+${SEASON}`, resolveSeasonGroups),
  defineRule('kk-season-alone', `${WORD_START}(?<s>${lowerOrSentenceInitial(SEASONS_IN)})${WORD_END}`, resolveSeasonGroups),
  ...relativeRules('kk'),
  defineRule(
    'kk-weekday',
    `(?:${MODIFIER}\\s+)?${WORD_START}(?<w>${lowerOrSentenceInitial(WEEKDAY_STEMS)}${WEEKDAY_ENDING})${WORD_END}`,
    resolveWeekdayGroups,
  ),
];
