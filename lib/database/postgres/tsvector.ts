import { PAIRS_INCOMPLETE_TOKEN, pairToken } from '@/lib/extract/search/index-tokens';
import type { ArticleSearchEntry } from '../full-text-scope';

/** PostgreSQL keeps positions 1 to 16,383, and at most 256 of them per lexeme. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;

/** PostgreSQL refuses a lexeme of more bytes than this (no query can name one: queries are shorter). */
const MAX_LEXEME_BYTES = 2_046;

/**
 * The bytes a tsvector may take here, under PostgreSQL's limit of 1 MB with room to spare. An
 * article of more distinct words (a hostile file) is indexed as far as they fit, as SQLite's
 * index stops at MAX_INDEXED_WORDS.
 */
const MAX_TSVECTOR_BYTES = 1_000_000;

type Weight = 'A' | 'B' | 'C' | 'D';

/**
 * The tsvector literal of an article's tokens: each token a lexeme, at its word's position with
 * its column's weight. Positions run on across the columns with one left empty between them, so
 * a phrase (words at adjacent positions) never spans two, as on SQLite. Each pair of adjacent
 * title or body forms is a lexeme too, without positions (compile-tsquery.ts says why). Meta and
 * entity tokens (filters) are kept first when the size limit is reached, then words in order,
 * then pairs; an article whose pairs do not all fit holds PAIRS_INCOMPLETE_TOKEN.
 */
export function tsvectorOf(entry: ArticleSearchEntry): string {
  const positions = positionsOf(entry);
  const filters = [...positions.keys()].filter((token) => token.startsWith('_'));
  const words = [...positions.keys()].filter((token) => !token.startsWith('_'));
  const lexemes: string[] = [];
  let bytes = lexemeBytes(PAIRS_INCOMPLETE_TOKEN, 0);
  for (const token of [...filters, ...words]) {
    const at = positions.get(token)!;
    const size = lexemeBytes(token, at.length);
    if (size > MAX_LEXEME_BYTES || bytes + size > MAX_TSVECTOR_BYTES) continue;
    bytes += size;
    lexemes.push(`${lexemeLiteral(token)}:${at.join(',')}`);
  }
  let complete = true;
  for (const pair of pairsOf(entry)) {
    const size = lexemeBytes(pair, 0);
    if (size > MAX_LEXEME_BYTES) continue;
    if (bytes + size > MAX_TSVECTOR_BYTES) {
      complete = false;
      break;
    }
    bytes += size;
    lexemes.push(lexemeLiteral(pair));
  }
  if (!complete) lexemes.push(lexemeLiteral(PAIRS_INCOMPLETE_TOKEN));
  return lexemes.join(' ');
}

/** Each token's positions with their weights, in the order the columns are read. */
function positionsOf(entry: ArticleSearchEntry): Map<string, string[]> {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (tokens: string, weight: Weight) => {
    if (position > 0) position = Math.min(position + 1, MAX_POSITION);
    for (const token of tokens.split(' ')) {
      if (!token) continue;
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      positions.set(token, list);
    }
  };
  add(entry.title, 'A');
  add(entry.body, 'B');
  add(entry.titleLemmas, 'C');
  add(entry.bodyLemmas, 'D');
  add(entry.entities, 'D');
  add(entry.meta, 'D');
  return positions;
}

/**
 * The distinct pairs of adjacent title forms, then body forms. Only words at positions PostgreSQL
 * keeps apart can make a phrase, so pairs stop where positions do.
 */
function pairsOf(entry: ArticleSearchEntry): Set<string> {
  const pairs = new Set<string>();
  let position = 0;
  for (const column of [entry.title, entry.body]) {
    if (position > 0) position += 1;
    let previous: string | null = null;
    for (const token of column.split(' ')) {
      if (!token) continue;
      position += 1;
      if (position > MAX_POSITION) return pairs;
      if (previous !== null) pairs.add(pairToken(previous, token));
      previous = token;
    }
  }
  return pairs;
}

/** What a lexeme adds to a tsvector: its entry, its bytes, and two bytes a position (an upper bound). */
function lexemeBytes(token: string, positionCount: number): number {
  return 8 + Buffer.byteLength(token) + 2 * positionCount;
}

function lexemeLiteral(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
