/**
 * Calendar arithmetic on plain ISO days (UTC, no clock read) and the month, weekday and ordinal
 * words the generator writes, in each language.
 */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function addDays({ year, month, day }: Day, days: number): Day {
  const date = new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay({ year, month, day }: Day): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Kazakh months are stems that take endings. */
export const KK_MONTH_STEMS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

export const RU_MONTH_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

export const RU_MONTH_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
] as const;

export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const KK_ORDINALS = ['бірінші', 'екінші', 'үшінші', 'төртінші'] as const;
/** Feminine prepositional (половине) and masculine prepositional (квартале, полугодии). */
export const RU_ORDINALS_FEMININE = ['первой', 'второй'] as const;
export const RU_ORDINALS_MASCULINE = ['первом', 'втором', 'третьем', 'четвёртом'] as const;
export const EN_ORDINALS = ['first', 'second', 'third', 'fourth'] as const;

export const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'] as const;
/** Accusative, as after «в / во». */
export const RU_WEEKDAYS = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'] as const;
export const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const KK_SEASONS = ['көктем', 'жаз', 'күз', 'қыс'] as const;
/** Instrumental: «весной», «летом». */
export const RU_SEASONS = ['весной', 'летом', 'осенью', 'зимой'] as const;
export const EN_SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/** Season (0 spring … 3 winter) a month falls in. */
export function seasonOfMonth(month: number): number {
  if (month >= 3 && month <= 5) return 0;
  if (month >= 6 && month <= 8) return 1;
  if (month >= 9 && month <= 11) return 2;
  return 3;
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}
