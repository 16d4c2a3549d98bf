import { describe, expect, it } from 'vitest';
import { etagMatches, headerBytes, notModifiedHeaders, storableHeaders } from './stored-headers';

describe('storableHeaders', () => {
  it('keeps page headers in lower case and drops cookies, connection headers, date and length', () => {
    const kept = storableHeaders({
      'Content-Security-Policy': "default-src 'self'",
      'x-nextjs-prerender': ['1', '1'],
      'Set-Cookie': 'NEXT_LOCALE=en; Path=/',
      Date: 'Tue, 01 Dec 2026 10:00:00 GMT',
      Connection: 'keep-alive',
      'Keep-Alive': 'timeout=5',
      'Transfer-Encoding': 'chunked',
      'Content-Length': 120,
      'x-bauyrlas-cache': 'miss',
      ETag: '"abc"',
      'Content-Encoding': 'gzip',
    });
    expect(kept).toEqual({
      'content-security-policy': "default-src 'self'",
      'x-nextjs-prerender': ['1', '1'],
      etag: '"abc"',
      'content-encoding': 'gzip',
    });
  });
});

describe('notModifiedHeaders', () => {
  it('drops what describes a body and keeps the rest', () => {
    expect(notModifiedHeaders({ etag: '"a"', 'content-type': 'text/html', 'content-encoding': 'gzip', 'x-frame-options': 'DENY' })).toEqual({
      etag: '"a"',
      'x-frame-options': 'DENY',
    });
  });
});

describe('headerBytes', () => {
  it('counts names and values', () => {
    expect(headerBytes({ ab: 'cde', f: ['gh', 'i'] })).toBe(2 + 3 + 1 + 2 + 1);
  });
});

describe('etagMatches', () => {
  it('matches one tag in a list, weak or strong', () => {
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('*', '"abc"')).toBe(true);
  });

  it('does not match other tags, or without a stored tag', () => {
    expect(etagMatches('"abd"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
    expect(etagMatches('"abc"', undefined)).toBe(false);
  });
});
