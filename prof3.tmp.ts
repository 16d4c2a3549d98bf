import { searchArticles } from '@/lib/data/search';
const q = process.argv[2]!;
const run = () => searchArticles({ query: q, filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en');
await run();
const t = performance.now(); for (let i = 0; i < 20; i++) await run(); console.log('avg', ((performance.now() - t) / 20).toFixed(1));
process.exit(0);
