import { describe, expect, it } from 'vitest';
import { mergeSlices, sliceOrder } from './page-load';

describe('sliceOrder', () => {
  it('alternates which URL goes first, so neither always runs on the warmer machine', () => {
    expect(sliceOrder(4)).toEqual([
      ['page', 'static'],
      ['static', 'page'],
      ['page', 'static'],
      ['static', 'page'],
    ]);
    expect(sliceOrder(1)).toEqual([['page', 'static']]);
  });
});

describe('mergeSlices', () => {
  it('pools the latencies and counts of every slice of one URL', () => {
    const merged = mergeSlices([
      { latencies: [1, 2, 3, 4], bytes: 4000, seconds: 2, non2xx: 0, errors: 1, timeouts: 0 },
      { latencies: [5, 6, 7, 8, 9, 10], bytes: 6000, seconds: 3, non2xx: 2, errors: 0, timeouts: 1 },
    ]);
    expect(merged.requests).toBe(10);
    expect(merged.seconds).toBe(5);
    expect(merged.requestsPerSecond).toBe(2);
    expect(merged.latency.p50Ms).toBe(5);
    expect(merged.latency.p99Ms).toBe(10);
    expect(merged.latency.maxMs).toBe(10);
    expect(merged.bytesPerResponse).toBe(1000);
    expect([merged.non2xx, merged.errors, merged.timeouts]).toEqual([2, 1, 1]);
  });

  it('reports zero throughput, not a division by zero, for a URL that never answered', () => {
    const merged = mergeSlices([{ latencies: [], bytes: 0, seconds: 0, non2xx: 0, errors: 40, timeouts: 0 }]);
    expect(merged.requestsPerSecond).toBe(0);
    expect(merged.bytesPerResponse).toBe(0);
    expect(merged.errors).toBe(40);
  });
});
