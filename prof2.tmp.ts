import { db } from '@/lib/db';
import { searchArticles } from '@/lib/data/search';
const log: [string, number][] = [];
const orig = db.$queryRaw.bind(db);
(db as any).$queryRaw = async (strings: TemplateStringsArray, ...values: unknown[]) => {
  const t = performance.now(); const r = await (orig as any)(strings, ...values); log.push([strings.join('?').replace(/\s+/g, ' ').slice(0, 90), performance.now() - t]); return r;
};
const run = () => searchArticles({ query: 'Almaty', filters: {}, sort: 'newest', page: 1, pageSize: 10 }, 'en');
await run(); await run();
log.length = 0;
const t = performance.now(); await run(); const total = performance.now() - t;
for (const [q, ms] of log) console.log(ms.toFixed(1).padStart(7), q);
console.log('total', total.toFixed(1));
process.exit(0);
