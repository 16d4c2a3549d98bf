import { describe, expect, test } from 'vitest';
import type { Language } from '../types';
import { numberPattern, numberValue } from './number-words';

function wholeNumber(language: Language, text: string): number | null {
  return new RegExp(`^(?:${numberPattern(language)})$`, 'u').test(text) ? numberValue(language, text) : null;
}

describe('numbers in words', () => {
  test.each<[Language, string, number | null]>([
    ['kk', 'бес', 5],
    ['kk', 'он', 10],
    ['kk', 'он бір', 11],
    ['kk', 'отыз бес', 35],
    ['kk', 'Тоқсан', 90],
    ['kk', '12', 12],
    ['ru', 'пять', 5],
    ['ru', 'пяти', 5],
    ['ru', 'двух', 2],
    ['ru', 'одиннадцати', 11],
    ['ru', 'тридцать пять', 35],
    ['ru', 'тридцати двух', 32],
    ['ru', 'Сорока', 40],
    ['en', 'five', 5],
    ['en', 'thirteen', 13],
    ['en', 'thirty-two', 32],
    ['en', 'Thirty five', 35],
    // traps: not a number, or not one number
    ['kk', 'бірнеше', null],
    ['kk', 'бесінші', null],
    ['ru', 'несколько', null],
    ['ru', 'пятый', null],
    ['en', 'fifth', null],
    ['en', 'one two', null],
    ['en', 'twenty-twenty', null],
    ['ru', '1234', null],
  ])('%s: %s → %s', (language, text, expected) => {
    expect(wholeNumber(language, text)).toBe(expected);
  });
});
