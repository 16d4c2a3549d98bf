import { daysBetween } from '@/lib/domain/civil-date';

/**
 * The least L with [start, end] (`YYYY-MM-DD`, inclusive) covering at most 2^L days. Stored beside
 * dates (Story.spanLevel): a period filter then reads one short index range per level.
 */
export function spanLevel(start: string, end: string): number {
  const days = daysBetween(start, end) + 1;
  return days <= 1 ? 0 : Math.ceil(Math.log2(days));
}
