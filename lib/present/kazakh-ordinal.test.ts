import { describe, expect, it } from 'vitest';
import { kazakhOrdinalEnding } from './kazakh-ordinal';

describe('kazakhOrdinalEnding', () => {
  it.each([
    [1, 'і'], [2, 'сі'], [3, 'і'], [4, 'і'], [5, 'і'], [6, 'сы'], [7, 'сі'], [8, 'і'], [9, 'ы'],
    [10, 'ы'], [20, 'сы'], [30, 'ы'], [40, 'ы'], [50, 'і'], [60, 'ы'], [70, 'і'], [80, 'і'], [90, 'ы'],
    [100, 'і'], [1000, 'ы'],
  ])('%i-%s (the number word table)', (n, ending) => {
    expect(kazakhOrdinalEnding(n)).toBe(ending);
  });

  it.each([
    [12, 'сі'], // он екі
    [16, 'сы'], // он алты
    [21, 'і'], // жиырма бір
    [126, 'сы'], // жүз жиырма алты
    [200, 'і'], // екі жүз
    [300, 'і'], // үш жүз
    [1100, 'і'], // мың жүз
    [2000, 'ы'], // екі мың
    [250_000, 'ы'], // екі жүз елу мың
    [1_000_000, 'ы'], // миллион
    [3_000_000_000, 'ы'], // үш миллиард
    [0, 'і'], // нөл
  ])('%i-%s (the last spoken word decides)', (n, ending) => {
    expect(kazakhOrdinalEnding(n)).toBe(ending);
  });
});
