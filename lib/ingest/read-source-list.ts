import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { safeHttpUrl } from '@/lib/safe-url';

/** The file beside a folder's documents that says where each came from. */
export const SOURCE_LIST_FILE = 'sources.json';

/**
 * `sources.json`: each document file of the folder (by its name, or its path below the folder) →
 * its outlet and the address of the original story, either optional:
 *
 * ```json
 * { "2026-02-19-shanghai.txt": { "source": "Kazinform", "url": "https://www.inform.kz/…" } }
 * ```
 */
const sourceEntrySchema = z
  .object({
    source: z.string().trim().min(1).max(200).optional(),
    url: z
      .string()
      .max(2000)
      .transform((text, context) => {
        const url = safeHttpUrl(text);
        if (url === null) context.addIssue({ code: 'custom', message: 'must be an http or https address' });
        return url ?? '';
      })
      .optional(),
  })
  .strict();

export const sourceListSchema = z.record(z.string().min(1), sourceEntrySchema);

export interface SourceEntry {
  source?: string;
  url?: string;
}

export class SourceListError extends Error {
  override name = 'SourceListError';
}

/** A folder's source list by file path relative to the folder (with `/`), or an empty one when there is none. */
export function readSourceList(folder: string): Map<string, SourceEntry> {
  const file = path.join(folder, SOURCE_LIST_FILE);
  if (!existsSync(file)) return new Map();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SourceListError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = sourceListSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceListError(`${file}: ${issue?.path.join('.') || 'the list'}: ${issue?.message ?? 'invalid'}`);
  }
  return new Map(Object.entries(parsed.data).map(([name, entry]) => [name.split(path.sep).join('/').replace(/^\.\//, ''), entry]));
}
