/**
 * Next compresses a response when the client asks for it, so the bytes on the wire depend on the
 * request's Accept-Encoding. The key holds that header as sent (browsers send one fixed value each),
 * which keeps every stored body exactly what Next chose for that header.
 */
export function cacheKey(url: string, acceptEncoding: string | string[] | undefined): string {
  const encoding = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  return `${url}\n${encoding.replace(/\s+/g, '').toLowerCase()}`;
}
