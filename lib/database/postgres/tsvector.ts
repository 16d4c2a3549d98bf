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
  const { positions, pairs } = lexemesOf(entry);
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
  for (const pair of pairs) {
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

/**
 * Each token's positions with their weights, in the order the columns are read, and the distinct
 * pairs of adjacent title forms, then body forms. Only words at positions PostgreSQL keeps apart
 * can make a phrase, so pairs stop where positions reach the last one.
 */
function lexemesOf(entry: ArticleSearchEntry): { positions: Map<string, string[]>; pairs: Set<string> } {
  const positions = new Map<string, string[]>();
  const pairs = new Set<string>();
  let position = 0;
  const add = (tokens: string, weight: Weight, paired: boolean) => {
    if (position > 0) position = Math.min(position + 1, MAX_POSITION);
    let previous: string | null = null;
    for (const token of tokens.split(' ')) {
      if (!token) continue;
      const apart = position < MAX_POSITION;
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      positions.set(token, list);
      if (paired && apart && previous !== null) pairs.add(pairToken(previous, token));
      previous = token;
    }
  };
  add(entry.title, 'A', true);
  add(entry.body, 'B', true);
  add(entry.titleLemmas, 'C', false);
  add(entry.bodyLemmas, 'D', false);
  add(entry.entities, 'D', false);
  add(entry.meta, 'D', false);
  return { positions, pairs };
}

/** What a lexeme adds to a tsvector: its entry, its bytes, and two bytes a position (an upper bound). */
function lexemeBytes(token: string, positionCount: number): number {
  return 8 + Buffer.byteLength(token) + 2 * positionCount;
}

function lexemeLiteral(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
