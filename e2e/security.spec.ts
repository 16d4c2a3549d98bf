import { expect, test } from '@playwright/test';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

type Locale = 'kk' | 'ru' | 'en';
const LOCALES: readonly Locale[] = ['kk', 'ru', 'en'];
const NOT_FOUND_TITLE: Record<Locale, string> = { kk: 'Бет табылмады', ru: 'Страница не найдена', en: 'Page not found' };

interface HostileRequest {
  name: string;
  path: string;
  /** What a sane server may answer: never 500. */
  statuses: readonly number[];
}

const OK = [200] as const;
const NOT_FOUND = [404] as const;
const OK_OR_BAD = [200, 400] as const;
const ANY_SANE = [200, 307, 308, 400, 404] as const;

const q = (text: string) => encodeURIComponent(text);

/** Requests that try the router, the parameter parsers and the search index; none may get a 500. */
const HOSTILE_REQUESTS: readonly HostileRequest[] = [
  // Unknown locales: not ours, the global 404 (or a redirect to a locale for a page segment).
  { name: 'unknown locale /de', path: '/de', statuses: NOT_FOUND },
  { name: 'upper-case locale /KK', path: '/KK', statuses: NOT_FOUND },
  { name: 'region locale /zh-CN/articles', path: '/zh-CN/articles/x', statuses: NOT_FOUND },
  { name: 'locale-less page /search', path: `/search?q=${q('Алматы')}`, statuses: [307, 308] },
  { name: 'unknown first segment', path: '/xx/anything', statuses: NOT_FOUND },
  // Unknown slugs and paths inside each locale: the localized 404.
  ...LOCALES.flatMap((locale): HostileRequest[] => [
    { name: `${locale}: unknown article`, path: `/${locale}/articles/no-such-article`, statuses: NOT_FOUND },
    { name: `${locale}: unknown entity`, path: `/${locale}/entities/no-such-entity`, statuses: NOT_FOUND },
    { name: `${locale}: entity slug in capitals`, path: `/${locale}/entities/ALMATY`, statuses: NOT_FOUND },
    { name: `${locale}: article slug with a quote`, path: `/${locale}/articles/${q("x' OR '1'='1")}`, statuses: NOT_FOUND },
    { name: `${locale}: deeper path under an article`, path: `/${locale}/articles/none/deeper`, statuses: NOT_FOUND },
    { name: `${locale}: unknown page`, path: `/${locale}/no-such-page`, statuses: NOT_FOUND },
    { name: `${locale}: emoji slug`, path: `/${locale}/entities/${q('🏙️')}`, statuses: NOT_FOUND },
    { name: `${locale}: Cyrillic slug`, path: `/${locale}/entities/${q('Алматы')}`, statuses: NOT_FOUND },
  ]),
  // Length.
  { name: 'path of 10,000 characters', path: `/en/${'x'.repeat(10_000)}`, statuses: NOT_FOUND },
  { name: 'article slug of 3,000 characters', path: `/ru/articles/${'a'.repeat(3_000)}`, statuses: NOT_FOUND },
  { name: 'query string of 20,000 characters', path: `/en/search?q=${'a'.repeat(20_000)}`, statuses: [200, 414, 431] },
  { name: 'path segment of 3,000 characters', path: `/en/${'x'.repeat(3_000)}`, statuses: NOT_FOUND },
  { name: 'query of 5,000 characters', path: `/en/search?q=${'a'.repeat(5_000)}`, statuses: OK },
  { name: 'FTS operators and an open quote', path: `/en/search?q=${q('NEAR(a b) * "unterminated')}`, statuses: OK },
  { name: 'NUL type and bad byte status together', path: '/en/relations?type=%00&status=%ff', statuses: OK_OR_BAD },
  { name: 'many parameters', path: `/kk/relations?${Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&')}`, statuses: OK },
  // Percent-encoding and Unicode tricks.
  // The server drops the NUL and redirects to the shorter path.
  { name: 'NUL in a slug', path: '/en/articles/%00', statuses: [308, 400, 404] },
  { name: 'NUL in the search', path: '/en/search?q=%00', statuses: OK },
  { name: 'encoded dot-dot slash', path: '/kk/entities/%2e%2e%2f%2e%2e%2fetc%2fpasswd', statuses: [400, 404] },
  // URL parsers (the client's included) resolve %2e%2e as a dot segment: this asks for /kk.
  { name: 'encoded dot-dot in the locale', path: '/%2e%2e/kk', statuses: [200, 400, 404] },
  { name: 'overlong UTF-8 slash %C0%AF', path: '/en/articles/%C0%AF%C0%AF', statuses: [400, 404] },
  { name: 'byte %FF in a slug', path: '/ru/entities/%FF', statuses: [400, 404] },
  { name: 'byte %FF in the search', path: '/ru/search?q=%FF', statuses: [200, 400] },
  { name: 'truncated escape', path: '/ru/articles/%E0%A4%A', statuses: [400, 404] },
  { name: 'RTL override in a slug', path: `/en/entities/${q('\u202Eytamla')}`, statuses: NOT_FOUND },
  { name: 'RTL override in the search', path: `/en/search?q=${q('\u202EАлматы')}`, statuses: OK },
  { name: 'emoji search', path: `/kk/search?q=${q('🇰🇿🤝🇨🇳')}`, statuses: OK },
  { name: 'NFD search (decomposed й)', path: `/ru/search?q=${q('Алматы и Урумчи й'.normalize('NFD'))}`, statuses: OK },
  { name: 'NFD slug', path: `/ru/entities/${q('almaty\u0301')}`, statuses: NOT_FOUND },
  { name: 'combining marks only', path: `/kk/search?q=${q('\u0301\u0301\u0301')}`, statuses: OK },
  { name: 'zero-width characters', path: `/kk/search?q=${q('\u200B\u200D\uFEFF')}`, statuses: OK },
  { name: 'lone surrogate escape', path: '/en/search?q=%ED%A0%80', statuses: OK_OR_BAD },
  // Search syntax: FTS and SQL.
  ...[
    '"',
    '"unterminated',
    '*',
    'Алм*',
    'NEAR(',
    'NEAR(Almaty Urumqi',
    'Almaty NEAR/3 Urumqi',
    "'; DROP TABLE Article; --",
    '" OR 1=1 --',
    'OR 1=1',
    'AND OR NOT',
    '%',
    '_',
    '%_%',
    '\\',
    '\\\\"\\',
    '{almaty}: x',
    'title:Almaty',
    '^Almaty',
    '(((((',
    '-',
    'a -b +c',
    "Алматы' UNION SELECT * FROM Entity --",
    '<script>alert(1)</script>',
  ].flatMap((text): HostileRequest[] =>
    LOCALES.map((locale) => ({ name: `${locale}: search ${JSON.stringify(text)}`, path: `/${locale}/search?q=${q(text)}`, statuses: OK })),
  ),
  { name: 'hostile search with the hostile page', path: `/en/search?q=${q('"; DROP TABLE Article; --')}&page=99999999999999999999`, statuses: OK },
  // Page numbers.
  ...['-1', '0', '1.5', '1e3', '99999999999999999999', 'NaN', 'Infinity', 'abc', '0x10', ' ', '%00', '1;2'].flatMap((page): HostileRequest[] => [
    { name: `search page=${page}`, path: `/en/search?q=Almaty&page=${q(page)}`, statuses: OK },
    { name: `relations page=${page}`, path: `/ru/relations?page=${q(page)}`, statuses: OK },
  ]),
  { name: 'repeated page', path: '/en/search?q=Almaty&page=1&page=2', statuses: OK },
  { name: 'repeated query', path: '/kk/search?q=Almaty&q=Urumqi', statuses: OK },
  { name: 'array-style parameter', path: '/en/search?q[]=Almaty&page[]=2', statuses: OK },
  // Filters with values that do not exist.
  ...[
    'type=NOPE',
    'type=sister_cities',
    'type=SISTER_CITIES&type=FLIGHTS',
    'status=%00',
    'status=%ff',
    'status=signed&status=planned',
    'type=__proto__',
    'type=constructor&status=toString',
    `type=${'X'.repeat(5_000)}`,
  ].flatMap((query): HostileRequest[] =>
    LOCALES.map((locale) => ({ name: `${locale}: relations ${query.slice(0, 40)}`, path: `/${locale}/relations?${query}`, statuses: OK_OR_BAD })),
  ),
  ...[
    'from=2026-02-30&to=tomorrow',
    'from=2027-01-01&to=2020-01-01',
    'from=0000-00-00',
    'from=99999-01-01',
    'entity=../../etc',
    'entity=no-such-entity',
    'entity=ALMATY',
    'type=NOPE&entity=%00',
    'type=MEETING&type=VISIT',
    'entity=__proto__',
    `entity=${'a'.repeat(5_000)}`,
  ].flatMap((query): HostileRequest[] =>
    LOCALES.map((locale) => ({ name: `${locale}: timeline ${query.slice(0, 40)}`, path: `/${locale}/timeline?${query}`, statuses: OK_OR_BAD })),
  ),
  // FTS5 query syntax, in the query and in every filter of search and the archive: the index never
  // sees it as syntax (the query is parsed by us, filters are values), so each is a plain answer.
  ...[
    'NEAR(Almaty Urumqi, 2)',
    'NEAR("Алматы" "Шанхай")',
    '"Almaty" NEAR/2 "Shanghai"',
    '"',
    '"""',
    'Almaty"*',
    '*Almaty',
    '**',
    '^Almaty',
    '^"Алматы"',
    'title:Almaty',
    'body : Шанхай',
    '{title body}: Almaty',
    '{entities}: e1',
    'meta:article',
    '- -Almaty',
    'Almaty AND (Shanghai OR',
    'NOT',
    'OR OR OR',
    `${'a'.repeat(190)}*`,
  ].flatMap((text): HostileRequest[] =>
    LOCALES.flatMap((locale): HostileRequest[] => [
      { name: `${locale}: FTS5 syntax in search ${JSON.stringify(text.slice(0, 40))}`, path: `/${locale}/search?q=${q(text)}`, statuses: OK },
      { name: `${locale}: FTS5 syntax in the archive ${JSON.stringify(text.slice(0, 40))}`, path: `/${locale}/articles?q=${q(text)}`, statuses: OK },
    ]),
  ),
  ...[
    `entity=${q('title:x')}`,
    `entity=${q('"')}`,
    `entity=${q('NEAR(a b)')}`,
    `source=${q('"*')}`,
    `source=${q('{meta}: article')}`,
    `language=${q('kk OR ru')}`,
    `sort=${q('rank')}`,
    `sort=${q('bm25(ArticleSearch)')}`,
    'from=2026-13-01&to=2026-00-00',
    `from=${q('2026-01-01" OR "')}`,
    'page=0&sort=oldest&language=en&entity=almaty&source=seeds&from=2030-01-01',
  ].flatMap((query): HostileRequest[] =>
    LOCALES.flatMap((locale): HostileRequest[] => [
      { name: `${locale}: search filter ${query.slice(0, 40)}`, path: `/${locale}/search?q=Almaty&${query}`, statuses: OK },
      { name: `${locale}: archive filter ${query.slice(0, 40)}`, path: `/${locale}/articles?${query}`, statuses: OK },
    ]),
  ),
  { name: 'entity page with a hostile query', path: `/en/entities/almaty?${q('<x>')}=${q('"\'')}`, statuses: [200, 404] },
  { name: 'path with double slashes', path: '/en//search', statuses: ANY_SANE },
  { name: 'path with a trailing dot segment', path: '/en/./search/..', statuses: ANY_SANE },
];

function localeOf(path: string): Locale | null {
  const first = path.split(/[/?]/)[1] ?? '';
  return (LOCALES as readonly string[]).includes(first) ? (first as Locale) : null;
}

function hasQuery(path: string): boolean {
  try {
    const value = new URL(path, 'http://localhost').searchParams.get('q');
    return value !== null && value.trim() !== '';
  } catch {
    return false;
  }
}

test.describe('security', () => {
  for (const path of ['/kk', '/en/articles/000-2b8d6f310e8ad15b', '/ru/search?q=x', '/xx/anything']) {
    test(`${path} sends the security headers`, async ({ request }) => {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("object-src 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test('markup typed into search is shown as text, never run', async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent(HOSTILE)}`);
    await expect(page.getByTestId('search-count')).toContainText(HOSTILE);
    await expect(page.locator('#search-page-query')).toHaveValue(HOSTILE);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  for (const { name, path, statuses } of HOSTILE_REQUESTS) {
    const locale = localeOf(path);
    if (locale && statuses.length === 1 && statuses[0] === 404) {
      // The server sends a 404 whose body the browser renders from the page data: the localized
      // not-found page, checked where a visitor sees it.
      test(`hostile request answered with the localized 404: ${name}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status(), path.slice(0, 120)).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_TITLE[locale]);
      });
      continue;
    }
    test(`hostile request answered, not crashed: ${name}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const status = response.status();
      expect(statuses, `${status} for ${path.slice(0, 120)}`).toContain(status);
      if (status >= 300 && status < 400) {
        // A redirect stays on this site.
        expect(response.headers().location ?? '').toMatch(/^(\/|http:\/\/(127\.0\.0\.1|localhost):\d+\/)/);
        return;
      }
      if (status === 200 && /^\/(kk|ru|en)\/(search|articles)\?/.test(path)) {
        // Results (or none) for a query, or the bare form for a blank one: never an error page.
        const html = await response.text();
        expect(html).toContain('id="search-page-query"');
        expect(html).not.toContain('id="__next_error__"');
        if (hasQuery(path)) expect(html).toContain('data-testid="search-count"');
      }
    });
  }
});
