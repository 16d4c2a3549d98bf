import { describe, expect, it } from 'vitest';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { createExtractor, extractDocument } from './extract-document';

const gazetteer = readGazetteer();
const REJECTED = 'candidate-person-timur-bekzhanov';
const withStopList = createExtractor({ ...gazetteer, rejectedCandidates: new Set([REJECTED]) });
const without = createExtractor(gazetteer);

function keysOf(text: string, extractor: ReturnType<typeof createExtractor>): string[] {
  const result = extractDocument(new TextEncoder().encode(text), 'test.txt', extractor);
  if (!result.ok) throw new Error(result.error.reason);
  const { mentions, titleMentions, events, relations } = result.extraction;
  return [
    ...mentions.map((m) => m.entity.key),
    ...titleMentions.map((m) => m.entity.key),
    ...events.flatMap((event) => event.entities),
    ...relations.flatMap((relation) => [relation.a, relation.b]),
  ];
}

describe('a rejected candidate is never proposed again', () => {
  it.each([
    ['en', 'date 2026-10-12 Consul in Urumqi\nConsul Timur Bekzhanov visited Urumqi on Monday to open a visa centre.\n'],
    ['kk', 'date 2026-10-12 Үрімшідегі консул\nКонсул Тимур Бекжанов дүйсенбіде визалық орталықты ашу үшін Үрімшіге барды.\n'],
    ['ru', 'date 2026-10-12 Консул в Урумчи\nКонсул Тимур Бекжанов в понедельник посетил Урумчи, чтобы открыть визовый центр.\n'],
  ])('%s: the name is no longer a candidate, in mentions, events or relations; known entities stay', (_language, text) => {
    expect(keysOf(text, without)).toContain(REJECTED);
    const kept = keysOf(text, withStopList);
    expect(kept).not.toContain(REJECTED);
    expect(kept).toContain('urumqi');
  });

  it('another candidate in the same text is still proposed', () => {
    const text = 'date 2026-10-12 Consuls\nConsul Timur Bekzhanov and Consul Aidos Serikbayev visited Urumqi on Monday.\n';
    const kept = keysOf(text, withStopList);
    expect(kept).not.toContain(REJECTED);
    expect(kept.some((key) => key.startsWith('candidate-person-aidos'))).toBe(true);
  });
});
