import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/extract/parse-document';
import { detectLanguage } from '@/lib/extract/detect-language';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { generateCorpus } from './synthetic-corpus';

const gazetteer = readGazetteer();
const COUNT = 300;
const corpus = generateCorpus({ count: COUNT, seed: 7, gazetteer });
const encoder = new TextEncoder();

describe('generateCorpus', () => {
  test('the same seed gives a byte-identical corpus', () => {
    expect(generateCorpus({ count: 40, seed: 7, gazetteer })).toEqual(corpus.slice(0, 40));
  });

  test('another seed gives another corpus', () => {
    expect(generateCorpus({ count: 40, seed: 8, gazetteer })).not.toEqual(corpus.slice(0, 40));
  });

  test('every document parses, with a title and a body of several paragraphs', () => {
    for (const { name, text } of corpus) {
      const parsed = parseDocument(encoder.encode(text), name);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.document.title, name).not.toBeNull();
      expect(parsed.document.publishedAt >= '2023-01-01' && parsed.document.publishedAt <= '2027-12-31', name).toBe(true);
      expect(parsed.document.body.split('\n').length, name).toBeGreaterThanOrEqual(3);
    }
  });

  test('names are unique and say the language, and the language is the one detected', () => {
    expect(new Set(corpus.map(({ name }) => name)).size).toBe(COUNT);
    for (const { name, text } of corpus) {
      const parsed = parseDocument(encoder.encode(text), name);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(name.endsWith(`-${detectLanguage(parsed.document.body)}.txt`), name).toBe(true);
    }
  });

  test('the three languages are balanced', () => {
    for (const language of ['kk', 'ru', 'en']) {
      const share = corpus.filter(({ name }) => name.endsWith(`-${language}.txt`)).length / COUNT;
      expect(share, language).toBeGreaterThan(0.3);
      expect(share, language).toBeLessThan(0.37);
    }
  });

  test('an article reports a few events, as real news does, not one per sentence', () => {
    const extractor = createExtractor(gazetteer);
    const perDocument = corpus.map(({ name, text }) => {
      const extracted = extractDocument(encoder.encode(text), name, extractor);
      if (!extracted.ok) throw new Error(extracted.error.message);
      return extracted.extraction.events.length;
    });
    const average = perDocument.reduce((sum, count) => sum + count, 0) / COUNT;
    expect(average).toBeGreaterThan(1.5);
    expect(average).toBeLessThan(4);
    // Background sentences name the cities too: most documents still report at least one event.
    expect(perDocument.filter((count) => count === 0).length / COUNT).toBeLessThan(0.25);
  });

  test('documents average 2.5–3.5 kB', () => {
    const average = corpus.reduce((sum, { text }) => sum + encoder.encode(text).length, 0) / COUNT;
    expect(average).toBeGreaterThan(2_500);
    expect(average).toBeLessThan(3_500);
  });
});
