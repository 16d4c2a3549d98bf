/**
 * The production server's micro-cache and the revalidation endpoint live in different module
 * instances (Next bundles route code separately), so the server registers its clear function on
 * a process-wide symbol and the endpoint calls it from there.
 */

const REGISTRY = Symbol.for('bauyrlas.micro-cache.clear');

type Registry = { [REGISTRY]?: () => void };

/** Registers the micro-cache's clear function; returns a function that removes it again. */
export function registerMicroCacheClear(clear: () => void): () => void {
  const registry = globalThis as Registry;
  registry[REGISTRY] = clear;
  return () => {
    if (registry[REGISTRY] === clear) delete registry[REGISTRY];
  };
}

/** Empties the micro-cache when one runs in this process (not under `next start`); says whether it did. */
export function clearMicroCache(): boolean {
  const clear = (globalThis as Registry)[REGISTRY];
  if (!clear) return false;
  clear();
  return true;
}
