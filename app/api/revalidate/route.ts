import { revalidatePath } from 'next/cache';
import { env, localStatePath } from '@/lib/env';
import { bearerMatches } from '@/lib/revalidation/bearer-matches';
import { clearMicroCache } from '@/lib/revalidation/micro-cache-registry';
import { resolveRevalidateSecret } from '@/lib/revalidation/revalidate-secret';

/**
 * `POST /api/revalidate` with `Authorization: Bearer <secret>`: every page of every locale is
 * regenerated on its next visit. The ingest command calls it after a run that changed articles.
 * Other methods get 405 from Next, which answers them for handlers that are not exported.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = resolveRevalidateSecret(env.REVALIDATE_SECRET, localStatePath());
  if (!bearerMatches(request.headers.get('authorization'), secret)) {
    return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'cache-control': 'no-store' } });
  }
  // The root layout holds every page, so this reaches /kk, /ru, /en and everything beneath them.
  revalidatePath('/', 'layout');
  // The production server's copies of those pages (server/micro-cache) go too.
  clearMicroCache();
  return Response.json({ revalidated: true }, { headers: { 'cache-control': 'no-store' } });
}
