import { z } from 'zod';
import { EVENT_TYPES, RELATION_STATUSES, RELATION_TYPES } from '@/lib/domain/vocabulary';
import { parseDayInput } from './day-input';

/** What Next gives a page as `searchParams`: a value may be repeated. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined || one.trim() === '' ? undefined : one.trim();
}

/** Parses each field on its own: a bad value drops that filter (and is reported), never the page. */
export function parseFields<T extends Record<string, z.ZodType>>(
  raw: RawSearchParams,
  fields: T,
): { values: { [K in keyof T]?: z.infer<T[K]> }; invalid: boolean } {
  const values: { [K in keyof T]?: z.infer<T[K]> } = {};
  let invalid = false;
  for (const [name, schema] of Object.entries(fields) as [keyof T & string, z.ZodType][]) {
    const value = first(raw[name]);
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) values[name] = parsed.data as z.infer<T[typeof name]>;
    else invalid = true;
  }
  return { values, invalid };
}

/** A day filter as typed (`2026-03-15` or `15.03.2026`), read as its ISO day (lib/present/day-input.ts). */
export const filterDay = z
  .string()
  .max(40)
  .transform((text, context) => {
    const iso = parseDayInput(text);
    if (iso === null) context.addIssue({ code: 'custom', message: 'not a day' });
    return iso ?? '';
  });
const slug = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function parseRelationFilters(raw: RawSearchParams) {
  return parseFields(raw, { type: z.enum(RELATION_TYPES), status: z.enum(RELATION_STATUSES) });
}

export function parseTimelineFilters(raw: RawSearchParams) {
  return parseFields(raw, { type: z.enum(EVENT_TYPES), entity: slug, from: filterDay, to: filterDay });
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 1000;

/** `?page=` (or another parameter naming a page): a whole number from 1; anything else is the first page. */
export function parsePage(raw: RawSearchParams, name = 'page'): number {
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).safeParse(first(raw[name]) ?? '1');
  return page.success ? page.data : 1;
}

export interface PageWindow {
  page: number;
  pages: number;
  /** Items before this page. */
  offset: number;
}

/** The page a list of `total` items shows for `?<name>=`: a page past the end shows the last one. */
export function pageWindow(raw: RawSearchParams, total: number, pageSize: number, name = 'page'): PageWindow {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(parsePage(raw, name), pages);
  return { page, pages, offset: (page - 1) * pageSize };
}

export function parseSearchParams(raw: RawSearchParams) {
  const query = first(raw.q) ?? '';
  return {
    query: query.slice(0, MAX_QUERY_LENGTH),
    truncated: query.length > MAX_QUERY_LENGTH,
    page: parsePage(raw),
  };
}
