import type { AppLocale } from '@/i18n/routing';
import { formatCivilDate, isValidDay } from '@/lib/domain/civil-date';

/**
 * Dates typed into a filter. Browsers draw `<input type="date">` in their own locale (mm/dd/yyyy
 * in a Kazakh page on an American system), so the filters are text fields written as the page's
 * locale writes dates: day.month.year in Kazakh and Russian, ISO in English. Either shape is read
 * in any locale; the URL always holds ISO.
 */

/** How each locale writes a day in a filter field. */
export const DAY_INPUT_STYLE: Readonly<Record<AppLocale, 'dotted' | 'iso'>> = { kk: 'dotted', ru: 'dotted', en: 'iso' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

function isoOf(year: string, month: string, day: string): string | null {
  const civil = { year: Number(year), month: Number(month), day: Number(day) };
  return isValidDay(civil.year, civil.month, civil.day) ? formatCivilDate(civil) : null;
}

/** The ISO day a typed date names (`2026-03-15`, `15.03.2026`, `5.3.2026`), or null for anything else or an impossible day. */
export function parseDayInput(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return isoOf(iso[1]!, iso[2]!, iso[3]!);
  const dotted = DOTTED.exec(trimmed);
  if (dotted) return isoOf(dotted[3]!, dotted[2]!, dotted[1]!);
  return null;
}

/** An ISO day as the locale's filter field shows it. */
export function formatDayInput(iso: string, locale: AppLocale): string {
  if (DAY_INPUT_STYLE[locale] === 'iso') return iso;
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** A period whose start is after its end names no day at all. */
export function isReversedPeriod(from: string | undefined, to: string | undefined): boolean {
  return from !== undefined && to !== undefined && from > to;
}
