import { resolveAgo, resolveCountedDays, resolveCountedMonths, resolveSinceStart } from './counted-periods';
import { MONTH_PART_WORDS } from './month-parts';
import { EN_MONTHS } from './months';
import { modifierPattern, yearReferencePattern } from './relative';
import {
  alternation,
  alternationAnyDash,
  DASH,
  DAY_DIGITS,
  DAY_START,
  NUMBER_START,
  precededBy,
  SENTENCE_START,
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
  resolveModifiedMonth,
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
import { numberPattern } from './number-words';
import { NAVIGATION_WORDS, SEASON_ADJECTIVES, SEASON_PERIOD_NOUNS, SEASON_WORDS } from './periods';
import { defineRule, type TemporalRule } from './rule';
import { EN_WEEKDAY_NAME_PREFIXES, WEEKDAY_WORDS } from './weekdays';

/**
 * English. Month and weekday names must be capitalised ("may" and "march" are verbs);
 * abbreviations (Feb, Sept) only count next to a day or a year.
 */

const MONTH_NAMES = EN_MONTHS.map(({ name }) => name);
const MONTH_ABBREVIATIONS = EN_MONTHS.flatMap(({ abbreviations }) => abbreviations);

/** A month name or abbreviation ("Mar." keeps its dot). */
function month(name: string): string {
  return `${WORD_START}(?<${name}>${alternation(MONTH_NAMES)}|${alternation(MONTH_ABBREVIATIONS)}\\.?)${WORD_END}`;
}
/** A full month name, the only form that may stand without a day or year. */
function monthName(name: string): string {
  return `${WORD_START}(?<${name}>${alternation(MONTH_NAMES)})${WORD_END}`;
}
const MONTH = month('m');
const MONTH_NAME = monthName('m');

const YEAR = `(?<y>${YEAR_DIGITS})(?![\\p{N}])`;

/** 15, 15th, 1st. */
/** `start` is relaxed for the second day of a range, which follows a dash. */
function day(name: string, start = DAY_START): string {
  return `${start}(?<${name}>${DAY_DIGITS})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,:]\\p{N})`;
}

/** A year after a day or month: "March 15, 2026", "15 March of 2026", "March of last year". */
const YEAR_TAIL = `(?:,?\\s+(?:of\\s+)?${YEAR}|\\s+(?:of\\s+)?(?<r>${yearReferencePattern('en', { periods: false })})${WORD_END})`;
/** A year after a part of a year, where "the year" means the current one. */
const PERIOD_YEAR_TAIL = `\\s+of\\s+(?:${YEAR}|(?<r>${yearReferencePattern('en', { periods: true })})${WORD_END})`;

const THE = `(?:${WORD_START}[Tt]he\\s+)?`;
const DAY_RANGE_LINK = `(?:${DASH}|\\s+to\\s+|\\s+(?<and>and|&)\\s+)`;
const MODIFIER = `${WORD_START}(?<mod>${modifierPattern('en')})`;

/** Words before a bare month that make it a date: "in March", "until April", "the end of May". */
const MONTH_CONTEXT = withCapitals([
  'in',
  'from',
  'to',
  'until',
  'till',
  'since',
  'by',
  'during',
  'through',
  'throughout',
  'before',
  'after',
  'early',
  'late',
  'of',
]);

/** Words before a bare year number that make it a year: "in 2026", "by 2030", "mid-2026". */
const YEAR_CONTEXT = withCapitals([
  'in',
  'since',
  'by',
  'until',
  'till',
  'during',
  'before',
  'after',
  'from',
  'through',
  'throughout',
  'year',
  'early',
  'late',
]);

/** "the end of 2027", "the start of 2026": a part of a year (its value is the year). */
const YEAR_PART_CONTEXT = `(?<=${WORD_START}(?:end|beginning|start|middle|turn|course|rest|remainder)\\s+of\\s+)`;
/** A year right after another in a list: "in 2023 and 2024", "in 2022, 2023 and 2024". */
const AFTER_LISTED_YEAR = `(?<=${WORD_START}${YEAR_DIGITS}(?:\\s*,|\\s+and|\\s+or|\\s*&)\\s*)`;

/** Verbs after a year that opens a sentence: "2024 was declared …", "2025 saw record traffic". */
const YEAR_SUBJECT_VERBS = [
  'was',
  'is',
  'will',
  'has',
  'had',
  'saw',
  'sees',
  'marks',
  'marked',
  'became',
  'becomes',
  'brought',
  'brings',
  'began',
  'begins',
  'ended',
  'ends',
  'promises',
  'proved',
  'remains',
  'remained',
];

/** Determiners before a year used as an attribute: "the 2025 summit", "its 2026 budget". */
const YEAR_DETERMINERS = withCapitals(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * Nouns a year may qualify ("the 2025 summit", "the 2024 Paris Olympics"); counted nouns
 * ("the 2024 passengers") are not here, so a count after "the" stays a count.
 */
const YEAR_ATTRIBUTE_NOUNS = [
  'summit',
  'forum',
  'season',
  'budget',
  'plan',
  'report',
  'election',
  'elections',
  'census',
  'edition',
  'session',
  'Games',
  'Olympics',
  'Expo',
  'championship',
  'festival',
  'exhibition',
  'fair',
  'visit',
  'agreement',
  'deal',
  'memorandum',
  'roadmap',
  'programme',
  'program',
  'target',
  'targets',
  'figures',
  'results',
  'data',
  'record',
  'harvest',
  'campaign',
  'strategy',
  'schedule',
  'timetable',
  'forecast',
  'survey',
  'review',
  'meeting',
  'talks',
  'conference',
  'World Cup',
];

/**
 * Words that also precede counts ("a total of 2000 new jobs", "for 2026 people"): a number after
 * them is a year only where the phrase ends ("the end of 2026.", "plans for 2027, and").
 */
const WEAK_YEAR_CONTEXT = withCapitals(['of', 'for', 'around']);
const PHRASE_ENDS = `(?=\\s*(?:[.,;:!?)»”"]|$)|\\s+(?:and|or|to|through|until)${WORD_END})`;

/** Quantities that a four-digit number after "in"/"of" may count instead ("a total of 2026 tons"). */
const NOT_A_YEAR_AFTER = `(?!\\s*(?:%|percent|per\\s+cent|[-–—]\\s*\\d|(?:tons?|tonnes?|units?|people|persons|km|kilomet\\p{L}*|met(?:er|re)s?|hectares?|cars?|vehicles?|flights?|passengers?|tourists?|students?|companies|projects|jobs|dollars|yuan|tenge|USD|KZT|CNY)${WORD_END}))`;

/** May Day (1 May) is a holiday's name, not the month. */
const NOT_MAY_DAY = `(?!\\s+Day${WORD_END})`;

/** "early May", "mid-April", "late June 2026". */
const PART_BEFORE_MONTH = ['early', 'mid', 'late'];
/** "the beginning of May", "the end of June". */
const PART_OF_MONTH = MONTH_PART_WORDS.en.flatMap(({ words }) => words).filter((word) => !PART_BEFORE_MONTH.includes(word));

/** A count in digits or words: "5", "five", "thirty-two". */
const COUNT = `${NUMBER_START}(?<n>${numberPattern('en')})`;
const COUNTED_MONTHS = `(?<u>months|quarters)${WORD_END}`;

const ORDINAL = `${WORD_START}(?<o>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)`;

const SEASON_NAMES = withCapitals(SEASON_WORDS.en.flatMap(({ words }) => words));
/** "fall" alone is too often a verb or a noun to be a season without a year or a modifier. */
const BARE_SEASON_NAMES = SEASON_NAMES.filter((word) => word.toLowerCase() !== 'fall');

/** "the summer season", "the spring-summer season of 2024", "the spring-summer navigation period of 2024". */
const SEASON_PERIOD_NOUN = alternation(SEASON_PERIOD_NOUNS.en);
const SEASON_PERIOD = `${WORD_START_NO_DASH}(?<s>${alternationAnyDash(withCapitals(SEASON_ADJECTIVES.en.flatMap(({ words }) => words)))})\\s+(?:(?<nav>${NAVIGATION_WORDS.en})(?:\\s+${SEASON_PERIOD_NOUN})?|${SEASON_PERIOD_NOUN})${WORD_END}`;

const WEEKDAY_NAMES = WEEKDAY_WORDS.en.flatMap(({ words }) => words);

const resolvePartOfYear = partOfYearResolver({
  unitOf: (unit) => (/^(?:Q|quarter)$/.test(unit) ? 'quarter' : /^(?:H|half)$/.test(unit) ? 'half' : null),
  needsYear: (unit) => unit === 'half',
  countsAfterDigit: () => false,
});

export const EN_RULES: readonly TemporalRule[] = [
  defineRule('en-day-month', `${THE}${day('d')}(?:\\s+of)?\\s+${MONTH}(?:${YEAR_TAIL})?`, resolveDayMonth),
  defineRule('en-month-day', `${MONTH}\\s+${day('d')}(?:${YEAR_TAIL})?`, resolveDayMonth),
  defineRule(
    'en-day-range',
    `${day('ad')}${DAY_RANGE_LINK}${day('bd', WORD_START)}(?:\\s+of)?\\s+${MONTH}(?:${YEAR_TAIL})?`,
    resolveDayRange,
  ),
  defineRule('en-month-day-range', `${MONTH}\\s+${day('ad')}${DAY_RANGE_LINK}${day('bd', WORD_START)}(?:${YEAR_TAIL})?`, resolveDayRange),
  defineRule('en-month-year', `${MONTH}${YEAR_TAIL}`, resolveMonth),
  defineRule('en-month-range', `${monthName('am')}${DASH}${month('bm')}(?:${YEAR_TAIL})?`, resolveMonthRange),
  defineRule(
    'en-month-in-context',
    `(?:${precededBy(MONTH_CONTEXT)}|(?<=${WORD_START}[Mm]id-))${MONTH_NAME}(?!['’]s)${NOT_MAY_DAY}`,
    resolveMonth,
  ),
  defineRule(
    'en-month-part-before',
    `${WORD_START}(?<part>${alternation(withCapitals(PART_BEFORE_MONTH))})(?:-|\\s+)${MONTH_NAME}${NOT_MAY_DAY}(?:${YEAR_TAIL})?`,
    resolveMonthPartGroups,
  ),
  defineRule(
    'en-month-part-of',
    `${THE}${WORD_START}(?<part>${alternation(withCapitals(PART_OF_MONTH))})\\s+of\\s+${MONTH_NAME}(?:${YEAR_TAIL})?`,
    resolveMonthPartGroups,
  ),
  defineRule(
    'en-month-half',
    `${THE}${WORD_START}(?<o>[Ff]irst|[Ss]econd)\\s+(?<half>half)\\s+of\\s+${MONTH_NAME}(?:${YEAR_TAIL})?`,
    resolveMonthPartGroups,
  ),
  defineRule('en-month-modified', `${MODIFIER}\\s+${MONTH_NAME}`, resolveModifiedMonth),
  defineRule(
    'en-year-in-context',
    `(?:${precededBy(YEAR_CONTEXT)}|(?<=${WORD_START}[Mm]id-))${YEAR}${WORD_END}${NOT_A_YEAR_AFTER}`,
    resolveYear,
  ),
  defineRule('en-year-phrase-end', `${precededBy(WEAK_YEAR_CONTEXT)}${YEAR}${PHRASE_ENDS}`, resolveYear),
  defineRule(
    'en-year-part-or-list',
    `(?:${YEAR_PART_CONTEXT}|${AFTER_LISTED_YEAR})${YEAR}${WORD_END}${NOT_A_YEAR_AFTER}`,
    resolveYear,
  ),
  defineRule(
    'en-year-subject',
    `${SENTENCE_START}${YEAR}(?=\\s+${alternation(YEAR_SUBJECT_VERBS)}${WORD_END})`,
    resolveYear,
  ),
  defineRule('en-year-named', `${WORD_START}${YEAR}(?=\\s+(?:as\\s+)?(?:the|a)\\s+[Yy]ear\\s+of${WORD_END})`, resolveYear),
  defineRule(
    'en-year-attribute',
    `${precededBy(YEAR_DETERMINERS)}${YEAR}(?=\\s+(?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+)?${alternation(YEAR_ATTRIBUTE_NOUNS)}${WORD_END})`,
    resolveYear,
  ),
  defineRule(
    'en-year-range-from',
    `${WORD_START}[Ff]rom\\s+(?<a>${YEAR_DIGITS})\\s+(?:to|through|until|till)\\s+(?<b>${YEAR_DIGITS})(?![\\p{N}])`,
    resolveYearRange,
  ),
  defineRule(
    'en-year-range-between',
    `${WORD_START}[Bb]etween\\s+(?<a>${YEAR_DIGITS})\\s+and\\s+(?<b>${YEAR_DIGITS})(?![\\p{N}])`,
    resolveYearRange,
  ),
  defineRule(
    'en-part-of-year',
    `${THE}${ORDINAL}\\s+(?<u>quarter|half)(?:${PERIOD_YEAR_TAIL})?${WORD_END}`,
    resolvePartOfYear,
  ),
  defineRule(
    'en-counted-months',
    `${THE}(?:${WORD_START}(?<pos>[Ff]irst|[Ll]ast)\\s+)?${COUNT}\\s+${COUNTED_MONTHS}\\s+(?:of\\s+)?(?:${YEAR}|(?<r>${yearReferencePattern('en', { periods: false })})${WORD_END})`,
    resolveCountedMonths,
  ),
  // "the first five months" alone, or "of the year"; not "the first five months of his term".
  defineRule(
    'en-counted-months-no-year',
    `${THE}${WORD_START}(?<pos>[Ff]irst)\\s+${COUNT}\\s+${COUNTED_MONTHS}(?!\\s+of\\s+(?!the\\s+year${WORD_END}))`,
    resolveCountedMonths,
  ),
  defineRule(
    'en-counted-days',
    `${THE}${WORD_START}(?<pos>[Ff]irst|[Ll]ast)\\s+${COUNT}\\s+(?<u>days)\\s+of\\s+${MONTH_NAME}(?:${YEAR_TAIL})?`,
    resolveCountedDays,
  ),
  defineRule(
    'en-ago',
    `${NUMBER_START}(?<n>${numberPattern('en')}|[Aa]n?)\\s+(?<u>(?:year|month|week|day|decade)s?)\\s+ago${WORD_END}`,
    resolveAgo,
  ),
  defineRule(
    'en-since-start',
    `${WORD_START}(?:[Ss]ince|[Ff]rom)\\s+the\\s+(?:beginning|start)\\s+of\\s+(?:${YEAR}|(?<r>${yearReferencePattern('en', { periods: true })})${WORD_END}|(?:the|this)\\s+(?<u>month)${WORD_END})`,
    resolveSinceStart,
  ),
  defineRule(
    'en-same-period',
    `${THE}${WORD_START}(?:same|corresponding|comparable|equivalent)\\s+period\\s+(?:(?:of|in)\\s+)?(?:${YEAR}|(?<r>${yearReferencePattern('en', { periods: false })})${WORD_END}|(?<prev>a\\s+year\\s+(?:earlier|ago|before))${WORD_END})`,
    resolveSamePeriodGroups,
  ),
  defineRule('en-same-period-year-earlier', `${THE}${WORD_START}(?<prev>year-earlier)\\s+period${WORD_END}`, resolveSamePeriodGroups),
  defineRule('en-part-of-year-code', `${WORD_START}(?<u>[QH])(?<o>[1-4])\\s+(?:of\\s+)?${YEAR}`, resolvePartOfYear),
  defineRule(
    'en-part-of-year-code-alone',
    `${precededBy(withCapitals(['in', 'during', 'by', 'for']))}(?<u>[QH])(?<o>[1-4])${WORD_END}`,
    resolvePartOfYear,
  ),
  defineRule(
    'en-season-year',
    `${THE}${WORD_START}(?<s>${alternation(SEASON_NAMES)})(?:\\s+of)?\\s+(?:${YEAR}|(?<r>${yearReferencePattern('en', { periods: false })})${WORD_END})`,
    resolveSeasonGroups,
  ),
  defineRule(
    'en-season-period',
    `${THE}(?:(?<py>${YEAR_DIGITS})\\s+)?${SEASON_PERIOD}(?:(?:\\s+of)?\\s+(?:${YEAR}|(?<r>${yearReferencePattern('en', { periods: false })})${WORD_END}))?`,
    resolveSeasonPeriodGroups,
  ),
  defineRule('en-season-modified', `${MODIFIER}\\s+(?<s>${alternation(SEASON_NAMES)})${WORD_END}`, resolveSeasonGroups),
  defineRule(
    'en-season-alone',
    `(?<=${WORD_START}(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]y)\\s+(?:the\\s+)?)(?<s>${alternation(BARE_SEASON_NAMES)})${WORD_END}`,
    resolveSeasonGroups,
  ),
  ...relativeRules('en'),
  defineRule(
    'en-weekday',
    `(?:${MODIFIER}\\s+)?(?<!${WORD_START}${alternation(EN_WEEKDAY_NAME_PREFIXES)}\\s+)${WORD_START}(?<w>${alternation(WEEKDAY_NAMES)})${WORD_END}`,
    resolveWeekdayGroups,
  ),
];
