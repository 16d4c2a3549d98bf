import { describe, expect, it } from 'vitest';
import { firstLoadScriptSources } from './script-sources';

const page = `<!DOCTYPE html><html lang="en"><head>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/preload-only.js"/>
<script src="/_next/static/chunks/runtime-1a2b.js" async=""></script>
<script src="/_next/static/chunks/polyfills-9z.js" noModule=""></script>
<SCRIPT async SRC='/_next/static/chunks/app-page-77.js?dpl=build&amp;v=2'></SCRIPT>
<script src="https://example.org/analytics.js" async></script>
</head><body><p>A sentence that shows &lt;script src="/_next/static/chunks/escaped.js"&gt; as text</p>
<script>self.__next_f.push([1,"src=\\"/_next/static/chunks/lazy-chart.js\\""])</script>
<script src=/_next/static/chunks/layout-3c.js async></script>
<script src="/_next/static/chunks/runtime-1a2b.js" async=""></script>
</body></html>`;

describe('firstLoadScriptSources', () => {
  const sources = firstLoadScriptSources(page);

  it('lists the _next/static scripts in document order, once each, with entities decoded', () => {
    expect(sources).toEqual([
      '/_next/static/chunks/runtime-1a2b.js',
      '/_next/static/chunks/app-page-77.js?dpl=build&v=2',
      '/_next/static/chunks/layout-3c.js',
    ]);
  });

  it('leaves out nomodule polyfills, preload hints, other origins, escaped text and chunks named only inside inline scripts', () => {
    expect(sources.some((source) => source.includes('polyfills'))).toBe(false);
    expect(sources.some((source) => source.includes('preload-only'))).toBe(false);
    expect(sources.some((source) => source.includes('analytics'))).toBe(false);
    expect(sources.some((source) => source.includes('escaped'))).toBe(false);
    expect(sources.some((source) => source.includes('lazy-chart'))).toBe(false);
  });

  it('finds nothing in a page without scripts', () => {
    expect(firstLoadScriptSources('<html><body><h1>Static</h1></body></html>')).toEqual([]);
  });
});
