import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/lib/env';

/**
 * Static files the server sends from `public/` (git-ignored folder), one per measured page with
 * that page's bytes: the same response size without any rendering, the baseline of the load test.
 * `next start` lists `public/` when it starts, so they must exist before it does.
 */

export const STATIC_TWIN_DIR = path.join(projectRoot, 'public', 'bench-static');

export function clearStaticTwins(): void {
  rmSync(STATIC_TWIN_DIR, { recursive: true, force: true });
}

/** Writes the twin of a page; returns its URL path. */
export function writeStaticTwin(name: string, body: Uint8Array): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`static twin name must be kebab-case: ${name}`);
  mkdirSync(STATIC_TWIN_DIR, { recursive: true });
  writeFileSync(path.join(STATIC_TWIN_DIR, `${name}.html`), body);
  return `/bench-static/${name}.html`;
}
