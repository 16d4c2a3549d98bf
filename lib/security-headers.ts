/**
 * Response headers for every route. Scripts come from our own origin only; no inline script or
 * style runs unless its hash is listed. The production server (server/document-finisher) lists, per
 * HTML response, the hashes of the framework's own inline scripts (the page data React hydrates
 * from, and its bootstraps) and of the page's inline style attributes. Every other response
 * (JSON, static files, the answers of the method gate) carries the policy without hashes.
 * Nothing is loaded from any other origin.
 */

/** Base64 SHA-256 digests (`sha256-…` sources without the prefix and quotes). */
export interface InlineHashes {
  scripts: readonly string[];
  /** Values of `style` attributes. */
  styleAttributes: readonly string[];
  /** Contents of `<style>` elements. */
  styleElements: readonly string[];
}

export interface PolicyOptions {
  /** The development server evaluates code for fast refresh and error overlays, and is never hashed. */
  development?: boolean;
  inline?: InlineHashes;
  /**
   * A page with more distinct style attributes than the header should list (see the finisher):
   * style attributes are allowed as they come, scripts stay hashed.
   */
  anyStyleAttribute?: boolean;
}

const quoted = (digests: readonly string[]) => digests.map((digest) => `'sha256-${digest}'`);

function sources(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

export function contentSecurityPolicy({ development = false, inline, anyStyleAttribute = false }: PolicyOptions = {}): string {
  const scriptSources = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...quoted(inline?.scripts ?? [])];
  const styleDirectives = development
    ? ["style-src 'self' 'unsafe-inline'"]
    : [
        "style-src 'self'",
        `style-src-elem ${sources("'self'", ...quoted(inline?.styleElements ?? []))}`,
        anyStyleAttribute
          ? "style-src-attr 'unsafe-inline'"
          : inline && inline.styleAttributes.length > 0
            ? `style-src-attr 'unsafe-hashes' ${quoted(inline.styleAttributes).join(' ')}`
            : "style-src-attr 'none'",
      ];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    ...styleDirectives,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = 'Content-Security-Policy';

export function securityHeaders(development: boolean) {
  return [
    { key: CONTENT_SECURITY_POLICY, value: contentSecurityPolicy({ development }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
