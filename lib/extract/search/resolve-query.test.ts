import { describe, expect, test } from 'vitest';
import { parseQuery } from './parse-query';
import { lemmasInIndex, lookupsOf, namesOfSequence, PHRASE_LIMITS, phraseParts, phraseWordForms, resolveQuery, type QueryFacts } from './resolve-query';

const facts = (knownWords: string[], formsOf: Record<string, string[]> = {}, names: Record<string, string> = {}): QueryFacts => ({
  knownWords: new Set(knownWords),
  formsOf: new Map(Object.entries(formsOf)),
  entitiesNamed: (candidates) => [...new Set(candidates.flatMap((c) => (names[c] ? [names[c]] : [])))],
});

describe('query words in the index', () => {
  test('Kazakh stems are always searched for; Russian and English guesses only when some article holds them as words', () => {
    expect(lemmasInIndex('алматыдан', facts([]))).toEqual(expect.arrayContaining(['алматыдан', 'алматы']));
    const shanghai = lemmasInIndex('шанхае', facts(['шанхай']));
    expect(shanghai).toContain('шанхай');
    expect(shanghai).not.toContain('шанхао');
    expect(lemmasInIndex('cities', facts(['city']))).toEqual(['cities', 'city']);
  });

  test('the lookups list the guesses to check and the lemmas whose forms phrases need', () => {
    const lookups = lookupsOf(parseQuery('Шанхае "бауырлас қалалар"'));
    expect(lookups.guesses).toContain('шанхай');
    expect(lookups.phraseLemmas).toEqual(expect.arrayContaining(['бауырлас', 'қала', 'қалалар']));
    expect(lookups.phraseLemmas).not.toContain('шанхай');
  });

  test('a word names the entities of its lemmas; a phrase and a whole query name multi-word entities', () => {
    const known = facts([], {}, { алматы: 'e1', 'қасым-жомарт тоқаев': 'e2', 'нұр-сұлтан': 'e3' });
    const plan = resolveQuery(parseQuery('Алматыдан'), known, { requiredMeta: [], requiredEntities: [] });
    expect(plan.groups[0]![0]).toMatchObject({ kind: 'word', entityTokens: ['e1'] });
    const phrase = resolveQuery(parseQuery('"Қасым-Жомарт Тоқаевтың"'), known, { requiredMeta: [], requiredEntities: [] });
    expect(phrase.groups[0]![0]).toMatchObject({ kind: 'phrase', entityTokens: ['e2'] });
    expect(resolveQuery(parseQuery('Қасым-Жомарт Тоқаевпен'), known, { requiredMeta: [], requiredEntities: [] }).queryEntityTokens).toEqual(['e2']);
    expect(namesOfSequence(['қасым-жомарт', 'тоқаевтың'])).toContain('қасым-жомарт тоқаев');
  });
});

describe('phrases', () => {
  test('a phrase word takes the forms of its lemmas in the lexicon, itself first', () => {
    const forms = phraseWordForms('қала', facts([], { қала: ['қала', 'қаласы', 'қалалары', 'қаласының'] }));
    expect(forms).toEqual(['қала', 'қаласы', 'қалалары', 'қаласының']);
  });

  test('a short phrase is every combination of its words’ forms', () => {
    expect(phraseParts([['шаңхай'], ['мен'], ['алматы', 'алматыда']])).toEqual([
      [
        ['шаңхай', 'мен', 'алматы'],
        ['шаңхай', 'мен', 'алматыда'],
      ],
    ]);
  });

  test('a phrase with too many combinations is matched pair by pair, each within the limit', () => {
    const wide = Array.from({ length: 20 }, (_, i) => `f${i}`);
    const parts = phraseParts([wide, wide, wide]);
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(PHRASE_LIMITS.variants);
      expect(part).toContainEqual(['f0', 'f0']);
    }
  });
});
