import { describe, expect, it } from 'vitest';
import { descendantsOf, parseParentPid, parseResidentKb, processTreeRssMb } from './process-memory';

describe('parseParentPid', () => {
  it('reads the field after the state', () => {
    expect(parseParentPid('4242 (next-server) S 4200 4242 4200 0 -1 4194560 1234 0 0 0')).toBe(4200);
  });

  it('is not misled by spaces and parentheses inside the process name', () => {
    expect(parseParentPid('77 (odd ) name) (x) R 12 77 77 0 -1')).toBe(12);
  });

  it('gives null for text that is not a stat line', () => {
    expect(parseParentPid('')).toBeNull();
  });
});

describe('parseResidentKb', () => {
  it('reads VmRSS in kB', () => {
    const status = 'Name:\tnode\nState:\tS (sleeping)\nVmPeak:\t 1200000 kB\nVmRSS:\t  183456 kB\nRssAnon:\t  120000 kB\n';
    expect(parseResidentKb(status)).toBe(183456);
  });

  it('gives null when the process has no VmRSS line', () => {
    expect(parseResidentKb('Name:\tzombie\nState:\tZ (zombie)\n')).toBeNull();
  });
});

describe('descendantsOf', () => {
  it('collects children, grandchildren and the root, not siblings', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
      [21, 20],
    ]);
    expect(descendantsOf(10, parents).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
  });

  it('is the root alone when it has no children', () => {
    expect(descendantsOf(5, new Map([[6, 1]]))).toEqual([5]);
  });
});

describe('processTreeRssMb', () => {
  it('measures this process at more than zero and less than its heap limit', () => {
    const mb = processTreeRssMb(process.pid);
    expect(mb).toBeGreaterThan(10);
    expect(mb).toBeLessThan(8192);
  });
});
