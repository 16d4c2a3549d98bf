import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { slugParam } from '@/lib/present/route-params';
import { routing, type AppLocale } from './routing';

/**
 * The locale of a page or layout from its route params: an unknown one is a 404. Registers it so
 * the page can be rendered statically.
 */
export async function resolvePageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** Locale and record slug of a `[locale]/…/[slug]` page; a slug that cannot name a record is null. */
export async function resolveSlugPage(params: Promise<{ locale: string; slug: string }>): Promise<{ locale: AppLocale; slug: string | null }> {
  const locale = await resolvePageLocale(params);
  return { locale, slug: slugParam((await params).slug) };
}
