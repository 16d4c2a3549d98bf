import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { createExtractor, extractDocument, type DocumentExtraction } from './extract-document';
import { buildGazetteer } from './gazetteer';

// Acceptance test: the golden facts of the seed document (docs: the product brief). The document is
// data the product ingests; the rules were written for news in general, not for it.
const seedFile = path.join(projectRoot, 'seeds', '000_2b8d6f310e8ad15b.txt');
const gazetteer = readGazetteer();

function extract(withGazetteer = gazetteer): DocumentExtraction {
  const result = extractDocument(readFileSync(seedFile), seedFile, createExtractor(withGazetteer));
  if (!result.ok) throw new Error(result.error.message);
  return result.extraction;
}

const extraction = extract();
const entityTypes = new Map(extraction.mentions.map((m) => [m.entity.key, m.entity.type]));

describe('golden facts of the seed document', () => {
  test('article metadata', () => {
    expect(extraction.article).toMatchObject({ publishedAt: '2026-02-19', language: 'kk', credit: 'gov.kz' });
  });

  test.each([
    ['shanghai', 'CITY'],
    ['almaty', 'CITY'],
    ['astana', 'CITY'],
    ['kazakhstan', 'COUNTRY'],
    ['china', 'COUNTRY'],
    ['nurlan-akkoshkarov', 'PERSON'],
    ['gong-zheng', 'PERSON'],
    ['kassym-jomart-tokayev', 'PERSON'],
    ['consulate-general-kazakhstan-shanghai', 'ORGANIZATION'],
    ['shanghai-foreign-affairs-office', 'ORGANIZATION'],
    ['mfa-kazakhstan', 'ORGANIZATION'],
    ['akimat-almaty', 'ORGANIZATION'],
    ['shanghai-municipal-government', 'ORGANIZATION'],
  ])('entity %s is found as %s', (key, type) => {
    expect(entityTypes.get(key)).toBe(type);
  });

  test('Fang Xiao, absent from the gazetteer, is a candidate person with a pinyin English name', () => {
    const fang = extraction.mentions.find((m) => m.entity.names.en === 'Fang Xiao');
    expect(fang?.entity).toMatchObject({ type: 'PERSON', known: false });
  });

  test.each(['2026/2028', '2026-01/2026-06', '2026', '2026-03-26/2026-03-28', '2026-03-15'])(
    'temporal value %s',
    (value) => {
      expect(extraction.temporal.map((t) => t.value)).toContain(value);
    },
  );

  test.each([
    ['MEETING', '2026-02-19', 'held', []],
    // The roadmap's parties as its sentence names them: the Akimat of Almaty and the Shanghai mayoralty.
    ['PLAN', '2026/2028', 'planned', ['akimat-almaty', 'shanghai-municipal-government']],
    ['VISIT', '2026-01/2026-06', 'planned', ['gong-zheng', 'almaty', 'astana']],
    ['CONFERENCE', '2026-03-26/2026-03-28', 'planned', ['shanghai']],
    ['REFERENDUM', '2026-03-15', 'planned', ['kazakhstan']],
  ] as const)('event %s %s (%s)', (type, value, status, entities) => {
    const event = extraction.events.find((e) => e.type === type && e.value === value);
    expect(event?.status).toBe(status);
    expect(event?.entities).toEqual(expect.arrayContaining([...entities]));
  });

  test.each([
    ['almaty', 'shanghai', 'SISTER_CITIES'],
    ['almaty', 'shanghai', 'FLIGHTS'],
    ['astana', 'shanghai', 'COOPERATION'],
  ])('relation %s – %s %s', (a, b, type) => {
    expect(extraction.relations).toContainEqual(expect.objectContaining({ a, b, type }));
  });

  test('every offset points at its text, and every key in events and relations is mentioned', () => {
    const { body } = extraction.article;
    for (const span of [...extraction.mentions, ...extraction.temporal]) expect(body.slice(span.start, span.end)).toBe(span.text);
    for (const item of [...extraction.events, ...extraction.relations]) {
      expect(body.slice(item.evidenceStart, item.evidenceEnd)).toBe(item.evidence);
    }
    const keys = [...extraction.events.flatMap((e) => e.entities), ...extraction.relations.flatMap((r) => [r.a, r.b])];
    for (const key of keys) expect(entityTypes.has(key)).toBe(true);
  });

  test('without them in the gazetteer, the consul general and the mayor are still found as candidates', () => {
    const reduced = buildGazetteer(gazetteer.entries.filter((e) => e.key !== 'gong-zheng' && e.key !== 'nurlan-akkoshkarov'));
    const names = extract(reduced)
      .mentions.filter((m) => !m.entity.known && m.entity.type === 'PERSON')
      .map((m) => m.entity.names.en);
    expect(names).toEqual(expect.arrayContaining(['Gong Zheng', 'Nurlan Akkoshkarov']));
  });
});
