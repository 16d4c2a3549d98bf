import type { Language } from '@/lib/domain/vocabulary';
import {
  addDays,
  at,
  daysInMonth,
  EN_MONTHS,
  EN_ORDINALS,
  EN_SEASONS,
  EN_WEEKDAYS,
  KK_MONTH_STEMS,
  KK_ORDINALS,
  KK_SEASONS,
  KK_WEEKDAYS,
  RU_MONTH_GENITIVE,
  RU_MONTH_PREPOSITIONAL,
  RU_ORDINALS_FEMININE,
  RU_ORDINALS_MASCULINE,
  RU_SEASONS,
  RU_WEEKDAYS,
  seasonOfMonth,
  type Day,
} from './calendar-words';
import { kkCase } from './inflect-kk';
import type { Random } from './random';

/**
 * Time adverbials in the many shapes news uses: full dates, dates without a year, numeric dates,
 * months, years, halves, quarters, seasons, weekdays and relative words, each placed before or
 * after the publication date as the template's tense needs.
 */
export interface DatePhrases {
  past(): string;
  future(): string;
  /** A few days to come, for conferences and exhibitions. */
  dayRange(): string;
  /** The years a plan covers, written as a modifier («2026 - 2028 жылдарға арналған», «на 2026–2028 годы», "for 2026–2028"). */
  yearRange(): string;
  /** The year a lasting tie began («2015 жылдан бері», «с 2015 года», "since 2015"). */
  sinceYear(): string;
}

type Direction = 'past' | 'future';

/** One written form of a day; null when the form does not suit it (a year-less date in another year). */
type DateForm = (day: Day, sameYear: boolean, direction: Direction) => string | null;

const MAX_PAST_DAYS = 150;
const MAX_FUTURE_DAYS = 180;
/** Share of adverbials that are relative words («кеше», "last week") rather than calendar dates. */
const RELATIVE_SHARE = 0.15;

const RELATIVE_WORDS: Readonly<Record<Language, Readonly<Record<Direction, readonly string[]>>>> = {
  kk: { past: ['кеше', 'өткен аптада', 'өткен айда', 'өткен жылы', 'былтыр'], future: ['ертең', 'келесі аптада', 'алдағы айда', 'келесі жылы'] },
  ru: {
    past: ['вчера', 'на прошлой неделе', 'в прошлом месяце', 'в прошлом году'],
    future: ['завтра', 'на следующей неделе', 'в следующем месяце', 'в следующем году'],
  },
  en: { past: ['yesterday', 'last week', 'last month', 'last year'], future: ['tomorrow', 'next week', 'next month', 'next year'] },
};

const pad = (n: number) => String(n).padStart(2, '0');
const half = (month: number) => (month <= 6 ? 0 : 1);
const quarter = (month: number) => Math.floor((month - 1) / 3);

const KK_FORMS: readonly DateForm[] = [
  (d) => `${d.year} жылғы ${d.day} ${kkCase(at(KK_MONTH_STEMS, d.month - 1), 'locative')}`,
  (d, same) => (same ? `${d.day} ${kkCase(at(KK_MONTH_STEMS, d.month - 1), 'locative')}` : null),
  (d, same) => (same ? `${d.day}-${kkCase(at(KK_MONTH_STEMS, d.month - 1), 'locative')}` : null),
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year} ж.`,
  (d) => `${d.year} жылғы ${kkCase(at(KK_MONTH_STEMS, d.month - 1), 'locative')}`,
  (d, same) => (same ? `${at(KK_MONTH_STEMS, d.month - 1)} айында` : null),
  (d, same) => (same ? 'биыл' : `${d.year} жылы`),
  (d, same) => `${same ? 'ағымдағы' : `${d.year}`} жылдың ${at(KK_ORDINALS, half(d.month))} жартысында`,
  (d) => `${d.year} жылдың ${at(KK_ORDINALS, quarter(d.month))} тоқсанында`,
  (d, _same, direction) => (direction === 'past' && d.month % 2 === 0 ? `${at(KK_WEEKDAYS, d.day % 7)} күні` : null),
  (d) => (seasonOfMonth(d.month) === 3 ? null : `${d.year} жылғы ${kkCase(at(KK_SEASONS, seasonOfMonth(d.month)), 'locative')}`),
];

const RU_FORMS: readonly DateForm[] = [
  (d) => `${d.day} ${at(RU_MONTH_GENITIVE, d.month - 1)} ${d.year} года`,
  (d, same) => (same ? `${d.day} ${at(RU_MONTH_GENITIVE, d.month - 1)}` : null),
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  (d) => `в ${at(RU_MONTH_PREPOSITIONAL, d.month - 1)} ${d.year} года`,
  (d, same) => (same ? `в ${at(RU_MONTH_PREPOSITIONAL, d.month - 1)}` : null),
  (d, same) => (same ? 'в этом году' : `в ${d.year} году`),
  (d, same) => `${half(d.month) === 1 ? 'во' : 'в'} ${at(RU_ORDINALS_FEMININE, half(d.month))} половине ${same ? 'текущего' : d.year} года`,
  (d) => `${quarter(d.month) === 1 ? 'во' : 'в'} ${at(RU_ORDINALS_MASCULINE, quarter(d.month))} квартале ${d.year} года`,
  (d, _same, direction) => {
    if (direction !== 'past' || d.month % 2 !== 0) return null;
    const weekday = at(RU_WEEKDAYS, d.day % 7);
    return `${weekday.startsWith('вт') ? 'во' : 'в'} ${weekday}`;
  },
  (d) => (seasonOfMonth(d.month) === 3 ? null : `${at(RU_SEASONS, seasonOfMonth(d.month))} ${d.year} года`),
];

const EN_FORMS: readonly DateForm[] = [
  (d) => `on ${at(EN_MONTHS, d.month - 1)} ${d.day}, ${d.year}`,
  (d) => `on ${d.day} ${at(EN_MONTHS, d.month - 1)} ${d.year}`,
  (d, same) => (same ? `on ${at(EN_MONTHS, d.month - 1)} ${d.day}` : null),
  (d) => `in ${at(EN_MONTHS, d.month - 1)} ${d.year}`,
  (d, same) => (same ? `in ${at(EN_MONTHS, d.month - 1)}` : null),
  (d, same) => (same ? 'this year' : `in ${d.year}`),
  (d, same) => `in the ${at(EN_ORDINALS, half(d.month))} half of ${same ? 'the year' : d.year}`,
  (d) => `in the ${at(EN_ORDINALS, quarter(d.month))} quarter of ${d.year}`,
  (d) => `in Q${quarter(d.month) + 1} ${d.year}`,
  (d, _same, direction) => (direction === 'past' && d.month % 2 === 0 ? `on ${at(EN_WEEKDAYS, d.day % 7)}` : null),
  (d) => (seasonOfMonth(d.month) === 3 ? null : `in the ${at(EN_SEASONS, seasonOfMonth(d.month))} of ${d.year}`),
];

const FORMS: Readonly<Record<Language, readonly DateForm[]>> = { kk: KK_FORMS, ru: RU_FORMS, en: EN_FORMS };

export function datePhrases(language: Language, published: Day, random: Random): DatePhrases {
  const adverbial = (direction: Direction): string => {
    if (random.chance(RELATIVE_SHARE)) return random.pick(RELATIVE_WORDS[language][direction]);
    const offset = direction === 'past' ? -random.int(1, MAX_PAST_DAYS) : random.int(1, MAX_FUTURE_DAYS);
    const day = addDays(published, offset);
    const sameYear = day.year === published.year;
    for (;;) {
      const written = random.pick(FORMS[language])(day, sameYear, direction);
      if (written !== null) return written;
    }
  };

  const dayRange = (): string => {
    const first = addDays(published, random.int(7, MAX_FUTURE_DAYS));
    const start = Math.min(first.day, daysInMonth(first.year, first.month) - 3);
    const end = start + random.int(1, 3);
    const same = first.year === published.year && random.chance(0.5);
    const month = first.month - 1;
    switch (language) {
      case 'kk':
        return same
          ? `${start}-${end} ${at(KK_MONTH_STEMS, month)} күндері`
          : `${first.year} жылғы ${start} - ${end} ${at(KK_MONTH_STEMS, month)} аралығында`;
      case 'ru':
        return same ? `с ${start} по ${end} ${at(RU_MONTH_GENITIVE, month)}` : `${start}–${end} ${at(RU_MONTH_GENITIVE, month)} ${first.year} года`;
      case 'en':
        return same ? `on ${at(EN_MONTHS, month)} ${start}-${end}` : `from ${start} to ${end} ${at(EN_MONTHS, month)} ${first.year}`;
    }
  };

  const yearRange = (): string => {
    const first = published.year + random.int(0, 1);
    const last = first + random.int(1, 3);
    switch (language) {
      case 'kk':
        return `${first} - ${last} жылдарға арналған`;
      case 'ru':
        return `на ${first}–${last} годы`;
      case 'en':
        return random.chance(0.5) ? `for ${first}–${last}` : `for the period from ${first} to ${last}`;
    }
  };

  const sinceYear = (): string => {
    const year = published.year - random.int(1, 15);
    return { kk: `${year} жылдан бері`, ru: `с ${year} года`, en: `since ${year}` }[language];
  };

  return { past: () => adverbial('past'), future: () => adverbial('future'), dayRange, yearRange, sinceYear };
}
