import type { Language } from '../types';

/**
 * Head words of organisation names. Kazakh puts the head last, in the possessive («Ұлттық
 * экономика министрлігі»); Russian puts it after its adjectives and before its genitive
 * complement («Национальный банк Казахстана», «Министерство цифрового развития»); English puts it
 * last or before an "of" phrase ("Development Bank", "Ministry of Digital Development").
 * `gender` (ru) picks the nominative of the adjectives in a lemma: Национального → Национальный.
 * `startOnly`: the head only opens a name (ru «Министерство …»).
 */
export interface OrganizationHead {
  lemma: string;
  gender?: 'masculine' | 'feminine' | 'neuter';
  startOnly?: boolean;
}

export const ORGANIZATION_HEADS: Readonly<Record<Language, readonly OrganizationHead[]>> = {
  kk: [
    { lemma: 'министрлігі' },
    { lemma: 'комитеті' },
    { lemma: 'қоры' },
    { lemma: 'университеті' },
    { lemma: 'компаниясы' },
    { lemma: 'банкі' },
    { lemma: 'кеңсесі' },
    { lemma: 'канцеляриясы' },
    { lemma: 'әкімдігі' },
    { lemma: 'орталығы' },
    { lemma: 'палатасы' },
    { lemma: 'қауымдастығы' },
    { lemma: 'агенттігі' },
    { lemma: 'корпорациясы' },
    { lemma: 'департаменті' },
    { lemma: 'басқармасы' },
    { lemma: 'академиясы' },
    { lemma: 'институты' },
    { lemma: 'холдингі' },
    { lemma: 'консулдығы' },
    { lemma: 'елшілігі' },
    { lemma: 'мэриясы' },
    { lemma: 'ассоциациясы' },
    { lemma: 'одағы' },
    { lemma: 'кеңесі' },
    { lemma: 'үкіметі' },
    { lemma: 'мұражайы' },
    { lemma: 'партиясы' },
  ],
  ru: [
    { lemma: 'министерство', gender: 'neuter', startOnly: true },
    { lemma: 'комитет', gender: 'masculine' },
    { lemma: 'фонд', gender: 'masculine' },
    { lemma: 'университет', gender: 'masculine' },
    { lemma: 'компания', gender: 'feminine' },
    { lemma: 'банк', gender: 'masculine' },
    { lemma: 'ассоциация', gender: 'feminine' },
    { lemma: 'палата', gender: 'feminine' },
    { lemma: 'центр', gender: 'masculine' },
    { lemma: 'агентство', gender: 'neuter' },
    { lemma: 'департамент', gender: 'masculine' },
    { lemma: 'управление', gender: 'neuter' },
    { lemma: 'корпорация', gender: 'feminine' },
    { lemma: 'академия', gender: 'feminine' },
    { lemma: 'институт', gender: 'masculine' },
    { lemma: 'консульство', gender: 'neuter' },
    { lemma: 'посольство', gender: 'neuter' },
    { lemma: 'акимат', gender: 'masculine' },
    { lemma: 'мэрия', gender: 'feminine' },
    { lemma: 'канцелярия', gender: 'feminine' },
    { lemma: 'холдинг', gender: 'masculine' },
    { lemma: 'музей', gender: 'masculine' },
    { lemma: 'партия', gender: 'feminine' },
    { lemma: 'служба', gender: 'feminine' },
    { lemma: 'организация', gender: 'feminine' },
  ],
  en: [
    { lemma: 'ministry' },
    { lemma: 'committee' },
    { lemma: 'fund' },
    { lemma: 'university' },
    { lemma: 'company' },
    { lemma: 'bank' },
    { lemma: 'association' },
    { lemma: 'chamber' },
    { lemma: 'centre' },
    { lemma: 'center' },
    { lemma: 'corporation' },
    { lemma: 'group' },
    { lemma: 'office' },
    { lemma: 'agency' },
    { lemma: 'authority' },
    { lemma: 'council' },
    { lemma: 'department' },
    { lemma: 'institute' },
    { lemma: 'academy' },
    { lemma: 'consulate' },
    { lemma: 'embassy' },
    { lemma: 'akimat' },
    { lemma: 'administration' },
    { lemma: 'commission' },
    { lemma: 'holding' },
    { lemma: 'museum' },
    { lemma: 'party' },
    { lemma: 'airlines' },
    { lemma: 'airways' },
    { lemma: 'railways' },
    { lemma: 'times' },
    { lemma: 'workshop' },
    { lemma: 'bureau' },
    { lemma: 'organization' },
    { lemma: 'organisation' },
    { lemma: 'foundation' },
    { lemma: 'service' },
  ],
};

/** Nominative adjective endings by gender, for Russian organisation lemmas. */
export const RU_ADJECTIVE_NOMINATIVE: Readonly<Record<'masculine' | 'feminine' | 'neuter', readonly string[]>> = {
  masculine: ['ый', 'ий', 'ой'],
  feminine: ['ая', 'яя'],
  neuter: ['ое', 'ее'],
};

/** Endings of Russian adjectives in any case: the words before a head («Национального банка»). */
export const RU_ADJECTIVE_ENDINGS: readonly string[] = [
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем',
  'ей', 'ую', 'юю', 'ых', 'их', 'ыми', 'ими',
];

/** Endings of Russian words in the genitive: the complement after a head («… иностранных дел»). */
export const RU_GENITIVE_ENDINGS: readonly string[] = [
  'ого', 'его', 'ой', 'ей', 'ых', 'их', 'а', 'я', 'ы', 'и', 'ов', 'ев', 'ий', 'ств', 'дел', 'ия',
];

/** Words joining two complements («Министерство науки и высшего образования»). */
export const COMPLEMENT_JOINERS: Readonly<Record<Language, readonly string[]>> = {
  kk: [],
  ru: ['и'],
  en: ['and', '&'],
};

/** Words opening an English complement ("Ministry of Foreign Affairs", "Fund for Peace"). */
export const EN_COMPLEMENT_OPENERS: readonly string[] = ['of', 'for', 'on'];

/** Prepositions opening a Russian complement, followed by lower-case words («Комитет по инвестициям»). */
export const RU_COMPLEMENT_PREPOSITIONS: readonly string[] = ['по'];
