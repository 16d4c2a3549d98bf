import { describe, expect, test } from 'vitest';
import { transliterate } from '../transliterate';
import { latinNameSkeleton } from './name-skeleton';

describe('latinNameSkeleton: one skeleton for the spellings of one name', () => {
  test.each([
    ['Tokayev', 'Tokaev'],
    ['Yerlan', 'Erlan'],
    ['Aytmukhambetov', 'Aitmukhambetov'],
    ['Japarov', 'Zhaparov'],
    ['Qasym', 'Kassym'],
    ['Kasym', 'Kassym'],
    ['Berdimuhamedow', 'Berdymukhamedov'],
    ['Han Chunling', 'Han Chunlin'],
    ['Erdoğan', 'Erdogan'],
    ['Şymkent', 'Shymkent'],
    ['Mirziyoyev', 'Mirziyoev'],
    ['Yuriy', 'Yuri'],
  ])('%s = %s', (a, b) => {
    expect(latinNameSkeleton(a)).toBe(latinNameSkeleton(b));
  });

  test.each([
    ['Nurlan Akkoshkarov', 'Nurlan Akkoshkerov'],
    ['Wang Yi', 'Wang Yu'],
    ['Marat', 'Murat'],
  ])('%s ≠ %s', (a, b) => {
    expect(latinNameSkeleton(a)).not.toBe(latinNameSkeleton(b));
  });

  test('a Kazakh and a Russian spelling meet through the transliteration', () => {
    expect(latinNameSkeleton(transliterate('Айдар Ысқақов'))).toBe(latinNameSkeleton('Aidar Iskakov'));
    expect(latinNameSkeleton(transliterate('Калияр Айтмухамбетов'))).toBe(latinNameSkeleton('Kaliyar Aitmukhambetov'));
  });
});
