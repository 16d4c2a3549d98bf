import { searchArticles, type ArticleFilters, type SearchSort } from '@/lib/data/search';
const cases: [string, string, ArticleFilters, SearchSort][] = [
  ['name kk', 'Алматыдан', {}, 'relevance'], ['name en', 'Almaty', {}, 'relevance'], ['name en newest', 'Almaty', {}, 'newest'],
  ['rare', 'баспасөз', {}, 'relevance'], ['phrase', '"бауырлас қалалар"', {}, 'relevance'],
  ['filtered', 'Шанхай', { language: 'ru', from: '2025-01-01', to: '2025-12-31' }, 'oldest'], ['archive', '', {}, 'newest'],
];
for (const [name, query, filters, sort] of cases) {
  const run = () => searchArticles({ query, filters, sort, page: 1, pageSize: 10 }, 'en');
  await run();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) { const t = performance.now(); await run(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  const r = await run();
  console.log(name.padEnd(16), 'median', times[3]!.toFixed(1), 'ms  min', times[0]!.toFixed(1), ' total', r.total, 'hits', r.hits.length, 'facets', r.facets.languages.length, r.facets.years.length, r.facets.entities.length);
}
process.exit(0);
