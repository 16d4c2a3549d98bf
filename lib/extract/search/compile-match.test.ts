import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMigratedDatabase, type TestDatabase } from '@/lib/testing/migrated-database';
import { compileMatch, EVERY_ARTICLE_TOKEN, quoteToken, type MatchPlan } from './compile-match';
import { parseQuery } from './parse-query';
import { resolveQuery, type QueryFacts } from './resolve-query';

let database: TestDatabase;
let sqlite: Database.Database;

beforeAll(() => {
  database = createMigratedDatabase();
  sqlite = new Database(database.file);
  sqlite
    .prepare('INSERT INTO ArticleSearch (rowid, title, body, titleLemmas, bodyLemmas, entities, meta) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(1, 'алматыда жиын', 'шаңхай мен алматының бауырлас қалалары', 'алматы', 'алматы қала', '_e1 _e2', '_article _kk _s1');
});

afterAll(async () => {
  sqlite.close();
  await database.dispose();
});

/** Facts of a make-believe index: every guess is a word, every lemma has two forms, "almaty" names entity 1. */
const FACTS: QueryFacts = {
  knownWords: { has: () => true } as unknown as ReadonlySet<string>,
  formsOf: { get: (lemma: string) => [lemma, `${lemma}да`] } as unknown as ReadonlyMap<string, readonly string[]>,
  entitiesNamed: (names) => (names.includes('almaty') || names.includes('алматы') ? ['_e1'] : []),
};

/** Operators, the phrase columns and parentheses: all an expression may hold outside its quoted tokens. */
const SYNTAX = new Set(['(', ')', 'AND', 'OR', 'NOT', ':', '*', '{title', 'body}']);

function outsideQuotes(expression: string): string[] {
  return expression
    .replace(/"(?:[^"]|"")*"/g, ' ')
    .replace(/([()])/g, ' $1 ')
    .split(/\s+/)
    .filter((part) => part !== '');
}

function quotedTokens(expression: string): string[] {
  return [...expression.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
}

function planOf(input: string, filters: Pick<MatchPlan, 'requiredMeta' | 'requiredEntities'> = { requiredMeta: [], requiredEntities: [] }): string {
  return compileMatch(resolveQuery(parseQuery(input), FACTS, filters));
}

describe('MATCH expressions', () => {
  test.each([
    ['Алматыдан', 1],
    ['"Шаңхай мен алматының"', 1],
    ['"алматының мен"', 0],
    ['Алм*', 1],
    ['Almaty', 1],
    ['Алматы -қала', 0],
    ['-жоқ', 1],
    ['', 1],
    ['Шаңхай OR Бейжің', 1],
    ['Шаңхай Бейжің', 0],
  ])('%s matches %i article(s) of a one-article index', (input, count) => {
    expect(sqlite.prepare('SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH ?').all(planOf(input))).toHaveLength(count);
  });

  test('filters are required meta and entity tokens', () => {
    const run = (filters: Pick<MatchPlan, 'requiredMeta' | 'requiredEntities'>) =>
      sqlite.prepare('SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH ?').all(planOf('Алматы', filters)).length;
    expect(run({ requiredMeta: ['_kk'], requiredEntities: [] })).toBe(1);
    expect(run({ requiredMeta: ['_ru'], requiredEntities: [] })).toBe(0);
    expect(run({ requiredMeta: ['_s1'], requiredEntities: ['_e2'] })).toBe(1);
    expect(run({ requiredMeta: [], requiredEntities: ['_e3'] })).toBe(0);
  });

  test('an empty query matches every article through the meta token', () => {
    expect(planOf('')).toBe(quoteToken(EVERY_ARTICLE_TOKEN));
  });

  test('a word never meets an entity or meta token: they begin with "_", which words never hold', () => {
    const run = (input: string) => sqlite.prepare('SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH ?').all(planOf(input)).length;
    expect(run('article')).toBe(0);
    expect(run('kk')).toBe(0);
    expect(run('e1')).toBe(0);
  });

  test('a quoted token can hold nothing but letters, marks, digits, hyphens, apostrophes, "_" and spaces', () => {
    expect(quoteToken('a"b) OR c*')).toBe('"ab OR c"');
    expect(quoteToken("xi's ұлан-батор")).toBe('"xi\'s ұлан-батор"');
  });
});

describe('MATCH expressions from any text', () => {
  const syntax = fc.constantFrom('"', '-', '*', ' ', 'OR', 'AND', 'NOT', '(', ')', ':', '^', '{', '}', 'NEAR', 'title:', '\u0000', 'ё', 'Алматы', 'Almaty', "'", '’');
  const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.array(syntax, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 40 }));
  const filters = fc.record({ requiredMeta: fc.subarray(['_kk', '_ru', '_s1']), requiredEntities: fc.subarray(['_e1', '_e2']) });

  test('hold only our syntax outside quotes, only word characters inside, and run on the index', () => {
    const statement = sqlite.prepare('SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH ?');
    fc.assert(
      fc.property(anyText, filters, (input, chosen) => {
        const expression = planOf(input, chosen);
        for (const part of outsideQuotes(expression)) expect(SYNTAX.has(part), `${part} in ${expression}`).toBe(true);
        for (const token of quotedTokens(expression)) expect(token).toMatch(/^(?:[\p{L}\p{M}\p{N}' -]*|_[a-z]+\d*)$/u);
        expect(() => statement.all(expression)).not.toThrow();
      }),
      { numRuns: 1_000 },
    );
  });
});
