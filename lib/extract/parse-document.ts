import { isValidDay } from '../domain/civil-date';
import { CREDIT_WORDS } from './credit-words';
import type { ParsedDocument } from './types';

/**
 * Reads a news document: line 1 `date YYYY-MM-DD <title>`, an optional photo-credit line, then one
 * paragraph per line. Harmless variations are tolerated; anything that would make the article wrong
 * is rejected with the file, the line and a reason.
 */

export interface DocumentError {
  file: string;
  /** 1-based line of the file where the problem is. */
  line: number;
  reason: string;
  /** `<file>:<line>: <reason>` */
  message: string;
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; error: DocumentError };

export const MAX_BODY_CHARS = 2_000_000;

/** A "credit" longer than this is a paragraph that happens to start with a credit word. */
const MAX_CREDIT_CHARS = 200;

/** Share of NUL bytes (all on odd or all on even offsets) above which a file is taken for UTF-16. */
const UTF16_NUL_SHARE = 0.05;
const UTF16_NUL_PARITY_SHARE = 0.9;

export const REASONS = {
  emptyFile: 'the file is empty',
  blankFile: 'the file contains only blank lines',
  utf16: 'looks like UTF-16; save the file as UTF-8',
  binary: 'binary data (NUL byte); expected a UTF-8 text file',
  notUtf8: (byte: number) =>
    `not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8`,
  noDateLineAtTop: "line 1 must start with 'date YYYY-MM-DD'",
  noDateLine: "the first non-blank line must start with 'date YYYY-MM-DD'",
  missingDate: "missing date: expected 'date YYYY-MM-DD'",
  malformedDate: (token: string) => `malformed date '${token}': expected YYYY-MM-DD`,
  impossibleDate: (date: string) => `${date} is not a calendar date`,
  emptyBody: 'the body is empty: no paragraph follows the header',
  bodyTooLong: `the body is longer than ${MAX_BODY_CHARS.toLocaleString('en-US')} characters`,
} as const;

const LINE_BREAK = /\r\n|\r|\n/;
/** Vertical tab and form feed separate words, so they become spaces. */
const SPACING_CONTROLS = /[\u000B\u000C]/g;
/** Other C0 controls (tab and line feed stay), DEL, and stray byte-order marks / zero-width spaces. */
const INVISIBLE_JUNK = /[\u0000-\u0008\u000E-\u001F\u007F\uFEFF\u200B]/g;
const DATE_WORD = /^date(?![\p{L}\p{N}_])\s*:?/iu;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CREDIT_LINE = buildCreditLinePattern();

export function parseDocument(bytes: Uint8Array, file: string): ParseResult {
  const fail = (line: number, reason: string): ParseResult => ({
    ok: false,
    error: { file, line, reason, message: `${file}:${line}: ${reason}` },
  });

  if (bytes.length === 0) return fail(1, REASONS.emptyFile);
  const encoding = checkEncoding(bytes);
  if (encoding) return fail(encoding.line, encoding.reason);

  let decoded: string;
  try {
    // Strips a leading UTF-8 BOM.
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes) ?? 0;
    return fail(lineAtByte(bytes, offset), REASONS.notUtf8(bytes[offset] ?? 0));
  }

  const lines = decoded.normalize('NFC').split(LINE_BREAK).map(cleanLine);
  const dateIndex = lines.findIndex((line) => line.trim() !== '');
  if (dateIndex === -1) return fail(1, REASONS.blankFile);

  const dateLineNo = dateIndex + 1;
  const dateLine = (lines[dateIndex] ?? '').trim();
  const dateWord = DATE_WORD.exec(dateLine);
  if (!dateWord) return fail(dateLineNo, dateLineNo === 1 ? REASONS.noDateLineAtTop : REASONS.noDateLine);

  const afterWord = dateLine.slice(dateWord[0].length).trim();
  const [token = ''] = afterWord.split(/\s/, 1);
  if (token === '') return fail(dateLineNo, REASONS.missingDate);
  const parts = ISO_DATE.exec(token);
  if (!parts) return fail(dateLineNo, REASONS.malformedDate(shorten(token)));
  if (!isValidDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
    return fail(dateLineNo, REASONS.impossibleDate(token));
  }
  const title = collapseSpaces(afterWord.slice(token.length)) || null;

  let bodyIndex = dateIndex + 1;
  let credit: string | null = null;
  const creditIndex = nextNonBlank(lines, bodyIndex);
  const creditMatch = creditIndex === -1 ? null : CREDIT_LINE.exec((lines[creditIndex] ?? '').trim());
  if (creditMatch && (creditMatch[1] ?? '').length <= MAX_CREDIT_CHARS) {
    credit = collapseSpaces(creditMatch[1] ?? '') || null;
    bodyIndex = creditIndex + 1;
  }

  const paragraphs: string[] = [];
  let length = 0;
  for (let i = bodyIndex; i < lines.length; i++) {
    const paragraph = (lines[i] ?? '').trim();
    if (paragraph === '') continue;
    length += paragraph.length + (paragraphs.length > 0 ? 1 : 0);
    if (length > MAX_BODY_CHARS) return fail(i + 1, REASONS.bodyTooLong);
    paragraphs.push(paragraph);
  }
  // The 0-based index of the first line after the header is the header's own 1-based line number.
  if (paragraphs.length === 0) return fail(bodyIndex, REASONS.emptyBody);

  return { ok: true, document: { title, publishedAt: token, credit, body: paragraphs.join('\n') } };
}

/** UTF-16 and binary files are told apart from bad UTF-8 before decoding: both can be "valid" UTF-8. */
function checkEncoding(bytes: Uint8Array): { line: number; reason: string } | null {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return { line: 1, reason: REASONS.utf16 };

  let nulEven = 0;
  let nulOdd = 0;
  let firstNul = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (firstNul === -1) firstNul = i;
    if (i % 2 === 0) nulEven++;
    else nulOdd++;
  }
  const nuls = nulEven + nulOdd;
  if (nuls === 0) return null;
  const oneParity = Math.max(nulEven, nulOdd) >= nuls * UTF16_NUL_PARITY_SHARE;
  if (nuls >= 2 && oneParity && nuls >= bytes.length * UTF16_NUL_SHARE) return { line: 1, reason: REASONS.utf16 };
  return { line: lineAtByte(bytes, firstNul), reason: REASONS.binary };
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (the rules TextDecoder applies). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let continuation: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead === 0xe0) [continuation, low] = [2, 0xa0];
    else if (lead === 0xed) [continuation, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) continuation = 2;
    else if (lead === 0xf0) [continuation, low] = [3, 0x90];
    else if (lead === 0xf4) [continuation, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) continuation = 3;
    else return i;
    for (let k = 1; k <= continuation; k++) {
      const byte = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += continuation + 1;
  }
  return null;
}

/** 1-based line of a byte offset, counting CRLF, CR and LF line ends as the text split does. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function cleanLine(line: string): string {
  return line.replace(SPACING_CONTROLS, ' ').replace(INVISIBLE_JUNK, '');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') return i;
  return -1;
}

/** Cut by code points, so that a character outside the BMP is never split into a lone surrogate. */
function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : text;
}

function buildCreditLinePattern(): RegExp {
  const words = [...new Set(Object.values(CREDIT_WORDS).flat())]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`^(?:${words.join('|')})\\s*[:：]\\s*(.*)$`, 'iu');
}
