import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['kk', 'ru', 'en'],
  defaultLocale: 'kk',
  localePrefix: 'always',
  // Alternate-language links come from each page's metadata (i18n/alternates.ts), not a header.
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];
