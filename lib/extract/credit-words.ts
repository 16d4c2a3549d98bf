import type { Language } from './types';

/**
 * Words that open a photo-credit line right after the date line, e.g. «Сурет: gov.kz».
 * The word is followed by a colon and the credit. Matching ignores case.
 */
export const CREDIT_WORDS: Record<Language, readonly string[]> = {
  kk: ['Сурет', 'Суреттер', 'Фото', 'Фотосурет', 'Сурет көзі'],
  ru: ['Фото', 'Фотография', 'Фотографии', 'Источник фото', 'Фото предоставлено', 'Автор фото'],
  en: ['Photo', 'Photos', 'Photo credit', 'Image', 'Image credit', 'Credit', 'Picture'],
};
