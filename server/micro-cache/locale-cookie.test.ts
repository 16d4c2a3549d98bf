import { describe, expect, it } from 'vitest';
import { localeCookieToSet } from './locale-cookie';

describe('localeCookieToSet', () => {
  const expected = (locale: string) => `NEXT_LOCALE=${locale}; Path=/; SameSite=lax`;

  it('sets the locale when the visitor has no locale cookie', () => {
    expect(localeCookieToSet('kk', undefined, undefined)).toBe(expected('kk'));
    expect(localeCookieToSet('kk', 'theme=dark', 'document')).toBe(expected('kk'));
  });

  it('replaces a cookie naming another locale', () => {
    expect(localeCookieToSet('ru', 'a=1; NEXT_LOCALE=en; b=2', 'document')).toBe(expected('ru'));
  });

  it('sets nothing when the cookie already names the locale', () => {
    expect(localeCookieToSet('en', 'a=1;NEXT_LOCALE=en', undefined)).toBeNull();
  });

  it('sets nothing for background requests of the browser', () => {
    expect(localeCookieToSet('en', undefined, 'empty')).toBeNull();
  });

  it('does not mistake a cookie whose name ends the same way', () => {
    expect(localeCookieToSet('en', 'OLD_NEXT_LOCALE=en', undefined)).toBe(expected('en'));
  });
});
