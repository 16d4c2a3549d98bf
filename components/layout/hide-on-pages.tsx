'use client';

import type { ReactNode } from 'react';
import { usePathname } from '@/i18n/navigation';

/** Shows its children on every page but the given ones (paths without the locale, e.g. `/search`). */
export function HideOnPages({ pages, children }: { pages: readonly string[]; children: ReactNode }) {
  const pathname = usePathname();
  return pages.includes(pathname) ? null : children;
}
