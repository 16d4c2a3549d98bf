/** Longer addresses are not links to news stories. */
const MAX_URL_LENGTH = 2000;

/**
 * The address as a link may carry it, or null: only absolute http and https addresses, without
 * user names or passwords (which make a link look like another site's), nothing a browser would
 * run (javascript:, data:) or open outside the web.
 */
export function safeHttpUrl(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  return url.href;
}
