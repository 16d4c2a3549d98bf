import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CREDIT_WORDS } from './credit-words';
import { detectLanguage } from './detect-language';
import { MAX_BODY_CHARS, parseDocument, REASONS, type ParseResult } from './parse-document';
import type { ParsedDocument } from './types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [out[i], out[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return out;
};

function parsed(result: ParseResult): ParsedDocument {
  if (!result.ok) throw new Error(`expected a document, got ${result.error.message}`);
  return result.document;
}

const KK_LINE = 'Павлодар облысының әкімі қытайлық серіктестермен кездесті.';
const RU_LINE = 'Делегация из Сианя посетила индустриальный парк в Шымкенте.';
const EN_LINE = 'A trade mission from Chongqing visited the dry port in Khorgos.';

describe('parseDocument: tolerated input', () => {
  test.each<{ name: string; input: Uint8Array; expected: ParsedDocument }>([
    {
      name: 'a plain document',
      input: utf8(`date 2026-04-02 Жаңа әуе рейсі\n${KK_LINE}\n${RU_LINE}\n`),
      expected: { title: 'Жаңа әуе рейсі', publishedAt: '2026-04-02', credit: null, body: `${KK_LINE}\n${RU_LINE}` },
    },
    {
      name: 'leading spaces before the date word',
      input: utf8(`   date 2026-04-02 Title here\n${EN_LINE}`),
      expected: { title: 'Title here', publishedAt: '2026-04-02', credit: null, body: EN_LINE },
    },
    {
      name: 'a UTF-8 byte-order mark',
      input: bytes([0xef, 0xbb, 0xbf], `date 2026-04-02 Заголовок\n${RU_LINE}\n`),
      expected: { title: 'Заголовок', publishedAt: '2026-04-02', credit: null, body: RU_LINE },
    },
    {
      name: 'CRLF line endings',
      input: utf8(`date 2026-04-02 Тақырып\r\nФото: Kazinform\r\n${KK_LINE}\r\n${RU_LINE}\r\n`),
      expected: { title: 'Тақырып', publishedAt: '2026-04-02', credit: 'Kazinform', body: `${KK_LINE}\n${RU_LINE}` },
    },
    {
      name: 'old Mac CR line endings',
      input: utf8(`date 2026-04-02 Title\r${EN_LINE}\r${EN_LINE}\r`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: `${EN_LINE}\n${EN_LINE}` },
    },
    {
      name: 'blank lines before the date line',
      input: utf8(`\n\n   \ndate 2026-04-02 Title\n${EN_LINE}`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: EN_LINE },
    },
    {
      name: 'trailing blank lines and blank lines between paragraphs',
      input: utf8(`date 2026-04-02 Title\n${EN_LINE}\n\n   \n${RU_LINE}\n\n\n\n`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: `${EN_LINE}\n${RU_LINE}` },
    },
    {
      name: 'tabs around the header and inside a paragraph',
      input: utf8(`\tdate\t2026-04-02\tТақырып\t\n\tБірінші\tабзац\t\n`),
      expected: { title: 'Тақырып', publishedAt: '2026-04-02', credit: null, body: 'Бірінші\tабзац' },
    },
    {
      name: 'a title with extra spaces',
      input: utf8(`date   2026-04-02    Алматы   мен    Үрімжі   \n${KK_LINE}`),
      expected: { title: 'Алматы мен Үрімжі', publishedAt: '2026-04-02', credit: null, body: KK_LINE },
    },
    {
      name: 'no title',
      input: utf8(`date 2026-04-02\n${KK_LINE}`),
      expected: { title: null, publishedAt: '2026-04-02', credit: null, body: KK_LINE },
    },
    {
      name: 'no title but trailing spaces',
      input: utf8(`date 2026-04-02    \n${KK_LINE}`),
      expected: { title: null, publishedAt: '2026-04-02', credit: null, body: KK_LINE },
    },
    {
      name: 'the date word in another case and followed by a colon',
      input: utf8(`Date: 2026-04-02 Title\n${EN_LINE}`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: EN_LINE },
    },
    {
      name: 'a leap day',
      input: utf8(`date 2024-02-29 Title\n${EN_LINE}`),
      expected: { title: 'Title', publishedAt: '2024-02-29', credit: null, body: EN_LINE },
    },
    {
      name: 'a credit line after a blank line',
      input: utf8(`date 2026-04-02 Title\n\nPhoto:   Akorda press service  \n${EN_LINE}`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: 'Akorda press service', body: EN_LINE },
    },
    {
      name: 'a credit word with an empty credit',
      input: utf8(`date 2026-04-02 Title\nФото:\n${RU_LINE}`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: RU_LINE },
    },
    {
      name: 'a credit word in upper case and a full-width colon',
      input: utf8(`date 2026-04-02 Title\nФОТО： пресс-служба акимата\n${RU_LINE}`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: 'пресс-служба акимата', body: RU_LINE },
    },
    {
      name: 'a credit-like line further down stays in the body',
      input: utf8(`date 2026-04-02 Title\n${RU_LINE}\nФото: архив редакции`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: `${RU_LINE}\nФото: архив редакции` },
    },
    {
      name: 'a long paragraph that starts with a credit word is not a credit',
      input: utf8(`date 2026-04-02 Title\nImage: ${'a long caption '.repeat(20)}\n${EN_LINE}`),
      expected: {
        title: 'Title',
        publishedAt: '2026-04-02',
        credit: null,
        body: `Image: ${'a long caption '.repeat(20).trim()}\n${EN_LINE}`,
      },
    },
    {
      name: 'C0 control characters stripped from title and body, tabs kept',
      input: utf8(`date 2026-04-02 Ti\u0007tle\u0001\nOne\u0008 two\tthree\u001b.\nFour\u000bfive\u007f.\n`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: 'One two\tthree.\nFour five.' },
    },
    {
      name: 'decomposed letters normalised to NFC',
      input: utf8(`date 2026-04-02 Не\u0308Йа\nМои\u0306 город и е\u0308лка.`),
      expected: { title: 'НёЙа', publishedAt: '2026-04-02', credit: null, body: 'Мой город и ёлка.' },
    },
    {
      name: 'a stray byte-order mark inside the text',
      input: utf8(`date 2026-04-02 Title\n\uFEFF${EN_LINE}`),
      expected: { title: 'Title', publishedAt: '2026-04-02', credit: null, body: EN_LINE },
    },
  ])('$name', ({ input, expected }) => {
    expect(parsed(parseDocument(input, 'doc.txt'))).toEqual(expected);
  });

  const creditRows = Object.entries(CREDIT_WORDS).flatMap(([language, words]) =>
    words.map((word) => ({ language, word })),
  );
  test.each(creditRows)('credit word «$word» ($language)', ({ word }) => {
    const document = parsed(parseDocument(utf8(`date 2026-04-02 Title\n${word}: Zhibek Zholy\n${EN_LINE}`), 'doc.txt'));
    expect(document.credit).toBe('Zhibek Zholy');
    expect(document.body).toBe(EN_LINE);
  });

  test('a body of exactly the maximum length is accepted', () => {
    const first = 'а'.repeat(MAX_BODY_CHARS - 11);
    const second = 'б'.repeat(10);
    const document = parsed(parseDocument(utf8(`date 2026-04-02 Title\n${first}\n${second}\n`), 'doc.txt'));
    expect(document.body.length).toBe(MAX_BODY_CHARS);
  });
});

describe('parseDocument: rejected input', () => {
  const header = 'date 2026-04-02 Title\n';
  test.each<{ name: string; input: Uint8Array; line: number; reason: string }>([
    { name: 'an empty file', input: new Uint8Array(0), line: 1, reason: REASONS.emptyFile },
    { name: 'only blank lines', input: utf8('\n  \n\t\n'), line: 1, reason: REASONS.blankFile },
    { name: 'only a byte-order mark', input: bytes([0xef, 0xbb, 0xbf]), line: 1, reason: REASONS.blankFile },
    {
      name: 'UTF-16 LE with a BOM',
      input: bytes([0xff, 0xfe], [...utf16le(`${header}${RU_LINE}`)]),
      line: 1,
      reason: REASONS.utf16,
    },
    {
      name: 'UTF-16 BE with a BOM',
      input: bytes([0xfe, 0xff], [...utf16be(`${header}${KK_LINE}`)]),
      line: 1,
      reason: REASONS.utf16,
    },
    { name: 'UTF-16 LE without a BOM', input: utf16le(`${header}${RU_LINE}\n`), line: 1, reason: REASONS.utf16 },
    { name: 'UTF-16 BE without a BOM', input: utf16be(`${header}${EN_LINE}\n`), line: 1, reason: REASONS.utf16 },
    {
      name: 'a NUL byte on line 3',
      input: bytes(`${header}${EN_LINE}\nbroken `, [0x00], ' text\n'),
      line: 3,
      reason: REASONS.binary,
    },
    {
      name: 'binary data from the first byte',
      input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00]),
      line: 3,
      reason: REASONS.binary,
    },
    {
      name: 'a Windows-1251 byte on line 4',
      input: bytes(`${header}${EN_LINE}\n${EN_LINE}\n`, [0xcf, 0xf0, 0xe8], '\n'),
      line: 4,
      reason: REASONS.notUtf8(0xcf),
    },
    {
      name: 'a Windows-1251 byte on line 3 with CRLF endings',
      input: bytes('date 2026-04-02 Title\r\nFine\r\nAlso ', [0xe0], '\r\n'),
      line: 3,
      reason: REASONS.notUtf8(0xe0),
    },
    {
      name: 'a Latin-1 byte in the title',
      input: bytes('date 2026-04-02 Caf', [0xe9], `\n${EN_LINE}`),
      line: 1,
      reason: REASONS.notUtf8(0xe9),
    },
    {
      name: 'a sequence cut off at the end of the file',
      input: bytes(`${header}${KK_LINE}\nСоңы `, [0xd3]),
      line: 3,
      reason: REASONS.notUtf8(0xd3),
    },
    { name: 'an overlong encoding', input: bytes(`${header}x `, [0xc0, 0xaf]), line: 2, reason: REASONS.notUtf8(0xc0) },
    {
      name: 'an encoded surrogate',
      input: bytes(`${header}${EN_LINE}\n\nx `, [0xed, 0xa0, 0x80]),
      line: 4,
      reason: REASONS.notUtf8(0xed),
    },
    { name: 'no date line', input: utf8(`Жаңа әуе рейсі\n${KK_LINE}`), line: 1, reason: REASONS.noDateLineAtTop },
    { name: 'the date in another format', input: utf8(`02.04.2026 Title\n${EN_LINE}`), line: 1, reason: REASONS.noDateLineAtTop },
    { name: '"date" glued to the date', input: utf8(`date2026-04-02 Title\n${EN_LINE}`), line: 1, reason: REASONS.noDateLineAtTop },
    { name: 'no date line after blank lines', input: utf8(`\n\n${RU_LINE}\n`), line: 3, reason: REASONS.noDateLine },
    { name: 'the date word alone', input: utf8(`date\n${EN_LINE}`), line: 1, reason: REASONS.missingDate },
    { name: 'a one-digit month', input: utf8(`date 2026-4-02 Title\n${EN_LINE}`), line: 1, reason: REASONS.malformedDate('2026-4-02') },
    { name: 'a dotted date', input: utf8(`date 02.04.2026 Title\n${EN_LINE}`), line: 1, reason: REASONS.malformedDate('02.04.2026') },
    { name: 'slashes', input: utf8(`date 2026/04/02 Title\n${EN_LINE}`), line: 1, reason: REASONS.malformedDate('2026/04/02') },
    {
      name: 'a time glued to the date',
      input: utf8(`date 2026-04-02T09:30 Title\n${EN_LINE}`),
      line: 1,
      reason: REASONS.malformedDate('2026-04-02T09:30'),
    },
    { name: 'a month name', input: utf8(`\ndate April 2, 2026\n${EN_LINE}`), line: 2, reason: REASONS.malformedDate('April') },
    { name: 'February 30th', input: utf8(`date 2026-02-30 Title\n${EN_LINE}`), line: 1, reason: '2026-02-30 is not a calendar date' },
    { name: 'February 29th of a common year', input: utf8(`date 2025-02-29 T\n${EN_LINE}`), line: 1, reason: REASONS.impossibleDate('2025-02-29') },
    { name: 'February 29th of 1900', input: utf8(`date 1900-02-29 T\n${EN_LINE}`), line: 1, reason: REASONS.impossibleDate('1900-02-29') },
    { name: 'April 31st', input: utf8(`date 2026-04-31 T\n${EN_LINE}`), line: 1, reason: REASONS.impossibleDate('2026-04-31') },
    { name: 'month 13', input: utf8(`date 2026-13-01 T\n${EN_LINE}`), line: 1, reason: REASONS.impossibleDate('2026-13-01') },
    { name: 'month 00', input: utf8(`date 2026-00-10 T\n${EN_LINE}`), line: 1, reason: REASONS.impossibleDate('2026-00-10') },
    { name: 'day 00', input: utf8(`date 2026-01-00 T\n${EN_LINE}`), line: 1, reason: REASONS.impossibleDate('2026-01-00') },
    { name: 'an impossible date after blank lines', input: utf8(`\r\n\r\n date 2026-06-31\r\n${EN_LINE}`), line: 3, reason: REASONS.impossibleDate('2026-06-31') },
    { name: 'only the date line', input: utf8('date 2026-04-02 Title'), line: 1, reason: REASONS.emptyBody },
    { name: 'the date line and blank lines', input: utf8('date 2026-04-02 Title\n\n \n'), line: 1, reason: REASONS.emptyBody },
    { name: 'only date and credit lines', input: utf8('date 2026-04-02 Title\nСурет: Kazinform\n\n'), line: 2, reason: REASONS.emptyBody },
    {
      name: 'only date and credit lines after blank lines',
      input: utf8('\n\ndate 2026-04-02 Title\n\nPhoto: AP\n'),
      line: 5,
      reason: REASONS.emptyBody,
    },
    { name: 'a body of control characters', input: utf8('date 2026-04-02 Title\n\u0001\u0002\n'), line: 1, reason: REASONS.emptyBody },
    {
      name: 'a body over the maximum length',
      input: utf8(`${header}${'а'.repeat(1_500_000)}\n\n${'б'.repeat(600_000)}\n${EN_LINE}`),
      line: 4,
      reason: REASONS.bodyTooLong,
    },
    {
      name: 'a body one character over the maximum length',
      input: utf8(`${header}${'а'.repeat(MAX_BODY_CHARS - 10)}\n${'б'.repeat(10)}`),
      line: 3,
      reason: REASONS.bodyTooLong,
    },
  ])('$name → line $line', ({ input, line, reason }) => {
    const result = parseDocument(input, 'news/bad.txt');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ file: 'news/bad.txt', line, reason, message: `news/bad.txt:${line}: ${reason}` });
  });

  test('reasons read as plain English', () => {
    expect(REASONS.utf16).toBe('looks like UTF-16; save the file as UTF-8');
    expect(REASONS.noDateLineAtTop).toBe("line 1 must start with 'date YYYY-MM-DD'");
    expect(REASONS.notUtf8(0xcf)).toBe('not valid UTF-8 (byte 0xCF); save the file as UTF-8');
    expect(REASONS.bodyTooLong).toBe('the body is longer than 2,000,000 characters');
  });
});

describe('parseDocument: the seed document', () => {
  const file = path.resolve(import.meta.dirname, '../../seeds/000_2b8d6f310e8ad15b.txt');
  const raw = readFileSync(file);
  const firstLine = raw.toString('utf8').split('\n', 1)[0] ?? '';
  const document = parsed(parseDocument(raw, 'seeds/000_2b8d6f310e8ad15b.txt'));

  test('header', () => {
    expect(document.publishedAt).toBe('2026-02-19');
    expect(document.credit).toBe('gov.kz');
    expect(document.title).not.toBeNull();
    expect(document.title).toBe(document.title?.trim());
    expect(firstLine.endsWith(` ${document.title}`)).toBe(true);
    expect(firstLine).not.toBe(document.title);
  });

  test('body: every non-blank line after the credit is a paragraph', () => {
    const paragraphs = document.body.split('\n');
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs.every((paragraph) => paragraph.length > 100 && paragraph === paragraph.trim())).toBe(true);
    expect(document.body).not.toContain('gov.kz');
    expect(document.body).not.toContain('2026-02-19');
  });

  test('language', () => {
    expect(detectLanguage(document.body)).toBe('kk');
    expect(detectLanguage(document.title ?? '')).toBe('kk');
  });
});
