import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '@/lib/security-headers';
import { isFrameworkScript } from './framework-scripts';
import { isInertCss } from './inert-css';
import { findInlineContent } from './inline-content';

/**
 * Past this many distinct style attributes a page's policy would outgrow what proxies in front of
 * the site accept as a header (nginx's default buffer for response headers is 4–8 KB): the page
 * then allows its style attributes as they come, and only its scripts stay hashed.
 */
export const MAX_STYLE_ATTRIBUTE_HASHES = 64;

/** Base64 SHA-256 of a text's UTF-8 bytes, as a CSP hash source names it. */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

const hashesOf = (texts: readonly string[]) => [...new Set(texts.map(sha256Base64))];

/** The Content-Security-Policy of one HTML document: the framework's scripts and inert styles hashed. */
export function documentPolicy(html: string, runtimeScripts: readonly string[]): string {
  const inline = findInlineContent(html);
  const styleAttributes = inline.styleAttributes.filter(isInertCss);
  return contentSecurityPolicy({
    inline: {
      scripts: hashesOf(inline.scripts.filter((script) => isFrameworkScript(script, runtimeScripts))),
      styleElements: hashesOf(inline.styleElements.filter(isInertCss)),
      styleAttributes: styleAttributes.length > MAX_STYLE_ATTRIBUTE_HASHES ? [] : hashesOf(styleAttributes),
    },
    anyStyleAttribute: styleAttributes.length > MAX_STYLE_ATTRIBUTE_HASHES,
  });
}
