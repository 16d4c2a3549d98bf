import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('pads the first column left-aligned and the others right-aligned, with a rule under the header', () => {
    expect(formatTable([
      ['page', 'req/s'],
      ['/en', '812'],
      ['/en/search', '95'],
    ])).toEqual(['page         req/s', '──────────   ─────', '/en            812', '/en/search      95']);
  });

  it('fills missing cells and prints nothing for no rows', () => {
    expect(formatTable([['a', 'b'], ['long name']])).toEqual([`a${' '.repeat(8)}   b`, '─────────   ─', 'long name']);
    expect(formatTable([])).toEqual([]);
  });
});
