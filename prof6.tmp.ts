import { searchArticles, type SearchSort } from '@/lib/data/search';
for (const [q, sort] of [['"бауырлас қалалар"', 'newest'], ['"бауырлас қалалар"', 'relevance'], ['Алматыдан', 'newest'], ['Алматыдан', 'relevance'], ['консулдығының', 'newest']] as [string, SearchSort][]) {
  const run = () => searchArticles({ query: q, filters: {}, sort, page: 1, pageSize: 10 }, 'en');
  await run();
  const cpu = process.cpuUsage(); for (let i = 0; i < 10; i++) await run(); const u = process.cpuUsage(cpu);
  console.log(q, sort, ((u.user + u.system) / 10000).toFixed(1), 'ms CPU');
}
process.exit(0);
