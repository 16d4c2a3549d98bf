import { describe, expect, test } from 'vitest';
import { COMMON_RULES } from './patterns-common';
import { EN_RULES } from './patterns-en';
import { KK_RULES } from './patterns-kk';
import { RU_RULES } from './patterns-ru';
import {
  coreAfterOptionalLead,
  firstCharClass,
  requiredLiteralSets,
  requiredLiterals,
  splitLeadingAssertions,
  startsInvolved,
} from './regex-analysis';
import { coreOccurs, findMatches } from './rule';

describe('requiredLiterals', () => {
  test.each([
    ['plain word', 'кеше', ['кеше']],
    ['case pair folds to one letter', '[Бб]иыл', ['биыл']],
    ['alternatives give one literal each', '(?:ертең|Ертең)', ['ертең']],
    ['the longest run wins over a short one', '\\d+\\s+наурыз', ['наурыз']],
    ['a run continues across a lookaround', 'ж(?!\\p{L})ыл', ['жыл']],
    ['an optional part gives nothing', '(?:since\\s+)?\\d{4}', null],
    ['a repeated part counts once', '(?:year)+', ['year']],
    ['lookbehind text is not part of the match', '(?<=in\\s+)\\d{4}', null],
    ['a named group counts like any group', '(?<m>March|May)\\s+\\d', ['march', 'may']],
    ['escaped punctuation is a literal', 'ж\\.', ['ж.']],
    ['one alternative without a literal spoils the set', '(?:июнь|\\d+)', null],
    ['an unsupported escape gives no answer', '\\k<m>year', null],
  ])('%s', (_name, source, expected) => {
    expect(requiredLiterals(source)?.sort() ?? null).toEqual(expected === null ? null : [...expected].sort());
  });
});

describe('requiredLiteralSets', () => {
  test.each([
    ['each part of a sequence is a requirement', '(?:мамыр|сәуір)дың\\s+(?:басы|соңы)', [['мамыр', 'сәуір'], ['басы', 'соңы'], ['дың']]],
    ['a choice between alternatives is one requirement', '(?:today|tomorrow)', [['today', 'tomorrow']]],
    ['an optional part gives nothing', '(?:since\\s+)?\\d{4}', null],
    ['the most selective come first, at most three', 'ab\\s+cde\\s+f\\s+ghij\\s+kl', [['ghij'], ['cde'], ['ab']]],
  ])('%s', (_name, source, expected) => {
    const sets = requiredLiteralSets(source)?.map((set) => [...set].sort()) ?? null;
    expect(sets).toEqual(expected === null ? null : expected.map((set) => [...set].sort()));
  });
});

describe('splitLeadingAssertions', () => {
  test.each([
    ['a lookbehind before a word', '(?<![\\p{L}])наурыз', { lead: '(?<![\\p{L}])', rest: 'наурыз' }],
    ['several assertions', '(?<=в\\s+)(?![А-Я])марте', { lead: '(?<=в\\s+)(?![А-Я])', rest: 'марте' }],
    ['a bracket inside the lead', '(?<![)\\]])x', { lead: '(?<![)\\]])', rest: 'x' }],
    ['assertions opening a plain group', '(?:(?<!x)a|b)c', null],
    ['assertions opening a plain one-branch group', '(?:(?<!x)(?<o>a))c', { lead: '(?<!x)', rest: '(?:(?<o>a))c' }],
    ['an optional group keeps its assertions', '(?:(?<!x)a)?c', null],
    ['no lead', 'наурыз', null],
    ['a top-level choice keeps its lead', '(?<!a)b|c', null],
    ['a lead that captures stays', '(?<=(?<y>\\d)\\s)x', null],
    ['nothing after the lead', '(?<!a)', null],
  ])('%s', (_name, source, expected) => {
    expect(splitLeadingAssertions(source)).toEqual(expected);
  });
});

describe('coreAfterOptionalLead', () => {
  test.each([
    ['an optional year before a month', '(?:\\d{4}\\s+)?наурыз', 'наурыз'],
    ['two optional parts', '(?:the\\s+)?(?:very\\s+)?end', 'end'],
    ['a required group is kept', '(?:a|b)c', null],
    ['a lazy optional group is left alone', '(?:a)??b', null],
    ['an optional lookbehind is no lead', '(?<=a)?b', null],
    ['nothing after the optional part', '(?:ab)?', null],
  ])('%s', (_name, source, expected) => {
    expect(coreAfterOptionalLead(source)).toBe(expected);
  });
});

describe('firstCharClass', () => {
  test.each([
    ['a literal', 'today', '[t]'],
    ['a case pair', '[Tt]oday', '[Tt]'],
    ['alternatives', '(?:1[89]|2[01])\\d\\d', '[12]'],
    ['an optional prefix adds its own start', '(?:[Tt]he\\s+)?\\d', '[Tt\\d]'],
    ['lookarounds are skipped', '(?<![\\p{L}\\p{N}])(?=\\d)\\d', '[\\d]'],
    ['a leading hyphen stays literal', '[-–—]x', '[\\-–—]'],
    ['a negated class is unbounded', '[^a]b', null],
    ['any character is unbounded', '.b', null],
    ['a pattern that can match nothing has no first character', '(?:ab)?', null],
  ])('%s', (_name, source, expected) => {
    expect(firstCharClass(source)).toBe(expected);
  });

  test('a class built from a hyphen-ended item does not turn into a range', () => {
    const first = firstCharClass('(?:[ab-]|[c-e])x');
    expect(first).not.toBeNull();
    const pattern = new RegExp(`^${first}$`, 'u');
    expect(['a', 'b', '-', 'c', 'd', 'e'].every((char) => pattern.test(char))).toBe(true);
    expect(pattern.test('x')).toBe(false);
  });
});

describe('startsInvolved', () => {
  test.each([
    ['a plain literal start', '(?<![\\p{L}\\p{N}])[Бб]иыл', false],
    ['an optional year before the month', '(?:\\d{4}\\s+)?(?<![\\p{L}\\p{N}])наурыз', true],
    ['a positive lookbehind before the word', '(?<=в\\s+)марте', true],
    ['a lookbehind inside one alternative', '(?:today|(?<=^\\s*)Today)', true],
    ['an optional digit is cheap', '0?[1-9]\\.', false],
  ])('%s', (_name, source, expected) => {
    expect(startsInvolved(source)).toBe(expected);
  });
});

/** Sentences of our own, with dates in many shapes and traps around them, in the three languages. */
const TEXTS = [
  '2026 жылғы 15 наурызда Алматыда форум өтеді. Биыл 3-4 сәуір аралығында көрме болады.',
  'Наурыз мерекесі кеше аталып өтті, ал келесі аптада делегация Шымкентке барады.',
  'Ағымдағы жылдың бірінші жартысында 12.05.2026 ж. жоба басталды; 2027 - 2029 жылдарға жоспар бар.',
  'Бейсенбі күні, 2025 жылдың үшінші тоқсанында және өткен жылы да кездесу болған.',
  'В первой половине 2026 года, 19 февраля и с 3 по 5 июня в Астане пройдут встречи.',
  'Вчера в четверг Мая Иванова сказала, что летом 2025 года и в прошлом году рейсы открылись.',
  'На следующей неделе, 2026–2028 годы, в марте текущего года: 31 апреля 2026 года не бывает.',
  'On March 15, 2026 the forum opened; May 18-19 and the first quarter of 2025 were busy.',
  'Last year, in Q3 2026 and since 2014, a total of 2026 tons moved; next Monday is free.',
  'Today the Kazakhstan Today agency said that from 26 to 28 March 2026 and in the spring of 2027 flights grow.',
  'The second half of the year, on Thursday, and Easter Monday: none of this is Sept 2026 or 2026-02-19?',
  'Сәуір айының ортасында, мамырдың басында және 2025 жылғы ақпанның бірінші жартысында; Новосібір -19 мамырдан.',
  'Биылғы жылдың бес айында жүк өткен жылдың осы кезеңімен салыстырғанда артты; осыдан отыз бес жыл бұрын, жыл басынан бері.',
  'Бүгіннен бастап 7 маусымға дейін көктемгі-жазғы навигация кезеңінде, туристік маусымда емес.',
  'С сегодняшнего дня по 7 июня, в середине апреля, с конца мая 2025 года и в летний период, а не за 10-летний период.',
  'За пять месяцев 2025 года, по сравнению с аналогичным периодом прошлого года, 35 лет назад и с начала года.',
  'In mid-April and the first five months of 2025, versus the same period last year, 32 years ago; 2024 was declared the Year.',
  'From today until June 7, in the spring-summer season of 2024, since the beginning of the year, the 2025 summit and 2024 passengers.',
];

describe('compiled temporal rules', () => {
  const RULES = [...KK_RULES, ...RU_RULES, ...EN_RULES, ...COMMON_RULES];

  test.each(RULES.map((rule) => [rule.id, rule] as const))('%s matches exactly what its source matches', (_id, rule) => {
    const raw = new RegExp(rule.source, 'gu');
    for (const text of TEXTS) {
      const expected = [...text.matchAll(raw)].map((m) => [m.index, m[0]]);
      expect([...findMatches(rule, text)].map((m) => [m.index, m[0]])).toEqual(expected);
      if (expected.length > 0) expect(coreOccurs(rule, text)).toBe(true);
      for (const [, matched] of expected) {
        const lower = String(matched).toLowerCase();
        if (lower === '') continue;
        for (const literals of rule.requiredLiterals ?? []) expect(literals.some((literal) => lower.includes(literal))).toBe(true);
      }
    }
  });

  test('every rule of the tables was understood well enough to be prefiltered', () => {
    const unfiltered = RULES.filter((rule) => rule.requiredLiterals === null).map((rule) => rule.id);
    expect(unfiltered.length).toBeLessThanOrEqual(2);
  });
});
