import { describe, expect, test } from 'vitest';
import { pinyinSyllables } from '../transliterate';
import { CHINESE_SURNAMES } from './chinese-surnames';
import { firstNameGender } from './first-name-gender';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names';

describe('name tables', () => {
  test('first names are written in Cyrillic, once, in one list', () => {
    const all = [...MALE_FIRST_NAMES, ...FEMALE_FIRST_NAMES];
    for (const name of all) expect(name, name).toMatch(/^[А-ЯЁ][а-яё]+$/u);
    expect(new Set(all).size).toBe(all.length);
  });

  test('Chinese surnames are one or two pinyin syllables', () => {
    for (const surname of CHINESE_SURNAMES) {
      const syllables = pinyinSyllables(surname);
      expect(syllables?.length, surname).toBeGreaterThanOrEqual(1);
      expect(syllables?.length, surname).toBeLessThanOrEqual(2);
    }
  });

  test.each([
    ['Нұрлан', 'male'],
    ['Нурлан', 'male'],
    ['Nurlan', 'male'],
    ['Yerlan', 'male'],
    ['Erlan', 'male'],
    ['Серік', 'male'],
    ['Айгерім', 'female'],
    ['Aigerim', 'female'],
    ['Сауранбаев', null],
    ['Astana', null],
  ] as const)('firstNameGender(%s) = %s', (word, gender) => {
    expect(firstNameGender(word)).toBe(gender);
  });
});
