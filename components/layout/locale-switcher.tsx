'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

interface LocaleSwitcherProps {
  current: AppLocale;
  label: string;
  options: { code: AppLocale; label: string }[];
}

/** Links to the same page in each locale, keeping the path and the query string. */
export function LocaleSwitcher(props: LocaleSwitcherProps) {
  return (
    <nav aria-label={props.label}>
      {/* Static pages render without a query; the links gain it once the client knows it. */}
      <Suspense fallback={<LocaleLinks {...props} query="" />}>
        <LocaleLinksWithQuery {...props} />
      </Suspense>
    </nav>
  );
}

function LocaleLinksWithQuery(props: LocaleSwitcherProps) {
  const query = useSearchParams().toString();
  return <LocaleLinks {...props} query={query} />;
}

function LocaleLinks({ current, options, query }: LocaleSwitcherProps & { query: string }) {
  const pathname = usePathname();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <ul className="flex gap-1 text-sm">
      {options.map(({ code, label }) => (
        <li key={code}>
          <Link
            href={href}
            locale={code}
            hrefLang={code}
            lang={code}
            aria-current={code === current ? 'true' : undefined}
            className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 aria-[current]:bg-brand-700 aria-[current]:text-white dark:text-slate-200 dark:hover:bg-slate-800"
          >
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
