import { getFormatter, getTranslations } from 'next-intl/server';
import { MentionVolumeChartLazy } from '@/components/charts/mention-volume-chart-lazy';
import { MentionVolumeTable } from '@/components/charts/mention-volume-table';
import { Card } from '@/components/ui/card';
import { DASHBOARD_PANELS } from './panel-ids';
import type { AppLocale } from '@/i18n/routing';
import { getMentionVolume } from '@/lib/data/mention-volume';
import { civilDateAtUtcMidnight } from '@/lib/domain/civil-date';

const TOP_ENTITIES = 5;

export async function MentionVolumePanel({ locale }: { locale: AppLocale }) {
  const [t, format, volume] = await Promise.all([
    getTranslations('Dashboard'),
    getFormatter(),
    getMentionVolume(locale, TOP_ENTITIES),
  ]);
  const monthLabels = volume.months.map((month) => format.dateTime(civilDateAtUtcMidnight(`${month}-01`), { month: 'short', year: 'numeric' }));
  const series = volume.series.map((s) => ({ ...s, countLabels: s.counts.map((n) => format.number(n)) }));
  return (
    <Card title={t('volumeTitle')} titleId="volume-title" id={DASHBOARD_PANELS.volume}>
      <p className="-mt-2 mb-3 text-sm text-slate-600 dark:text-slate-400">
        {t('volumeDescription', { count: series.length })}
      </p>
      <MentionVolumeChartLazy months={volume.months} monthLabels={monthLabels} series={series} title={t('volumeTitle')} />
      <MentionVolumeTable
        months={volume.months}
        monthLabels={monthLabels}
        series={series}
        caption={t('volumeTitle')}
        monthHeader={t('volumeMonth')}
        summary={t('volumeTable')}
      />
    </Card>
  );
}
