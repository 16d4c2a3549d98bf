/**
 * Our Cyrillic → Latin table for Kazakh and Russian names, in the style of English-language
 * news: plain ASCII, no diacritics, digraphs for hushing sounds (Нұрлан Аққошқаров → Nurlan
 * Akkoshkarov, Тоқаев → Tokayev, Жомарт → Zhomart, Қасым → Kasym, Шымкент → Shymkent).
 * Kazakh-only letters take the Latin of their nearest Russian letter (қ = к = k, ұ = ү = у = u,
 * ң = н = n), so a Kazakh and a Russian spelling of one name give the same Latin name.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** «е» is written «ye» at the start of a word and after these letters (Ерлан → Yerlan, Тоқаев → Tokayev). */
export const YE_AFTER = new Set(['а', 'ә', 'е', 'ё', 'и', 'о', 'ө', 'у', 'ұ', 'ү', 'ы', 'і', 'э', 'ю', 'я', 'ъ', 'ь']);
