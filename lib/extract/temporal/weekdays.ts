import type { Language } from '../types';

/** Weekday names, ISO numbered (Monday 1 … Sunday 7). Russian lists the forms used after «в/во». */
export const WEEKDAY_WORDS: Record<Language, readonly { weekday: number; words: readonly string[] }[]> = {
  kk: [
    { weekday: 1, words: ['дүйсенбі'] },
    { weekday: 2, words: ['сейсенбі'] },
    { weekday: 3, words: ['сәрсенбі'] },
    { weekday: 4, words: ['бейсенбі'] },
    { weekday: 5, words: ['жұма'] },
    { weekday: 6, words: ['сенбі'] },
    { weekday: 7, words: ['жексенбі'] },
  ],
  ru: [
    { weekday: 1, words: ['понедельник'] },
    { weekday: 2, words: ['вторник'] },
    { weekday: 3, words: ['среду'] },
    { weekday: 4, words: ['четверг'] },
    { weekday: 5, words: ['пятницу'] },
    { weekday: 6, words: ['субботу'] },
    { weekday: 7, words: ['воскресенье'] },
  ],
  en: [
    { weekday: 1, words: ['Monday'] },
    { weekday: 2, words: ['Tuesday'] },
    { weekday: 3, words: ['Wednesday'] },
    { weekday: 4, words: ['Thursday'] },
    { weekday: 5, words: ['Friday'] },
    { weekday: 6, words: ['Saturday'] },
    { weekday: 7, words: ['Sunday'] },
  ],
};

/** Named days that are not "the last such weekday": Good Friday, Black Friday, Super Tuesday… */
export const EN_WEEKDAY_NAME_PREFIXES = ['Good', 'Black', 'Cyber', 'Super', 'Holy', 'Ash', 'Easter', 'Palm', 'Blue'] as const;

export function weekdayOfWord(language: Language, word: string): number | null {
  const lower = word.toLowerCase();
  return (
    WEEKDAY_WORDS[language].find(({ words }) => words.some((candidate) => lower.startsWith(candidate.toLowerCase())))
      ?.weekday ?? null
  );
}
