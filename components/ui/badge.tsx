import type { ReactNode } from 'react';

const TONES = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  brand: 'bg-brand-50 text-brand-900 dark:bg-brand-900 dark:text-brand-50',
  planned: 'bg-amber-50 text-amber-900 ring-1 ring-amber-300 ring-inset dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800',
  held: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
} as const;

export function Badge({ children, tone = 'neutral', lang }: { children: ReactNode; tone?: keyof typeof TONES; lang?: string }) {
  return (
    <span lang={lang} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}
