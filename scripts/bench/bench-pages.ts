import Database from 'better-sqlite3';

/** The pages `npm run bench` loads, chosen from the benchmark database. */

export interface BenchPage {
  /** Kebab-case, also the name of its static twin. */
  name: string;
  path: string;
  kind: 'dashboard' | 'article' | 'entity' | 'search' | 'other';
}

/** A common Kazakh word of the corpus ("cooperation"), searched for besides a city name. */
const KAZAKH_SEARCH_TERM = 'ынтымақтастық';

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
      { name: 'search-en', path: '/en/search?q=Almaty', kind: 'search' },
      { name: 'search-kk', path: `/kk/search?q=${encodeURIComponent(KAZAKH_SEARCH_TERM)}`, kind: 'search' },
    ];
    const firstLoad: BenchPage[] = [
      { name: 'dashboard-kk', path: '/kk', kind: 'dashboard' },
      { name: 'dashboard-ru', path: '/ru', kind: 'dashboard' },
      { name: 'dashboard-en', path: '/en', kind: 'dashboard' },
      { name: 'article', path: articlePath, kind: 'article' },
      { name: 'entity', path: entityPath, kind: 'entity' },
      { name: 'relations', path: '/en/relations', kind: 'other' },
      { name: 'timeline', path: '/en/timeline', kind: 'other' },
      { name: 'search-en', path: '/en/search?q=Almaty', kind: 'search' },
    ];
    return { load, firstLoad };
  } finally {
    sqlite.close();
  }
}
