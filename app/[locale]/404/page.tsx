import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { resolvePageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

/**
 * The localized not-found document, rendered at build time. The production server sends it, with
 * status 404, for every page request under this locale that Next answers 404 (server/not-found-document):
 * Next itself leaves a 404's body to be drawn by JavaScript.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  const t = await getTranslations('NotFound');
  return { title: t('documentTitle'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  await resolvePageLocale(params);
  return <NotFoundNotice />;
}
