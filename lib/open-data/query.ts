import type { z } from 'zod';
import { problemResponse } from './http';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * The query string of a request read by a strict schema: an unknown parameter, a repeated one or
 * a bad value is a 400 naming each parameter at fault.
 */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): Parsed<z.infer<T>> {
  const params = new URL(request.url).searchParams;
  const entries: [string, string][] = [];
  const errors: { parameter: string; message: string }[] = [];
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    if (values.length > 1) errors.push({ parameter: name, message: 'given more than once' });
    else entries.push([name, values[0]!]);
  }
  // Own properties whatever the names (`__proto__` too), so the strict schema sees every one.
  const parsed = schema.safeParse(Object.fromEntries(entries));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') for (const key of issue.keys) errors.push({ parameter: key, message: 'unknown parameter' });
      else errors.push({ parameter: String(issue.path[0] ?? ''), message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, response: badParameters(errors) };
  return { ok: true, value: parsed.data };
}

export function badParameters(errors: { parameter: string; message: string }[]): Response {
  const names = [...new Set(errors.map((error) => error.parameter))].map((name) => name.slice(0, 100));
  return problemResponse(400, `Invalid query parameter${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`, {
    errors: errors.map((error) => ({ parameter: error.parameter.slice(0, 100), message: error.message })),
  });
}

/** A path segment read by a schema (the segment as Next gives it, percent-decoded). */
export function parsePathSegment<T extends z.ZodType>(raw: string, schema: T): z.infer<T> | null {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}
