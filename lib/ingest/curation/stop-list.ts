import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES } from '@/lib/domain/vocabulary';
import type { RejectedCandidate } from './plans';

/** The reviewed list of rejected candidates lives beside the gazetteer folder (seeds/rejected-candidates.json). */
export function stopListFile(gazetteerDir: string): string {
  return path.join(path.dirname(gazetteerDir), 'rejected-candidates.json');
}

const namesSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() }).strict();
const stopListSchema = z.array(z.object({ key: z.string().min(1), type: z.enum(ENTITY_TYPES), names: namesSchema }).strict());

/** The rejected candidates; none when the file does not exist yet. */
export function readStopList(file: string): RejectedCandidate[] {
  if (!existsSync(file)) return [];
  const parsed = stopListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
