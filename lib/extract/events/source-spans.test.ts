import { describe, expect, test } from 'vitest';
import { buildTestAnalysis, type MentionSpec } from '@/lib/testing/build-test-analysis';
import { compilePhrases, findPhrases, splitPhrase } from '../sentence/phrase-matcher';
import type { Language } from '../types';
import { EVENT_TRIGGER_PHRASES } from './event-triggers';
import { ATTRIBUTION_WORDS } from './event-words';
import { findSourceSpans } from './source-spans';

const ATTRIBUTIONS = {
  kk: compilePhrases(ATTRIBUTION_WORDS.kk.map((phrase) => ({ words: splitPhrase(phrase), value: true }))),
  ru: compilePhrases(ATTRIBUTION_WORDS.ru.map((phrase) => ({ words: splitPhrase(phrase), value: true }))),
  en: compilePhrases(ATTRIBUTION_WORDS.en.map((phrase) => ({ words: splitPhrase(phrase), value: true }))),
};

/** The source spans of the first sentence of a text, as the text they cover. */
function sources(language: Language, body: string, mentions: MentionSpec[] = []): string[] {
  const text = buildTestAnalysis({ language, body, mentions }).texts[0];
  const view = text?.sentences.at(-1);
  if (!text || !view) return [];
  const triggers = findPhrases(body, view.tokens, view.normals, EVENT_TRIGGER_PHRASES[language]);
  const attributions = findPhrases(body, view.tokens, view.normals, ATTRIBUTIONS[language]);
  return findSourceSpans(body, view, language, attributions, triggers).map((span) => body.slice(span.start, span.end).trim());
}

describe('findSourceSpans', () => {
  test.each<[Language, string, MentionSpec[], string[]]>([
    ['kk', 'Әкім елшіні қабылдады, деп хабарлайды BAQ.KZ тілшісі.', [], [', деп хабарлайды BAQ.KZ тілшісі.']],
    ['kk', 'Бұл кезең маңызды болады, – деді Асхат Шахаров.', [], ['– деді Асхат Шахаров.']],
    // The verb of saying closes a Kazakh sentence with nothing after it: what it says is no source.
    ['kk', 'Референдум 15 наурызда өтетінін, оның маңызды кезең болатынын мәлімдеді.', [], []],
    ['kk', 'Көлік министрлігінің мәліметінше, жаңа өткел ашылады.', [], ['Көлік министрлігінің мәліметінше']],
    ['kk', 'KAZINFORM — Алматыда форум өтті.', [['KAZINFORM', 'kazinform', 'ORGANIZATION']], ['KAZINFORM —']],
    ['ru', 'В Астане прошел форум, передает Liter.kz.', [], [', передает Liter.kz.']],
    ['ru', 'По информации акимата, рейс откроют весной.', [], ['По информации акимата']],
    ['en', 'The forum kicked off in Urumqi, Kazinform News Agency reports.', [], [', Kazinform News Agency reports.']],
    ['en', 'The ministry said on Monday that the summit will open in June.', [], ['The ministry said on Monday that']],
    ['en', 'The summit will open in June, according to the presidency.', [], ['according to the presidency.']],
    // A subject in capitals followed by its verb is no dateline.
    ['en', 'KTZ opened a terminal in Xi’an.', [['KTZ', 'ktz', 'ORGANIZATION']], []],
  ])('%s: %s', (language, body, mentions, expected) => {
    expect(sources(language, body, mentions)).toEqual(expected);
  });
});
