import { z } from 'zod';

/** Slugs and keys are lower-case kebab-case; anything else cannot name a record and is a 404. */
const slugSchema = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function slugParam(raw: string): string | null {
  const decoded = safeDecode(raw);
  const parsed = slugSchema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A story id in a path: a positive integer written plainly (no sign, no leading zeros); anything else is a 404. */
const storyIdSchema = z.string().regex(/^[1-9][0-9]{0,14}$/).transform(Number);

export function storyIdParam(raw: string): number | null {
  const parsed = storyIdSchema.safeParse(safeDecode(raw));
  return parsed.success ? parsed.data : null;
}
