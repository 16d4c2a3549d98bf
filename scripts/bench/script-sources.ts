/**
 * The scripts a page's HTML makes the browser load on first load: every `<script src>` under
 * `/_next/static/`, in document order, once each. `nomodule` scripts (polyfills) are left out:
 * browsers that run modules skip them. Chunks the page imports later (`next/dynamic`, prefetches)
 * are not in the HTML, so they are not counted.
 */
export function firstLoadScriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = parseAttributes(tag);
    const source = attributes.get('src');
    if (source === undefined || attributes.has('nomodule')) continue;
    const path = decodeEntities(source);
    if (!/^\/_next\/static\//.test(path) || sources.includes(path)) continue;
    sources.push(path);
  }
  return sources;
}

/** Attribute names (lower case) and values of one opening tag; a bare attribute has the value ''. */
function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<script\b/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = (match[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
