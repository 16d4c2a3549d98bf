import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { anyCodeUnit, isoDate, mutatedDocument, trickyText, wellFormedLines } from '@/lib/testing/document-arbitraries';
import { countLines, extractionViolations, spanViolations } from '@/lib/testing/extraction-invariants';
import { findCandidates } from './candidates';
import { extractEvents } from './events';
import { createExtractor, extractDocument, type DocumentExtraction } from './extract-document';
import { findMentions } from './mentions';
import { parseDocument } from './parse-document';
import { extractRelations } from './relations';
import { analyseText } from './sentence/analyse-text';
import { splitSentences } from './sentence/split-sentences';
import { tokenize } from './tokenize';
import { parseTemporal } from './temporal';
import { LANGUAGES } from './types';

// Property tests: random and damaged input must never crash the parser or the extractors, and what
// they return must be internally consistent. fast-check prints the seed and the shrunk input of a failure.

const gazetteer = readGazetteer();
const extractor = createExtractor(gazetteer);
const FILE = 'news/hostile.txt';
const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Inputs generated per property on every run: 10,000 in all, spent where an input is cheap (the
 * parser) more than where it is dear (mutated documents carry lines of up to 20,000 characters).
 * PROPERTY_RUNS_SCALE multiplies them, for a long run on a benchmark machine (e.g. 10 for 100,000).
 */
const BASE_RUNS = { bytes: 3_000, strings: 2_000, randomText: 2_000, mutated: 1_000, entryPoints: 1_200, wellFormed: 800 };
const RUNS = scaledRuns(BASE_RUNS, process.env.PROPERTY_RUNS_SCALE);
/** A property takes seconds on an idle machine; the bound leaves room for a busy one and for the scale. */
const PROPERTY_TIMEOUT_MS = 180_000 * Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE) || 1);

function scaledRuns<Key extends string>(runs: Record<Key, number>, scale: string | undefined): Record<Key, number> {
  const factor = scale === undefined || scale === '' ? 1 : Number(scale);
  if (!Number.isFinite(factor) || factor <= 0) throw new Error(`PROPERTY_RUNS_SCALE must be a positive number, not ${scale}`);
  return Object.fromEntries(Object.entries<number>(runs).map(([key, count]) => [key, Math.max(1, Math.round(count * factor))])) as Record<Key, number>;
}

function extractAndCheck(bytes: Uint8Array): string[] {
  return extractionViolations(extractDocument(bytes, FILE, extractor), FILE, countLines(bytes));
}

const anyText = fc.oneof(
  fc.string({ unit: anyCodeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  trickyText,
);

describe('parseDocument on hostile bytes', () => {
  test('random bytes: never a throw; a rejection names file, line and reason; a document has a body', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      // Mostly text with a few bad bytes, so the UTF-8 and UTF-16 checks are reached past the first byte.
      fc.tuple(fc.string({ maxLength: 200 }), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 200 })).map(
        ([before, junk, after]) => Uint8Array.from([...utf8(`date 2026-03-01 T\n${before}`), ...junk, ...utf8(after)]),
      ),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const result = parseDocument(input, FILE);
        if (!result.ok) {
          expect(result.error.file).toBe(FILE);
          expect(result.error.line).toBeGreaterThanOrEqual(1);
          expect(result.error.line).toBeLessThanOrEqual(countLines(input));
          expect(result.error.reason.trim()).not.toBe('');
          expect(result.error.message).toBe(`${FILE}:${result.error.line}: ${result.error.reason}`);
        } else {
          expect(result.document.body.trim()).not.toBe('');
          expect(result.document.body).not.toMatch(/[\r\u0000]/);
        }
      }),
      { numRuns: RUNS.bytes },
    );
  }, PROPERTY_TIMEOUT_MS);

  test('random text after a valid date line is accepted exactly when some line of it has visible content', () => {
    fc.assert(
      fc.property(isoDate, anyText, (date, text) => {
        const input = utf8(`date ${date} Title\n${text}`);
        const result = parseDocument(input, FILE);
        const cleaned = new TextDecoder().decode(input).normalize('NFC').replace(/[\u0000-\u0008\u000E-\u001F\u007F\uFEFF\u200B]/g, '');
        const hasContent = cleaned.split(/\r\n|\r|\n/).slice(1).some((line) => line.replace(/[\u000B\u000C]/g, ' ').trim() !== '');
        // A NUL anywhere makes it binary data, which is rejected before the lines are read.
        expect(result.ok).toBe(hasContent && !text.includes('\u0000'));
        if (result.ok) expect(result.document.publishedAt).toBe(date);
      }),
      { numRuns: RUNS.strings },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('extractDocument on hostile documents', () => {
  test('random text, with or without a date line, yields a rejection or consistent facts', () => {
    fc.assert(
      fc.property(fc.boolean(), isoDate, anyText, (withDate, date, text) => {
        expect(extractAndCheck(utf8(withDate ? `date ${date}\n${text}` : text))).toEqual([]);
      }),
      { numRuns: RUNS.randomText },
    );
  }, PROPERTY_TIMEOUT_MS);

  test('damaged well-formed documents yield a rejection or consistent facts', () => {
    fc.assert(
      fc.property(mutatedDocument(gazetteer), (text) => {
        expect(extractAndCheck(utf8(text))).toEqual([]);
      }),
      { numRuns: RUNS.mutated },
    );
  }, PROPERTY_TIMEOUT_MS);

  test('well-formed documents are accepted whole and name at least one known place', () => {
    fc.assert(
      fc.property(wellFormedLines(gazetteer), fc.constantFrom('\n', '\r\n', '\r'), (lines, ending) => {
        const result = extractDocument(utf8(lines.join(ending)), FILE, extractor);
        if (!result.ok) throw new Error(result.error.message);
        const paragraphs = lines.slice(1).filter((line) => !/^(Photo|Фото|Сурет):/.test(line));
        expect(result.extraction.article.body).toBe(paragraphs.join('\n'));
        expect(result.extraction.mentions.some((mention) => mention.entity.known)).toBe(true);
        expect(extractionViolations(result, FILE, lines.length)).toEqual([]);
      }),
      { numRuns: RUNS.wellFormed },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('extraction entry points on raw strings (lone surrogates included)', () => {
  test('mentions, candidates, dates, sentences, events and relations stay inside the text', () => {
    const body = fc.oneof(
      anyText,
      mutatedDocument(gazetteer),
      fc.tuple(mutatedDocument(gazetteer), fc.array(anyCodeUnit, { maxLength: 20 })).map(([text, units]) => units.reduce((acc, unit, k) => insertEvery(acc, unit, 7 + k), text)),
    );
    fc.assert(
      fc.property(body, fc.constantFrom(...LANGUAGES), isoDate, (text, language, publishedAt) => {
        const known = findMentions(text, language, extractor.matcher);
        const mentions = [...known, ...findCandidates(text, language, known, extractor.knownNames)].sort((a, b) => a.start - b.start);
        const temporals = parseTemporal(text, language, publishedAt);
        const sentences = splitSentences(text);
        for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        const analysis = { language, publishedAt, texts: [analyseText({ place: 'body', text, tokens: tokenize(text), mentions, temporals }, language)] };
        expect(spanViolations(text, mentions, temporals, extractEvents(analysis, extractor.relationFacts), extractRelations(analysis, extractor.relationFacts))).toEqual([]);
      }),
      { numRuns: RUNS.entryPoints },
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe('counter-examples found by the properties', () => {
  test.each([
    ['a malformed date cut inside an emoji', `date ${'1'.repeat(39)}😀x Title\nBody.`, `malformed date '${'1'.repeat(39)}😀…': expected YYYY-MM-DD`],
    ['a malformed date cut after an emoji', `date ${'1'.repeat(38)}😀x Title\nBody.`, `malformed date '${'1'.repeat(38)}😀x': expected YYYY-MM-DD`],
  ])('%s: the shortened date in the reason keeps whole characters', (_name, text, reason) => {
    const result = parseDocument(utf8(text), FILE);
    expect(result.ok ? null : result.error.reason).toBe(reason);
  });

  // Choosing among overlapping spans compared each with every span already chosen: 80,000 place
  // names took seconds, 160,000 half a minute. Now the time grows with the text.
  test('a paragraph of 160,000 place names is extracted in bounded time', () => {
    const { result, seconds } = timedExtraction('Алматы мен Үрімжі. '.repeat(80_000));
    expect(result.mentions).toHaveLength(160_000);
    expect(seconds).toBeLessThan(10);
  }, 60_000);

  // A line repeated without spaces after its full stops is one sentence. Relating each event or
  // relation word to every date, verb, cue and place of its sentence, and counting clause breaks
  // between each pair, took minutes for 300,000 characters; the nearest candidates decide alone now.
  test.each([
    ['kk', 'Алматы мен Үрімжі 2025 жылғы 3 сәуірде ынтымақтастық туралы келісімге қол қойды, '],
    ['en', 'Almaty and Urumqi signed a cooperation agreement on 3 April 2025 and will open flights; '],
  ])('one %s sentence of 300,000 characters full of places, dates and event words is extracted in bounded time', (_language, clause) => {
    const { result, seconds } = timedExtraction(clause.repeat(Math.ceil(300_000 / clause.length)));
    expect(result.mentions.length).toBeGreaterThan(6_000);
    expect(result.temporal.length).toBeGreaterThan(3_000);
    expect(result.relations.map((relation) => `${relation.a}-${relation.b}`)).toContain('almaty-urumqi');
    expect(seconds).toBeLessThan(15);
  }, 120_000);
});

function timedExtraction(body: string): { result: DocumentExtraction; seconds: number } {
  const startedAt = performance.now();
  const result = extractDocument(utf8(`date 2026-01-01 Title\n${body}`), FILE, extractor);
  const seconds = (performance.now() - startedAt) / 1000;
  if (!result.ok) throw new Error(result.error.message);
  return { result: result.extraction, seconds };
}

function insertEvery(text: string, unit: string, step: number): string {
  let out = '';
  for (let i = 0; i < text.length; i += step) out += text.slice(i, i + step) + unit;
  return out;
}
