import type { Language } from '../types';

/**
 * Capitalised words that are never part of a name: pronouns, conjunctions, adverbs and other
 * sentence openers, and (en) months and weekdays. Normalized (lower case).
 */
export const CAPITALISED_STOP_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: [
    'бұл', 'осы', 'ол', 'сол', 'мен', 'біз', 'сіз', 'олар', 'бірақ', 'сонымен', 'сондай-ақ', 'алайда', 'әрі',
    'және', 'бүгін', 'кеше', 'ертең', 'биыл', 'қазір', 'онда', 'мұнда', 'сонда', 'әр', 'барлық', 'кейін',
    'дегенмен', 'яғни', 'себебі', 'өйткені', 'енді', 'тағы', 'бас', 'жаңа', 'екі', 'бір', 'үш', 'осыған',
    'соның', 'оның', 'мұның', 'айта', 'атап', 'сондықтан', 'егер', 'қалай', 'неге', 'кім',
  ],
  ru: [
    'этот', 'эта', 'это', 'эти', 'тот', 'та', 'то', 'те', 'он', 'она', 'оно', 'они', 'мы', 'вы', 'я', 'но', 'и',
    'а', 'в', 'во', 'на', 'по', 'с', 'со', 'к', 'о', 'об', 'у', 'из', 'от', 'до', 'за', 'также', 'однако',
    'кроме', 'сегодня', 'вчера', 'завтра', 'при', 'для', 'после', 'перед', 'как', 'так', 'все', 'всё', 'его',
    'ее', 'её', 'их', 'напомним', 'ранее', 'теперь', 'сейчас', 'здесь', 'там',
    'где', 'когда', 'если', 'хотя', 'поэтому', 'новый', 'новая', 'новое', 'два', 'две', 'три', 'один', 'одна',
    'глава', 'генеральный',
  ],
  en: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and',
    'or', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'as', 'also', 'however', 'today', 'yesterday',
    'tomorrow', 'mr', 'mrs', 'ms', 'dr', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'during',
    'meanwhile', 'according', 'while', 'when', 'where', 'if', 'then', 'there', 'here', 'both', 'new', 'two',
    'three', 'one', 'last', 'next', 'earlier', 'later', 'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'general',
  ],
};
