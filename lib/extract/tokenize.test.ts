import { describe, expect, test } from 'vitest';
import { normalizeForMatch, startsLowerCase, startsUpperCase, tokenize } from './tokenize';

function texts(body: string): string[] {
  return tokenize(body).map((token) => token.text);
}

describe('tokenize', () => {
  test.each([
    ['Бейжіңде ҚХР-дың өкілі сөз сөйледі.', ['Бейжіңде', 'ҚХР-дың', 'өкілі', 'сөз', 'сөйледі']],
    ["Xi's plan and Tokayev’s reply", ["Xi's", 'plan', 'and', 'Tokayev’s', 'reply']],
    ['рейс Алматы-Урумчи и Қасым-Жомарт', ['рейс', 'Алматы-Урумчи', 'и', 'Қасым-Жомарт']],
    ['Н.Ерболов, 2027-2029 жж.', ['Н', 'Ерболов', '2027-2029', 'жж']],
    ['«Жібек жолы» — шарт; dash - alone', ['Жібек', 'жолы', 'шарт', 'dash', 'alone']],
    ['Astana–Urumqi route', ['Astana', 'Urumqi', 'route']],
    ['trailing hyphen- and \'quote\'', ['trailing', 'hyphen', 'and', 'quote']],
    ['', []],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  test('every token is the slice of the body at its offsets', () => {
    const body = 'Алматы әкімі Ерлан Досаев Үрімжіге барды.\r\nВ Урумчи прибыл аким Алматы. Mayor’s "visit"…';
    for (const token of tokenize(body)) expect(body.slice(token.start, token.end)).toBe(token.text);
  });

  test('agrees with the definition: letters, marks, digits, joined by inner hyphens and apostrophes', () => {
    const definition = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019\u02BC][\p{L}\p{M}\p{N}]+)*/gu;
    const body =
      'Ұлттық банк — «Бәйтерек» холдингі; ҚР-ның 2026-2028 жж. e-mail: x@y.kz, Xi’s —й҃, ᾅ, 𝔸𝔹 ok-- -a- б\u2011в ' +
      '\u00A0Алматы\u2010Үрімжі 3.5% Ё ё ў Ў ґ';
    expect(texts(body)).toEqual([...body.matchAll(definition)].map((match) => match[0]));
  });

  test('letters outside Latin and Cyrillic are word letters too', () => {
    expect(texts('上海 und Zürich, İstanbul')).toEqual(['上海', 'und', 'Zürich', 'İstanbul']);
  });
});

describe('normalizeForMatch', () => {
  test.each([
    ['Шаңхай', 'шаңхай'],
    ['Пхеньян Ёлка', 'пхеньян елка'],
    ['Tokayev’s', "tokayev's"],
    ['Tokayev`s', "tokayev's"],
    ['Алматы–Шанхай', 'алматы-шанхай'],
    ['«Ақ жол»', '"ақ жол"'],
    ['  two   spaces ', 'two spaces'],
    // A Latin «a» and «c» typed inside Cyrillic words.
    ['Aстана Kaзaқстан', 'астана казақстан'],
    ['Astana Астана', 'astana астана'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });
});

describe('letter case', () => {
  test.each([
    ['Қытай', true, false],
    ['қытай', false, true],
    ['Ұлттық', true, false],
    ['ұлттық', false, true],
    ['Ёж', true, false],
    ['2026', false, false],
    ['上海', false, false],
    ['Éire', true, false],
  ])('%s: upper %s, lower %s', (word, upper, lower) => {
    expect(startsUpperCase(word)).toBe(upper);
    expect(startsLowerCase(word)).toBe(lower);
  });
});
