import { createHash } from 'node:crypto';
import path from 'node:path';
import { transliterate } from '@/lib/extract/transliterate';

/** Bump when extraction rules change, so unchanged files are extracted again on the next run. */
export const EXTRACTION_VERSION = 3;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What an article's derived data depends on: the file's bytes, the gazetteer and the extraction
 * rules. Equal fingerprints mean a re-run would write exactly the same rows.
 */
export function inputFingerprint(bytes: Uint8Array, gazetteerFingerprint: string): string {
  return sha256(`${EXTRACTION_VERSION}\u0000${gazetteerFingerprint}\u0000${sha256(bytes)}`);
}

/** The article's identity: its path relative to the project, or absolute when outside it. */
export function sourcePathOf(absolute: string, projectRoot: string): string {
  const relative = path.relative(projectRoot, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** A URL slug from the file name: Latin lower-case words joined by hyphens. */
export function slugFromPath(sourcePath: string): string {
  const stem = path.basename(sourcePath).replace(/\.[^.]+$/, '');
  const slug = transliterate(stem.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || sha256(sourcePath).slice(0, 12);
}
