import { describe, expect, test } from 'vitest';
import { testMentions, type MentionSpec } from '@/lib/testing/build-test-analysis';
import type { Language } from '../types';
import { groupPlaces } from './place-groups';

function groups(language: Language, body: string, mentions: MentionSpec[]) {
  return groupPlaces(body, testMentions({ language, body, mentions }), language).map((group) => ({
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
      [
        { keys: ['almaty-region'], linked: false },
        { keys: ['konaev'], linked: false },
      ],
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
      [
        { keys: ['almaty'], linked: false },
        { keys: ['kazakhstan'], linked: false },
        { keys: ['shanghai'], linked: false },
      ],
    ],
    ['en', 'Almaty, the mayor of Shanghai', [['Almaty', 'almaty', 'CITY'], ['Shanghai', 'shanghai', 'CITY']], [{ keys: ['almaty'], linked: false }, { keys: ['shanghai'], linked: false }]],
  ])('%s: %s', (language, body, mentions, expected) => {
    expect(groups(language, body, mentions)).toEqual(expected);
  });
});
