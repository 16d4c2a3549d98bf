import { describe, expect, test } from 'vitest';
import { compareMessageCatalogues, findUnusedKeys, messageKeys } from './message-parity';

describe('message parity', () => {
  test('lists nested keys as dotted paths', () => {
    expect(messageKeys({ A: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['A.b', 'A.c.d', 'e']);
  });

  test('reports a key missing in one locale', () => {
    const problems = compareMessageCatalogues({
      en: { Page: { title: 'Title', subtitle: 'Sub' } },
      kk: { Page: { title: 'Тақырып' } },
    });
    expect(problems).toEqual(['Page.subtitle is missing in kk']);
  });

  test('accepts identical key sets', () => {
    expect(compareMessageCatalogues({ en: { a: '1' }, ru: { a: '2' }, kk: { a: '3' } })).toEqual([]);
  });

  test('finds keys no source file mentions', () => {
    const unused = findUnusedKeys({ Page: { title: 't', forgotten: 'f' } }, "const t = useT('Page'); t('title');", []);
    expect(unused).toEqual(['Page.forgotten']);
  });
});
