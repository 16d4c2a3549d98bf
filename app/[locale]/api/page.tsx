import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { localeAlternates } from '@/i18n/alternates';
import { resolvePageLocale } from '@/i18n/page-locale';
import { siteOrigin } from '@/lib/env';
import { feedPath } from '@/lib/open-data/feed-links';
import { calendarLinks, downloadLink } from '@/lib/open-data/menu-links';
import { API_BASE, JSON_ENDPOINTS } from '@/lib/open-data/openapi';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('ApiPage');
  return { title: t('heading'), description: t('intro'), alternates: localeAlternates(locale, '/api') };
}

/** An example address, shown whole and followed as a link. */
function Example({ path }: { path: string }) {
  return (
    <a href={path} className="font-mono text-sm break-all text-sky-800 underline underline-offset-2 dark:text-sky-300">
      {`${siteOrigin}${path}`}
    </a>
  );
}

const codeClass = 'rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800';

export default async function ApiPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('ApiPage');
  const withLocale = (path: string) => `${path}${path.includes('?') ? '&' : '?'}locale=${locale}`;
  const calendar = calendarLinks(siteOrigin, locale, { entity: 'astana' });

  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} intro={t('intro')} />

      <Card title={t('jsonTitle')} titleId="json-title">
        <p className="text-slate-700 dark:text-slate-300">{t('jsonIntro')}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          <li>{t('conventionPaging')}</li>
          <li>{t('conventionLocale')}</li>
          <li>{t('conventionCaching')}</li>
          <li>{t('conventionErrors')}</li>
        </ul>
        <p className="mt-3 text-sm">
          {t('openapi')} <Example path={`${API_BASE}/openapi.json`} />
        </p>
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('endpointsCaption')}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('endpoint')}
              </th>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t('what')}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t('example')}
              </th>
            </tr>
          </thead>
          <tbody>
            {JSON_ENDPOINTS.map((endpoint) => (
              <tr key={endpoint.operationId} className="border-b border-slate-100 align-top dark:border-slate-800" data-testid="api-endpoint">
                <td className="py-2 pr-4">
                  <code className={codeClass}>GET {`${API_BASE}${endpoint.path}`}</code>
                </td>
                <td className="py-2 pr-4 text-slate-700 dark:text-slate-300">{t(`endpoints.${endpoint.operationId}`)}</td>
                <td className="py-2">
                  <Example path={withLocale(`${API_BASE}${endpoint.example}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>

      <Card title={t('feedsTitle')} titleId="feeds-title">
        <p className="text-slate-700 dark:text-slate-300">{t('feedsIntro')}</p>
        <ul className="mt-3 space-y-2 text-sm">
          <li>
            {t('feedLatest')} <Example path={feedPath('rss', locale)} />
          </li>
          <li>
            {t('feedEntity')} <Example path={feedPath('atom', locale, { entity: 'shanghai' })} />
          </li>
          <li>
            {t('feedPair')} <Example path={feedPath('rss', locale, { a: 'almaty', b: 'shanghai' })} />
          </li>
          <li>
            {t('feedType')} <Example path={feedPath('rss', locale, { type: 'VISIT' })} />
          </li>
        </ul>
      </Card>

      <Card title={t('calendarTitle')} titleId="calendar-title">
        <p className="text-slate-700 dark:text-slate-300">{t('calendarIntro')}</p>
        <ul className="mt-3 space-y-2 text-sm">
          <li>
            {t('calendarFile')} <Example path={calendarLinks(siteOrigin, locale)?.ics ?? ''} />
          </li>
          <li>
            {t('calendarSubscribe')}{' '}
            <a href={calendar?.webcal} className="font-mono text-sm break-all text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {calendar?.webcal}
            </a>
          </li>
        </ul>
      </Card>

      <Card title={t('exportsTitle')} titleId="exports-title">
        <p className="text-slate-700 dark:text-slate-300">{t('exportsIntro')}</p>
        <ul className="mt-3 space-y-2 text-sm">
          <li>
            {t('exportEvents')} <Example path={downloadLink('events', 'csv', locale, { type: 'VISIT' }).href} />
          </li>
          <li>
            {t('exportStories')} <Example path={downloadLink('stories', 'json', locale, { from: '2026-01-01' }).href} />
          </li>
          <li>
            {t('exportRelations')} <Example path={downloadLink('relations', 'geojson', locale).href} />
          </li>
          <li>
            {t('exportNetworks')} <Example path={downloadLink('relations', 'gexf', locale).href} />{' '}
            <Example path={downloadLink('comentions', 'gexf', locale, { min: '2' }).href} />
          </li>
          <li>
            {t('exportArticles')} <Example path={downloadLink('articles', 'csv', locale, { q: 'Шанхай' }).href} />
          </li>
        </ul>
      </Card>
    </div>
  );
}
