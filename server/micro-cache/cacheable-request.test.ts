import { describe, expect, it } from 'vitest';
import { cacheableLocale, cacheableTarget, localeOfPath, type RequestFacts } from './cacheable-request';

const get = (url: string, headers: Record<string, string> = {}) => cacheableLocale({ method: 'GET', url, headers });

describe('cacheableLocale', () => {
  it('accepts GET and HEAD of locale pages, with or without a query', () => {
    expect(get('/kk')).toBe('kk');
    expect(get('/ru/articles/river-port-forum')).toBe('ru');
    expect(get('/en/entities/almaty?tab=events')).toBe('en');
    expect(cacheableLocale({ method: 'HEAD', url: '/en', headers: {} })).toBe('en');
  });

  it('refuses other methods', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', undefined]) {
      expect(cacheableLocale({ method, url: '/en', headers: {} })).toBeNull();
    }
  });

  it('shares a search like any page: the query string is part of the key', () => {
    expect(get('/en/search')).toBe('en');
    expect(get('/kk/search?q=Алматы&language=kk')).toBe('kk');
  });

  it('refuses paths outside the locales and the API', () => {
    for (const url of ['/', '/de', '/KK', '/english', '/api/revalidate', '/_next/static/chunks/a.js', '/icon.svg', 'en']) {
      expect(get(url), url).toBeNull();
    }
  });

  it('sends router payload requests, draft mode and ranges to Next', () => {
    for (const name of ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'range']) {
      expect(get('/en', { [name]: '1' }), name).toBeNull();
    }
    expect(get('/en?_rsc=1x2y3')).toBeNull();
    expect(get('/en/articles/a?page=2&_rsc=abc')).toBeNull();
    expect(get('/en', { cookie: 'NEXT_LOCALE=en; __prerender_bypass=token' })).toBeNull();
  });

  it('ignores cookies and headers that do not change the page', () => {
    expect(get('/en', { cookie: 'NEXT_LOCALE=ru', 'accept-language': 'ru', 'user-agent': 'probe' })).toBe('en');
  });
});

describe('localeOfPath', () => {
  it('reads the first segment only', () => {
    expect(localeOfPath('/ru/timeline')).toBe('ru');
    expect(localeOfPath('/timeline/ru')).toBeNull();
    expect(localeOfPath('')).toBeNull();
  });
});

describe('cacheableTarget', () => {
  const target = (url: string, method = 'GET', headers: RequestFacts['headers'] = {}) => cacheableTarget({ method, url, headers });

  it('holds locale pages with their locale and open-data reads without one', () => {
    expect(target('/ru/timeline?type=VISIT')).toEqual({ locale: 'ru' });
    expect(target('/api/v1/articles?limit=5')).toEqual({ locale: null });
    expect(target('/api/v1/feeds/articles.rss', 'HEAD')).toEqual({ locale: null });
  });

  it('sends streamed exports, the revalidation endpoint, other methods and ranges to Next', () => {
    expect(target('/api/v1/exports/events.csv')).toBeNull();
    expect(target('/api/revalidate', 'POST')).toBeNull();
    expect(target('/api/v1/articles', 'POST')).toBeNull();
    expect(target('/api/v1/articles', 'GET', { range: 'bytes=0-10' })).toBeNull();
    expect(target('/api/v1x/articles')).toBeNull();
  });
});
