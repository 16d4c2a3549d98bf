/**
 * The inline code of an HTML document as a browser sees it: the text of each inline classic
 * script, of each `<style>` element, and each `style` attribute's value (character references
 * resolved). React writes the markup, so attributes are double-quoted and script texts cannot
 * contain `</script`.
 */

export interface InlineContent {
  scripts: string[];
  styleElements: string[];
  styleAttributes: string[];
}

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const START_TAG = /<[a-zA-Z][^\s/>]*(\s[^>]*)>/g;
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Script types a browser runs as classic or module scripts (an empty type counts as JavaScript). */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript']);

const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Resolves the character references React writes into attribute values. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (all, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED_REFERENCES[name ?? ''] ?? all;
  });
}

function runsAsScript(attributes: string): boolean {
  if (SRC_ATTRIBUTE.test(attributes)) return false;
  const type = TYPE_ATTRIBUTE.exec(attributes);
  if (!type) return true;
  return SCRIPT_TYPES.has(decodeAttribute(type[1] ?? type[2] ?? type[3] ?? '').trim().toLowerCase());
}

export function findInlineContent(html: string): InlineContent {
  const scripts: string[] = [];
  // Scripts are cut out before tags are read, so code such as `b<a.length` is never taken for a tag.
  const markup = html.replace(SCRIPT_ELEMENT, (_element, attributes: string, text: string) => {
    if (runsAsScript(attributes)) scripts.push(text);
    return '';
  });
  const styleElements: string[] = [];
  const withoutStyles = markup.replace(STYLE_ELEMENT, (_element, text: string) => {
    styleElements.push(text);
    return '';
  });
  const styleAttributes = new Set<string>();
  for (const tag of withoutStyles.matchAll(START_TAG)) {
    const style = STYLE_ATTRIBUTE.exec(tag[1] ?? '');
    if (style) styleAttributes.add(decodeAttribute(style[1] ?? style[2] ?? ''));
  }
  return { scripts, styleElements, styleAttributes: [...styleAttributes] };
}
