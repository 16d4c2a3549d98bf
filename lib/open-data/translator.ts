import { createFormatter, createTranslator } from 'next-intl';
import type { AppLocale } from '@/i18n/routing';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

const MESSAGES = { kk, ru, en } as const;

/**
 * Labels and formats of a locale for documents made outside a page (feeds, calendars, exports):
 * the same messages and the same UTC civil dates as the pages.
 */
export function openDataLabels(locale: AppLocale) {
  const messages = MESSAGES[locale];
  return {
    t: createTranslator({ locale, messages, namespace: 'OpenData' }),
    tType: createTranslator({ locale, messages, namespace: 'EventType' }),
    format: createFormatter({ locale, timeZone: 'UTC' }),
  };
}
