import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.inform.kz/kz/article/123', 'https://www.inform.kz/kz/article/123'],
    ['http://example.kz/жаңалық?id=1', 'http://example.kz/%D0%B6%D0%B0%D2%A3%D0%B0%D0%BB%D1%8B%D2%9B?id=1'],
    ['  https://example.cn/a  ', 'https://example.cn/a'],
    ['HTTPS://Example.KZ/A', 'https://example.kz/A'],
  ])('keeps %s', (text, url) => {
    expect(safeHttpUrl(text)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.kz/a',
    '//example.kz/a',
    '/kk/articles/1',
    'https://user:pass@example.kz/',
    'https://',
    '',
    `https://example.kz/${'a'.repeat(2100)}`,
  ])('refuses %s', (text) => {
    expect(safeHttpUrl(text)).toBeNull();
  });
});
