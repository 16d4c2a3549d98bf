import type { LocalizedNames } from '../types';

/**
 * Words that make a quoted name an organisation: legal forms («"Жолаушылар тасымалы" АҚ», ТОО
 * «Шелковый путь», "Kuryk Port LLP") and kinds of group («"Дос-Мұқасан" тобы», ансамбль «Сазген»,
 * the "Roksonaki" band). `forms` are how each language writes the word (lemmas, lower case; the
 * first one is used in the name); a name is rendered in each language in that language's order:
 * Kazakh puts the word after the quoted name, Russian before it, English after it.
 */
export interface OrganizationForm {
  forms: { kk: readonly string[]; ru: readonly string[]; en: readonly string[] };
  /** As written in a name in each language. */
  names: LocalizedNames;
  /** Written in capitals (legal forms): matched as written, not through lemmas. */
  abbreviation: boolean;
}

function legalForm(kk: string, ru: string, en: string, also: { kk?: string[]; ru?: string[]; en?: string[] } = {}): OrganizationForm {
  return {
    forms: { kk: [kk, ...(also.kk ?? [])], ru: [ru, ...(also.ru ?? [])], en: [en, ...(also.en ?? [])] },
    names: { kk, ru, en },
    abbreviation: true,
  };
}

function groupWord(kk: readonly string[], ru: readonly string[], en: readonly string[], names: LocalizedNames): OrganizationForm {
  return { forms: { kk, ru, en }, names, abbreviation: false };
}

export const ORGANIZATION_FORMS: readonly OrganizationForm[] = [
  legalForm('АҚ', 'АО', 'JSC'),
  legalForm('ЖШС', 'ТОО', 'LLP'),
  legalForm('ЖАҚ', 'ЗАО', 'CJSC'),
  legalForm('ААҚ', 'ОАО', 'OJSC'),
  legalForm('ЖАҚ', 'ПАО', 'PJSC'),
  legalForm('ЖШС', 'ООО', 'LLC', { en: ['Ltd'] }),
  legalForm('РМК', 'РГП', 'RSE'),
  legalForm('МКК', 'ГКП', 'SME'),
  legalForm('ҰК', 'НК', 'NC'),
  legalForm('ҚБ', 'ОО', 'PA'),
  legalForm('ҚҚ', 'ОФ', 'PF'),
  groupWord(['тобы'], ['группа'], ['band'], { kk: 'тобы', ru: 'группа', en: 'band' }),
  groupWord(['ансамблі', 'ансамбль'], ['ансамбль'], ['ensemble'], { kk: 'ансамблі', ru: 'ансамбль', en: 'Ensemble' }),
  groupWord(['театры'], ['театр'], ['theatre', 'theater'], { kk: 'театры', ru: 'театр', en: 'Theatre' }),
  groupWord(['оркестрі'], ['оркестр'], ['orchestra'], { kk: 'оркестрі', ru: 'оркестр', en: 'Orchestra' }),
  groupWord(['хоры'], ['хор'], ['choir'], { kk: 'хоры', ru: 'хор', en: 'Choir' }),
  groupWord(['клубы'], ['клуб'], ['club'], { kk: 'клубы', ru: 'клуб', en: 'Club' }),
  groupWord(['командасы'], ['команда'], ['team'], { kk: 'командасы', ru: 'команда', en: 'team' }),
  groupWord(['газеті'], ['газета'], ['newspaper'], { kk: 'газеті', ru: 'газета', en: 'newspaper' }),
  groupWord(['журналы'], ['журнал'], ['magazine'], { kk: 'журналы', ru: 'журнал', en: 'magazine' }),
  groupWord(['телеарнасы'], ['телеканал'], ['channel'], { kk: 'телеарнасы', ru: 'телеканал', en: 'TV channel' }),
  groupWord(['порталы'], ['портал'], ['portal'], { kk: 'порталы', ru: 'портал', en: 'portal' }),
  groupWord(['баспасы'], ['издательство'], ['publisher'], { kk: 'баспасы', ru: 'издательство', en: 'publishing house' }),
  groupWord(['зауыты'], ['завод'], ['plant'], { kk: 'зауыты', ru: 'завод', en: 'plant' }),
  groupWord(['фирмасы'], ['фирма'], ['firm'], { kk: 'фирмасы', ru: 'фирма', en: 'firm' }),
];

/**
 * Verbs of reporting that cite an outlet next to them: a quoted name after a Russian one
 * («передает «Голос народа»») or before a Kazakh or English one («"Егемен Қазақстан" хабарлайды»,
 * "…", "Astana Times" reports) is an organisation. Lemmas as `lemmaCandidates` gives them.
 */
export const REPORTING_VERBS: { kk: readonly string[]; ru: readonly string[]; en: readonly string[] } = {
  kk: ['хабарлайды', 'хабарлады', 'жазады', 'жазды'],
  ru: ['передает', 'передаёт', 'сообщает', 'пишет', 'информирует', 'сообщило', 'сообщила'],
  en: ['reports', 'reported', 'writes', 'wrote'],
};
