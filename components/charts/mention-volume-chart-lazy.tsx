'use client';

import dynamic from 'next/dynamic';
import { ChartSkeleton } from './chart-skeleton';
import type { MentionVolumeChartProps } from './mention-volume-chart';

/** The Recharts chunk loads only where this renders, after hydration, behind a same-size skeleton. */
const LazyChart = dynamic(() => import('./mention-volume-chart').then((module) => module.MentionVolumeChart), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

/** The mention-volume chart for server pages: pass finished strings only (see MentionVolumeChart). */
export function MentionVolumeChartLazy(props: MentionVolumeChartProps) {
  return <LazyChart {...props} />;
}
