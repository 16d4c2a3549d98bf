import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compress, isCompressibleType, preferredEncoding } from './content-encoding';

describe('preferredEncoding', () => {
  test.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['*', 'gzip'],
    ['deflate', null],
    ['identity', null],
    ['gzip;q=0', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (header, encoding) => {
    expect(preferredEncoding(header)).toBe(encoding);
  });
});

describe('isCompressibleType', () => {
  test.each([
    ['text/html; charset=utf-8', true],
    ['text/x-component', true],
    ['application/json', true],
    ['image/svg+xml', true],
    ['image/png', false],
    ['font/woff2', false],
    [undefined, false],
  ])('%s → %s', (type, compressible) => {
    expect(isCompressibleType(type)).toBe(compressible);
  });
});

describe('compress', () => {
  const body = Buffer.from('<p>Алматы мен Үрімжі</p>'.repeat(200));
  test('brotli and gzip round-trip and shrink a page', async () => {
    const br = await compress(body, 'br');
    const gz = await compress(body, 'gzip');
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gz).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(body.length / 10);
  });
});
