import type { Language } from '../types';

/**
 * Common nouns and adjectives of institution names. A candidate made only of these (and of
 * organisation head words) is a bare head, not a name: "News Agency", "Government", "Cultural
 * Center", "External Relations", «Национальный музей», «Мәдени орталығы». Lemmas (lower case),
 * as `lemmaCandidates` gives them.
 */
export const GENERIC_NAME_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: [
    'ұлттық', 'мемлекеттік', 'халықаралық', 'мәдени', 'аймақтық', 'өңірлік', 'облыстық', 'қалалық', 'аудандық',
    'жаңа', 'бас', 'жоғары', 'жалпы', 'ақпараттық', 'техникалық', 'республикалық', 'қоғамдық', 'баспасөз',
    'қызмет', 'қызметі', 'үкімет', 'үкіметі', 'мұражай', 'мұражайы', 'музей', 'музейі', 'солтүстік', 'оңтүстік',
    'шығыс', 'батыс', 'ұлы',
  ],
  ru: [
    'национальный', 'национального', 'государственный', 'государственного', 'международный', 'международного',
    'культурный', 'культурного', 'центральный', 'центрального', 'региональный', 'регионального', 'областной',
    'областного', 'городской', 'городского', 'районный', 'районного', 'новый', 'нового', 'главный', 'главного',
    'высший', 'высшего', 'общий', 'общего', 'информационный', 'информационного', 'технический', 'технического',
    'республиканский', 'республиканского', 'общественный', 'общественного', 'правительство', 'служба',
    'пресс-служба', 'музей', 'северный', 'южный', 'восточный', 'западный', 'великий',
  ],
  en: [
    'news', 'international', 'national', 'state', 'cultural', 'central', 'regional', 'municipal', 'city', 'local',
    'public', 'general', 'main', 'new', 'technical', 'press', 'service', 'government', 'federal', 'provincial',
    'joint', 'museum', 'media', 'higher', 'east', 'west', 'north', 'south', 'eastern', 'western',
    'northern', 'southern', 'upper', 'lower', 'great', 'greater',
  ],
};

/**
 * Words that, next to capitalised words, make them a place or an institution rather than a
 * person: streets, districts, stations, venues, awards («Абай даңғылы», «улица Байтурсынова»,
 * "Baitursynov Street", "Tian Shan mountains"). Kazakh and English put them after the name,
 * Russian mostly before. Lemmas (lower case).
 */
export const NOT_PERSON_CONTEXT_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: [
    'көше', 'көшесі', 'даңғыл', 'даңғылы', 'аудан', 'ауданы', 'облыс', 'облысы', 'ауыл', 'ауылы', 'кент', 'кенті',
    'станция', 'станциясы', 'бекет', 'бекеті', 'әуежай', 'әуежайы', 'өзен', 'өзені', 'көл', 'көлі', 'тау', 'тауы',
    'алаң', 'алаңы', 'саябақ', 'саябағы', 'мектеп', 'мектебі', 'сыйлық', 'сыйлығы', 'атындағы', 'кесенесі', 'шыңы',
    'жол', 'жолы',
  ],
  ru: [
    'улица', 'проспект', 'переулок', 'площадь', 'бульвар', 'район', 'область', 'село', 'поселок', 'посёлок',
    'станция', 'аэропорт', 'река', 'озеро', 'гора', 'хребет', 'парк', 'школа', 'премия', 'имени', 'им',
    'мкр', 'микрорайон', 'город', 'аул', 'путь', 'посад',
  ],
  en: [
    'street', 'avenue', 'road', 'lane', 'boulevard', 'square', 'district', 'county', 'region', 'oblast',
    'province', 'city', 'town', 'village', 'station', 'airport', 'port', 'river', 'lake', 'mountain',
    'mountains', 'range', 'park', 'school', 'prize', 'award', 'cup', 'stadium', 'arena', 'hotel', 'bridge',
    'valley', 'peak', 'desert', 'pass', 'way',
  ],
};
