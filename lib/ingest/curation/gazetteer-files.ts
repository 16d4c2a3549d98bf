import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry } from '@/lib/extract/gazetteer';

/**
 * The gazetteer's files as the people who review them see them: one JSON array per file, entries
 * sorted by key, two-space indentation, lists of names and numeric pairs (coordinates) on one line.
 * A curation command changes a file by splicing one entry's text in or out, leaving every other
 * line as it was, so the diff shows only the changed entry.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPrimitive(value: Json): value is null | boolean | number | string {
  return value === null || typeof value !== 'object';
}

function formatValue(value: Json, indent: string): string {
  if (isPrimitive(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every(isPrimitive)) return `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
    return `[\n${value.map((item) => `${inner}${formatValue(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([, item]) => typeof item === 'number')) {
    return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(', ')} }`;
  }
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatValue(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** One entry's text as it stands in a file (indented as an element of the top-level array, without its comma). */
export function formatEntry(entry: GazetteerEntry): string {
  return `  ${formatValue(entry as unknown as Json, '  ')}`;
}

interface Block {
  key: string;
  /** Line indices of the entry's opening and closing braces. */
  first: number;
  last: number;
}

/** The entries of a file's text by their lines: each opens with `  {` and closes with `  }` or `  },`. */
function entryBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let first = -1;
  for (const [index, line] of lines.entries()) {
    if (line === '  {') first = index;
    else if (first >= 0 && /^ {2}\},?$/.test(line)) {
      const entry = JSON.parse(lines.slice(first, index + 1).join('\n').replace(/,$/, '')) as { key: string };
      blocks.push({ key: entry.key, first, last: index });
      first = -1;
    }
  }
  return blocks;
}

function joinBlocks(lines: readonly string[], blocks: readonly Block[], texts: ReadonlyMap<string, string>, order: readonly string[]): string {
  const head = lines.slice(0, blocks[0]?.first ?? 1);
  const tail = lines.slice((blocks.at(-1)?.last ?? 0) + 1);
  const bodies = order.map((key) => texts.get(key)!);
  return [...head, bodies.join(',\n'), ...tail].join('\n');
}

function textsOf(lines: readonly string[], blocks: readonly Block[]): Map<string, string> {
  return new Map(blocks.map((block) => [block.key, lines.slice(block.first, block.last + 1).join('\n').replace(/,$/, '')]));
}

/** A file's text with `entry` added at its place in key order (or put in place of the entry with its key). */
export function withEntry(text: string, entry: GazetteerEntry): string {
  const lines = text.split('\n');
  const blocks = entryBlocks(lines);
  if (blocks.length === 0) return `[\n${formatEntry(entry)}\n]\n`;
  const texts = textsOf(lines, blocks);
  texts.set(entry.key, formatEntry(entry));
  const order = blocks.some((block) => block.key === entry.key)
    ? blocks.map((block) => block.key)
    : insertSorted(blocks.map((block) => block.key), entry.key);
  return joinBlocks(lines, blocks, texts, order);
}

function insertSorted(keys: readonly string[], key: string): string[] {
  const at = keys.findIndex((existing) => existing > key);
  return at === -1 ? [...keys, key] : [...keys.slice(0, at), key, ...keys.slice(at)];
}

export interface GazetteerFile {
  name: string;
  text: string;
  entries: GazetteerEntry[];
}

/** The folder's files with their text and raw entries (validation is readGazetteer's). */
export function readGazetteerFiles(dir: string): GazetteerFile[] {
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '');
      return { name, text, entries: JSON.parse(text) as GazetteerEntry[] };
    });
}

export function writeGazetteerText(dir: string, name: string, text: string): void {
  writeFileSync(path.join(dir, name), text);
}

/** The file a new entry goes to: people, organisations, countries, and places by their country. */
export function fileForNewEntry(entry: Pick<GazetteerEntry, 'type' | 'country'>): string {
  switch (entry.type) {
    case 'PERSON':
      return 'people.json';
    case 'ORGANIZATION':
      return 'organizations.json';
    case 'COUNTRY':
      return 'countries.json';
    default:
      return entry.country === 'KZ' ? 'kz-places.json' : entry.country === 'CN' ? 'cn-places.json' : 'world-cities.json';
  }
}
