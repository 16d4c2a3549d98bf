/**
 * Whether inline CSS only sets values: no resource is fetched (`url()`, `image-set()`, `@import`),
 * nothing is hidden behind escapes, and every function is one that computes a value. The page's
 * own inline styles are positions, sizes and colours of this kind; one injected to load or leak
 * something is not, and gets no hash.
 */

const VALUE_FUNCTIONS = new Set([
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color-mix',
  'calc', 'min', 'max', 'clamp', 'var', 'env',
  'translate', 'translatex', 'translatey', 'translate3d', 'scale', 'scalex', 'scaley', 'rotate', 'skew', 'matrix',
  'cubic-bezier', 'steps', 'repeat', 'minmax', 'fit-content',
  'linear-gradient', 'radial-gradient', 'conic-gradient',
]);

const FUNCTION_CALL = /([a-zA-Z-]+)\s*\(/g;

export function isInertCss(css: string): boolean {
  if (/[\\@]/.test(css)) return false;
  for (const [, name] of css.matchAll(FUNCTION_CALL)) {
    if (!VALUE_FUNCTIONS.has((name ?? '').toLowerCase())) return false;
  }
  return true;
}
