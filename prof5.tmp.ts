import { searchArticles, type ArticleFilters, type SearchSort } from '@/lib/data/search';
const cases: [string, string, ArticleFilters, SearchSort][] = [
  ['name kk', 'Алматыдан', {}, 'relevance'], ['name en', 'Almaty', {}, 'relevance'], ['name en newest', 'Almaty', {}, 'newest'],
  ['rare', 'консулдығының', {}, 'relevance'], ['phrase', '"бауырлас қалалар"', {}, 'relevance'],
  ['filtered', 'Шанхай', { language: 'ru', from: '2025-01-01', to: '2025-12-31' }, 'oldest'], ['archive', '', {}, 'newest'],
];
for (const [name, query, filters, sort] of cases) {
  const run = () => searchArticles({ query, filters, sort, page: 1, pageSize: 10 }, 'en');
  await run();
  const cpu = process.cpuUsage(); const n = 10;
  for (let i = 0; i < n; i++) await run();
  const used = process.cpuUsage(cpu);
  const r = await run();
  console.log(name.padEnd(16), 'CPU per search', ((used.user + used.system) / 1000 / n).toFixed(1), 'ms  total', JSON.stringify(r.total));
}
process.exit(0);
