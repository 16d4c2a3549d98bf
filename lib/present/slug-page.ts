import { resolvePageLocale } from '@/i18n/page-locale';
import type { AppLocale } from '@/i18n/routing';
import { slugParam } from './route-params';

/** Locale and record slug of a `[locale]/…/[slug]` page; a slug that cannot name a record is null. */
export async function resolveSlugPage(params: Promise<{ locale: string; slug: string }>): Promise<{ locale: AppLocale; slug: string | null }> {
  const locale = await resolvePageLocale(params);
  return { locale, slug: slugParam((await params).slug) };
}
