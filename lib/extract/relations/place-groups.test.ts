import { describe, expect, test } from 'vitest';
import { testMentions, type MentionSpec } from '@/lib/testing/build-test-analysis';
import { TEST_RELATION_FACTS } from '@/lib/testing/relation-cases';
import { normalizeTokens } from '../sentence/phrase-matcher';
import { tokenize } from '../tokenize';
import type { Language } from '../types';
import { groupPlaces } from './place-groups';

function groups(language: Language, body: string, mentions: MentionSpec[]) {
  const tokens = tokenize(body);
  const input = { body, tokens, normals: normalizeTokens(tokens), mentions: testMentions({ language, body, mentions }), language, facts: TEST_RELATION_FACTS };
  return groupPlaces(input).map((group) => ({
    keys: group.members.map((member) => member.entity.key),
    linked: group.linked,
  }));
}

describe('groupPlaces', () => {
  test.each<[Language, string, MentionSpec[], { keys: string[]; linked: boolean }[]]>([
    ['kk', 'Алматы мен Шаңхай', [['Алматы', 'almaty', 'CITY'], ['Шаңхай', 'shanghai', 'CITY']], [{ keys: ['almaty', 'shanghai'], linked: false }]],
    [
      'kk',
      'Алматы қаласы мен Шаңхай қаласының',
      [['Алматы', 'almaty', 'CITY'], ['Шаңхай қаласының', 'shanghai', 'CITY']],
      [{ keys: ['almaty', 'shanghai'], linked: false }],
    ],
    [
      'kk',
      'Алматы, Астана және Шымкент',
      [['Алматы', 'almaty', 'CITY'], ['Астана', 'astana', 'CITY'], ['Шымкент', 'shymkent', 'CITY']],
      [{ keys: ['almaty', 'astana', 'shymkent'], linked: false }],
    ],
    ['kk', 'Алматыдан Шаңхайға', [['Алматыдан', 'almaty', 'CITY'], ['Шаңхайға', 'shanghai', 'CITY']], [{ keys: ['almaty', 'shanghai'], linked: true }]],
    [
      'kk',
      'Алматы облысының Қонаев қаласы',
      [['Алматы облысының', 'almaty-region', 'REGION'], ['Қонаев', 'konaev', 'CITY']],
      // The region containing the city is an apposition of it, not a second place.
      [{ keys: ['konaev'], linked: false }],
    ],
    ['ru', 'Алматы – Шанхай', [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']], [{ keys: ['almaty', 'shanghai'], linked: true }]],
    ['ru', 'из Алматы в Шанхай', [['Алматы', 'almaty', 'CITY'], ['Шанхай', 'shanghai', 'CITY']], [{ keys: ['almaty', 'shanghai'], linked: true }]],
    [
      'ru',
      'Казахстаном и Китаем',
      [['Казахстаном', 'kazakhstan', 'COUNTRY'], ['Китаем', 'china', 'COUNTRY']],
      [{ keys: ['kazakhstan', 'china'], linked: false }],
    ],
    [
      'en',
      'Almaty and the city of Shanghai',
      [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']],
      [{ keys: ['almaty', 'shanghai'], linked: false }],
    ],
    [
      'en',
      'Almaty (Kazakhstan) and Shanghai',
      [['Almaty', 'almaty', 'CITY'], ['Kazakhstan', 'kazakhstan', 'COUNTRY'], ['Shanghai', 'shanghai', 'CITY']],
      [{ keys: ['almaty', 'shanghai'], linked: false }],
    ],
    ['en', 'Almaty, the mayor of Shanghai', [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']], [{ keys: ['almaty'], linked: false }, { keys: ['shanghai'], linked: false }]],
  ])('%s: %s', (language, body, mentions, expected) => {
    expect(groups(language, body, mentions)).toEqual(expected);
  });
});

describe('the word that introduces a group gives its places a role', () => {
  function leads(language: Language, body: string, mentions: MentionSpec[]) {
    const tokens = tokenize(body);
    const input = { body, tokens, normals: normalizeTokens(tokens), mentions: testMentions({ language, body, mentions }), language, facts: TEST_RELATION_FACTS };
    return groupPlaces(input).map((group) => group.lead);
  }

  test.each<[Language, string, MentionSpec[], (string | null)[]]>([
    ['kk', 'Алматы Үрімжімен және Сианьмен', [['Алматы', 'almaty', 'CITY'], ['Үрімжі', 'urumqi', 'CITY'], ['Сиань', 'xian', 'CITY']], [null, 'with']],
    ['kk', 'Сиань қаласынан', [['Сиань', 'xian', 'CITY']], ['from']],
    ['kk', 'Алматыға', [['Алматы', 'almaty', 'CITY']], ['to']],
    // «Астана» ends in «-на» but is no dative: the stem left would be no word.
    ['kk', 'Астана', [['Астана', 'astana', 'CITY']], [null]],
    ['ru', 'сотрудничество с Уханем и Лоянем', [['Уханем', 'wuhan', 'CITY'], ['Лоянем', 'luoyang', 'CITY']], ['with']],
    ['ru', 'поездка в китайский город Алтай', [['Алтай', 'altay', 'CITY']], ['to']],
    ['ru', 'между Алматы и Урумчи', [['Алматы', 'almaty', 'CITY'], ['Урумчи', 'urumqi', 'CITY']], ['between']],
    ['en', 'routes to the city of Almaty and Bishkek', [['Almaty', 'almaty', 'CITY'], ['Bishkek', 'bishkek', 'CITY']], ['to']],
    ['en', 'Almaty and Bishkek', [['Almaty', 'almaty', 'CITY'], ['Bishkek', 'bishkek', 'CITY']], [null]],
  ])('%s: %s', (language, body, mentions, expected) => {
    expect(leads(language, body, mentions)).toEqual(expected);
  });
});
