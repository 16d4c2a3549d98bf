import { afterEach, describe, expect, it } from 'vitest';
import { clearMicroCache, registerMicroCacheClear } from './micro-cache-registry';

describe('micro-cache registry', () => {
  let unregister: (() => void) | undefined;
  afterEach(() => unregister?.());

  it('reports that nothing was cleared when no server registered', () => {
    expect(clearMicroCache()).toBe(false);
  });

  it('calls the registered clear function until it is removed', () => {
    let clears = 0;
    unregister = registerMicroCacheClear(() => (clears += 1));
    expect(clearMicroCache()).toBe(true);
    expect(clears).toBe(1);
    unregister();
    expect(clearMicroCache()).toBe(false);
    expect(clears).toBe(1);
  });

  it('reaches a clear function registered by another copy of the module', () => {
    let cleared = false;
    (globalThis as Record<symbol, unknown>)[Symbol.for('bauyrlas.micro-cache.clear')] = () => (cleared = true);
    unregister = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for('bauyrlas.micro-cache.clear')];
    expect(clearMicroCache()).toBe(true);
    expect(cleared).toBe(true);
  });
});
