import { alternation } from './regex-parts';

/**
 * Kazakh endings that glue onto month names, season names and «жыл» (year). Vowel harmony picks
 * one variant in real text; the tables list every variant, since the stems they follow are
 * distinctive enough that a permissive ending never creates a false date.
 */

/** Third-person possessive: наурызы, шілдесі, сәуір-і-нде. */
export const KK_POSSESSIVE = ['ы', 'і', 'сы', 'сі'] as const;

export const KK_LOCATIVE = ['да', 'де', 'та', 'те', 'нда', 'нде'] as const;
export const KK_DATIVE = ['ға', 'ге', 'қа', 'ке', 'на', 'не'] as const;
export const KK_ABLATIVE = ['дан', 'ден', 'тан', 'тен', 'нан', 'нен'] as const;
export const KK_GENITIVE = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'] as const;
export const KK_ACCUSATIVE = ['ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'н'] as const;
export const KK_INSTRUMENTAL = ['мен', 'бен', 'пен'] as const;
/** The «-ғы/-дағы» attributive: наурыздағы, 2026 жылғы. */
export const KK_ATTRIBUTIVE = ['ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі'] as const;

export const KK_CASES = [
  ...KK_LOCATIVE,
  ...KK_DATIVE,
  ...KK_ABLATIVE,
  ...KK_GENITIVE,
  ...KK_ACCUSATIVE,
  ...KK_INSTRUMENTAL,
  ...KK_ATTRIBUTIVE,
] as const;

/** Any (possessive +) case ending, or none. */
export const KK_ANY_ENDING = `(?:${alternation(KK_POSSESSIVE)}?${alternation(KK_CASES)}?)`;

/**
 * Endings that let a month or season stand alone as a date without a day or a year: "in" (locative),
 * "from" (ablative), "until/by" (dative). Nominative, genitive and accusative are left out, because
 * «Наурызды тойлау» (celebrating Nauryz) names the holiday, not March.
 */
export const KK_STANDALONE_ENDING = `(?:${alternation(KK_POSSESSIVE)}?${alternation([
  ...KK_LOCATIVE,
  ...KK_ABLATIVE,
  ...KK_DATIVE,
])})`;

/** «ай» (month) after a month name: «наурыз айында», «сәуір айы». */
export const KK_MONTH_WORD = `ай${alternation([
  ...['ы', 'ында', 'ындағы', 'ына', 'ынан', 'ының', 'ын', 'ымен'],
  ...['да', 'дағы', 'ға', 'дан', 'дың', 'ғы'],
])}?`;

/** «айлар» (months) after a month range: «қаңтар-ақпан айларында». */
export const KK_MONTHS_WORD = `айлар${alternation(['ы', 'ында', 'ына', 'ынан', 'ының', 'ын', 'да', 'ға', 'дағы'])}?`;

/** «жыл» (year) after a single year number, singular only: plural «1990 жылдары» means a decade. */
export const KK_YEAR_WORD = `(?:жыл${alternation([
  'ы',
  'ғы',
  'дың',
  'ға',
  'да',
  'дан',
  'ды',
  'дағы',
  'ында',
  'ынан',
  'ына',
  'ының',
])}?|ж\\.)`;

/** «жыл» after a year range: «2026–2028 жылдарға», «жж.». */
export const KK_YEARS_WORD = `(?:жылдар${alternation([
  'ы',
  'ға',
  'да',
  'дағы',
  'ына',
  'ында',
  'ының',
  'ын',
  'дың',
  'ды',
  'дан',
])}?|${KK_YEAR_WORD}|жж\\.?|ж\\.ж\\.)`;

/** After a day number: 15-і, 15-ші, 3-сі. */
export const KK_DAY_ORDINAL = `(?:-${alternation(['ші', 'шы', 'нші', 'ншы', 'і', 'ы', 'сі', 'сы'])})`;

/** Words after a month name that make it the Nauryz holiday rather than March. */
export const KK_HOLIDAY_WORDS = ['мереке', 'мейрам', 'той', 'күні мереке'] as const;
