import { describe, expect, test } from 'vitest';
import { documentPolicy, MAX_STYLE_ATTRIBUTE_HASHES, sha256Base64 } from './document-policy';
import { readReactRuntimeScripts } from './framework-scripts';

const runtime = readReactRuntimeScripts();

/** Digests computed outside the code: `printf '%s' TEXT | openssl dgst -sha256 -binary | base64`. */
const OPENER = '(self.__next_f=self.__next_f||[]).push([0])';
const OPENER_HASH = 'OBTN3RiyCV4Bq7dFqZ5a2pAXjnCcCYeTJMO2I/LYKeo=';
const ALERT_HASH = 'bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const LEFT_HASH = 'f0Zdqc+Zu30Or5/4GMPdOrDqkPfpCle7dCZ16vV4O/o=';

function directive(policy: string, name: string): string {
  return policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? '';
}

describe('documentPolicy', () => {
  test('hashes are base64 SHA-256 of the UTF-8 text', () => {
    expect(sha256Base64(OPENER)).toBe(OPENER_HASH);
    expect(sha256Base64('alert(1)')).toBe(ALERT_HASH);
  });

  test("lists the framework's scripts, not an injected one, and never allows inline code wholesale", () => {
    const html = `<html><head><script src="/_next/static/a.js"></script></head><body><p>x</p><script>alert(1)</script><script>${OPENER}</script></body></html>`;
    const policy = documentPolicy(html, runtime);
    const scripts = directive(policy, 'script-src');
    expect(scripts).toBe(`script-src 'self' 'sha256-${OPENER_HASH}'`);
    expect(policy).not.toContain(ALERT_HASH);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  test('lists inert style attributes under unsafe-hashes and leaves out those that fetch', () => {
    const html = '<div style="left:1%"></div><div style="background:url(/leak?x)"></div>';
    const policy = documentPolicy(html, runtime);
    expect(directive(policy, 'style-src-attr')).toBe(`style-src-attr 'unsafe-hashes' 'sha256-${LEFT_HASH}'`);
    expect(directive(policy, 'style-src')).toBe("style-src 'self'");
  });

  test('a page without inline styles allows none', () => {
    expect(directive(documentPolicy('<p>x</p>', runtime), 'style-src-attr')).toBe("style-src-attr 'none'");
    expect(directive(documentPolicy('<p>x</p>', runtime), 'script-src')).toBe("script-src 'self'");
  });

  test('past the bound, style attributes are allowed as they come and scripts stay hashed', () => {
    const many = Array.from({ length: MAX_STYLE_ATTRIBUTE_HASHES + 1 }, (_, index) => `<i style="left:${index}%"></i>`).join('');
    const policy = documentPolicy(`${many}<script>${OPENER}</script>`, runtime);
    expect(directive(policy, 'style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'sha256-${OPENER_HASH}'`);
  });
});
