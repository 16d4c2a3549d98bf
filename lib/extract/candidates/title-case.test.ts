import { describe, expect, test } from 'vitest';
import { tokenize } from '../tokenize';
import type { Language } from '../types';
import { markTitleCaseLines } from './title-case';

/** The words of `body` on Title Case lines. */
function titleCaseWords(body: string, language: Language, known: readonly string[] = []): string[] {
  const tokens = tokenize(body);
  const marks = markTitleCaseLines(body, tokens, language, (index) => known.includes(tokens[index]?.text ?? ''));
  return tokens.filter((_, index) => marks[index] === 1).map((token) => token.text);
}

describe('markTitleCaseLines', () => {
  test.each([
    ['en', 'Chinese Airlines Boost Flights To Kazakhstan', true],
    ['en', 'Chinese Airlines Boost Flights to Kazakhstan', true],
    ['en', 'Almaty Welcomes New Direct Flights From Urumqi', true],
    ['ru', 'Казахстанские Компании Расширяют Сотрудничество С Китаем', true],
    ['kk', 'Қазақстан Мен Қытай Жаңа Бағыттарды Ашады', true],
    // Sentences: however many names, their verbs and common nouns are in lower case.
    ['en', 'Marat Bekov met Serik Nurov in Almaty.', false],
    ['en', 'Representatives of the Trade and Integration Ministry attended.', false],
    ['kk', 'Жиынға Айгерім Сәрсенова мен Нұрлан Серікұлы қатысты.', false],
    ['ru', 'Вчера Асель Нурова и Марат Беков открыли выставку.', false],
    ['en', 'Kazakhstan-China interregional cooperation forum kicks off in Urumqi', false],
    // Too short to judge.
    ['en', 'Xi Arrives', false],
  ] as const)('%s: %s → %s', (language, line, titleCase) => {
    expect(titleCaseWords(line, language).length > 0).toBe(titleCase);
  });

  test('each line is measured on its own', () => {
    const body = 'Chinese Airlines Boost Flights To Kazakhstan\nChinese airlines plan to add flights next year.';
    expect(titleCaseWords(body, 'en')).toEqual(['Chinese', 'Airlines', 'Boost', 'Flights', 'To', 'Kazakhstan']);
  });

  test('known names do not count: a short sentence of names and one verb is not a headline', () => {
    expect(titleCaseWords('Tokayev Meets Xi In Astana', 'en', ['Tokayev', 'Xi', 'Astana'])).toEqual([]);
    expect(titleCaseWords('Tokayev Meets Business Leaders In Astana', 'en', ['Tokayev', 'Astana'])).toHaveLength(6);
  });
});
