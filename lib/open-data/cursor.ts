import { z } from 'zod';

/**
 * Cursors are opaque to clients: base64url of a small JSON value that says where the next page
 * starts. Each list validates its own shape; anything else is a bad parameter (400), never a crash.
 */

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.infer<T> | null {
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(cursor)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const id = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** After an article in publication order. */
export const articleCursor = z.strictObject({ d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), i: id });
/** After an entity key. */
export const keyCursor = z.strictObject({ k: z.string().min(1).max(200) });
/** After an id (events, in storage order). */
export const idCursor = z.strictObject({ i: id });
/** Lists whose order is computed (stories by date, relations by evidence, search by relevance): a position. */
export const offsetCursor = z.strictObject({ o: z.number().int().min(0).max(1_000_000) });
