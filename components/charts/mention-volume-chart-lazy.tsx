'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import { ChartSkeleton } from './chart-skeleton';
import type { MentionVolumeChartProps } from './mention-volume-chart';

/** The Recharts chunk loads only where this renders, after hydration, behind a same-size skeleton. */
const LazyChart = dynamic(() => import('./mention-volume-chart').then((module) => module.MentionVolumeChart), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

/** Start loading a little before the chart scrolls into view. */
const PRELOAD_MARGIN = '300px';

/**
 * The mention-volume chart for server pages: pass finished strings only (see MentionVolumeChart).
 * The chart's code is fetched when the chart comes near the viewport, so a page whose chart sits
 * below the fold does not pay for it while it loads.
 */
export function MentionVolumeChartLazy(props: MentionVolumeChartProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = anchor.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: PRELOAD_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return <div ref={anchor}>{near ? <LazyChart {...props} /> : <ChartSkeleton />}</div>;
}
