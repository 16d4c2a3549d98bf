import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@/lib/env';
import {
  buildGazetteer,
  GazetteerError,
  gazetteerFileSchema,
  type Gazetteer,
  type GazetteerEntry,
} from '@/lib/extract/gazetteer';
import { readStopList, stopListFile } from './curation/stop-list';
import { isoCountryEntries } from './iso-countries';

/** Where the curated gazetteer lives: one JSON array of entries per file. */
export const defaultGazetteerDir = path.join(projectRoot, 'seeds', 'gazetteer');

/** Where the countries that no curated file holds come from, in error messages. */
const ISO_COUNTRIES_SOURCE = 'i18n-iso-countries';

export interface ReadGazetteerOptions {
  /** Add the world's countries that the files do not hold, named from i18n-iso-countries (default true). */
  isoCountries?: boolean;
}

/**
 * Reads every `*.json` file of the folder (sorted by name), validates each file's entries, adds
 * the countries of the world the files do not hold (see `isoCountryEntries`), and builds one
 * gazetteer from all of them, with the rejected candidates of the stop list beside the folder.
 * Errors name the file (and, for JSON syntax, the line).
 */
export function readGazetteer(dir: string = defaultGazetteerDir, options: ReadGazetteerOptions = {}): Gazetteer {
  const shownDir = displayPath(dir);
  const files = listJsonFiles(dir, shownDir);
  const entries: GazetteerEntry[] = [];
  const fileOfKey = new Map<string, string>();

  for (const name of files) {
    const shown = displayPath(path.join(dir, name));
    const fileEntries = validateFile(parseJsonFile(path.join(dir, name), shown), shown);
    for (const entry of fileEntries) {
      const earlier = fileOfKey.get(entry.key);
      if (earlier) {
        throw new GazetteerError(`${shown}: duplicate key "${entry.key}" (already defined in ${earlier})`);
      }
      fileOfKey.set(entry.key, shown);
      entries.push(entry);
    }
  }
  if (options.isoCountries ?? true) {
    for (const entry of isoCountryEntries(entries)) {
      fileOfKey.set(entry.key, ISO_COUNTRIES_SOURCE);
      entries.push(entry);
    }
  }

  try {
    const rejected = readStopList(stopListFile(dir)).map((entry) => entry.key);
    const gazetteer = buildGazetteer(entries, shownDir);
    return rejected.length > 0 ? { ...gazetteer, rejectedCandidates: new Set(rejected) } : gazetteer;
  } catch (error) {
    if (error instanceof GazetteerError) throw new GazetteerError(withFilesOfKeys(error.message, fileOfKey));
    throw error;
  }
}

function listJsonFiles(dir: string, shownDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new GazetteerError(`${shownDir}: gazetteer folder not found`);
  }
  const files = names.filter((name) => name.toLowerCase().endsWith('.json')).sort();
  if (files.length === 0) throw new GazetteerError(`${shownDir}: no .json gazetteer files`);
  return files;
}

function parseJsonFile(file: string, shown: string): unknown {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const { line, column } = locate(text, reason);
    throw new GazetteerError(`${shown}: line ${line}, column ${column}: invalid JSON (${reason})`);
  }
}

/** Line and column of a JSON.parse failure; the end of the text when the message gives no position. */
function locate(text: string, reason: string): { line: number; column: number } {
  const position = /position (\d+)/.exec(reason);
  const offset = position?.[1] ? Math.min(Number(position[1]), text.length) : text.trimEnd().length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function validateFile(raw: unknown, shown: string): GazetteerEntry[] {
  const parsed = gazetteerFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new GazetteerError(`${shown}: invalid gazetteer file`);
  const [index, ...fieldPath] = issue.path;
  if (typeof index !== 'number') {
    throw new GazetteerError(`${shown}: ${issue.message} (a file holds one JSON array of entries)`);
  }
  const where = [`entry ${index + 1}${describeKey(raw, index)}`, fieldPath.join('.')].filter(Boolean).join(': ');
  throw new GazetteerError(`${shown}: ${where}: ${issue.message}`);
}

function describeKey(raw: unknown, index: number): string {
  const entry: unknown = Array.isArray(raw) ? raw[index] : undefined;
  if (entry && typeof entry === 'object' && 'key' in entry && typeof entry.key === 'string') {
    return ` "${entry.key}"`;
  }
  return '';
}

/** Cross-entry errors name keys; say which file each of those keys comes from. */
function withFilesOfKeys(message: string, fileOfKey: ReadonlyMap<string, string>): string {
  const origins: string[] = [];
  for (const [, quoted] of message.matchAll(/"([^"]+)"/g)) {
    const file = quoted ? fileOfKey.get(quoted) : undefined;
    if (file && !origins.some((origin) => origin.startsWith(`"${quoted}"`))) origins.push(`"${quoted}" in ${file}`);
  }
  return origins.length > 0 ? `${message} [${origins.join('; ')}]` : message;
}

/** Paths inside the project are shown relative to it, others as given. */
function displayPath(file: string): string {
  const relative = path.relative(projectRoot, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
