import Database from 'better-sqlite3';

/** The pages `npm run bench` loads, chosen from the benchmark database. */

export interface BenchPage {
  /** Kebab-case, also the name of its static twin. */
  name: string;
  path: string;
  kind: 'dashboard' | 'article' | 'entity' | 'search' | 'archive' | 'other';
}

/**
 * The kinds of search the targets name (issue 11): a frequent name in Kazakh (inflected, so the
 * lemmas and the entity both match) and in English, a rare word, a phrase, and a filtered query.
 */
const SEARCHES: readonly { name: string; query: string }[] = [
  { name: 'search-name-kk', query: `/kk/search?q=${encodeURIComponent('Алматыдан')}` },
  { name: 'search-name-en', query: '/en/search?q=Almaty' },
  { name: 'search-rare', query: `/kk/search?q=${encodeURIComponent('баспасөз')}` },
  { name: 'search-phrase', query: `/kk/search?q=${encodeURIComponent('"бауырлас қалалар"')}` },
  { name: 'search-filtered', query: `/ru/search?q=${encodeURIComponent('Шанхай')}&language=ru&from=2025-01-01&to=2025-12-31&sort=oldest` },
];

export function choosePages(databaseFile: string): { load: BenchPage[]; firstLoad: BenchPage[] } {
  const sqlite = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const article = sqlite
      .prepare<[], { slug: string }>(`SELECT slug FROM Article WHERE language = 'en' ORDER BY publishedOn DESC, id DESC LIMIT 1`)
      .get();
    const city = sqlite
      .prepare<[], { key: string }>(
        `SELECT e.key AS key FROM Mention m JOIN Entity e ON e.id = m.entityId WHERE e.type = 'CITY'
         GROUP BY m.entityId ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get();
    if (!article || !city) throw new Error(`${databaseFile} holds no English article or no city mention`);
    const articlePath = `/en/articles/${encodeURIComponent(article.slug)}`;
    const entityPath = `/en/entities/${encodeURIComponent(city.key)}`;
    const load: BenchPage[] = [
      { name: 'dashboard-en', path: '/en', kind: 'dashboard' },
      { name: 'dashboard-kk', path: '/kk', kind: 'dashboard' },
      { name: 'article', path: articlePath, kind: 'article' },
      { name: 'entity', path: entityPath, kind: 'entity' },
      ...SEARCHES.map(({ name, query }): BenchPage => ({ name, path: query, kind: 'search' })),
      { name: 'archive', path: '/en/articles', kind: 'archive' },
    ];
    const firstLoad: BenchPage[] = [
      { name: 'dashboard-kk', path: '/kk', kind: 'dashboard' },
      { name: 'dashboard-ru', path: '/ru', kind: 'dashboard' },
      { name: 'dashboard-en', path: '/en', kind: 'dashboard' },
      { name: 'article', path: articlePath, kind: 'article' },
      { name: 'entity', path: entityPath, kind: 'entity' },
      { name: 'relations', path: '/en/relations', kind: 'other' },
      { name: 'timeline', path: '/en/timeline', kind: 'other' },
      { name: 'search-name-en', path: '/en/search?q=Almaty', kind: 'search' },
      { name: 'archive', path: '/en/articles', kind: 'archive' },
    ];
    return { load, firstLoad };
  } finally {
    sqlite.close();
  }
}
