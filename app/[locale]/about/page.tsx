import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { localeAlternates } from '@/i18n/alternates';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }> };

const LIMITS = ['limitOne', 'limitTwo', 'limitThree', 'limitFour'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('About');
  return { title: t('heading'), description: t('intro'), alternates: localeAlternates(locale, '/about') };
}

export default async function AboutPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations('About');
  const link = 'font-medium text-brand-700 hover:underline dark:text-brand-100';
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />
      <Card title={t('extractsTitle')} titleId="extracts-title">
        <p>{t('extracts')}</p>
      </Card>
      <Card title={t('howTitle')} titleId="how-title">
        <p>{t('how')}</p>
      </Card>
      <Card title={t('limitsTitle')} titleId="limits-title">
        <ul className="list-disc space-y-1 pl-5">
          {LIMITS.map((limit) => (
            <li key={limit}>{t(limit)}</li>
          ))}
        </ul>
      </Card>
      <Card title={t('addTitle')} titleId="add-title">
        <p>{t('add')}</p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
          <Link href="/sources" className={link}>
            {t('sourcesLink')}
          </Link>
          <Link href="/entities" className={link}>
            {t('entitiesLink')}
          </Link>
        </p>
      </Card>
    </div>
  );
}
