import type { EventType, Language } from '../types';
import { compilePhrases, splitPhrase, type PhraseRow, type PhraseTable } from '../sentence/phrase-matcher';

/**
 * Word tables that tell what an event word stands with: its object (what opened, what was
 * launched), the frame around it («форум шеңберінде», "during the visit"), and the words that make
 * a mention of a happening something else than a report of it (a statistic, a possibility weighed,
 * a reminder of the past). Pattern syntax: see `sentence/phrase-matcher.ts`. All tables but the
 * list-header ones are compiled into one cue table per language, matched in one pass over a
 * sentence that holds an event word.
 */

export type WordTable = Readonly<Record<Language, readonly string[]>>;

/**
 * What a happening is about, by concept: a facility that opens, a route that is launched, a
 * building site. `becomes` re-types an opening or launch word by its object («есігін ашты» is an
 * open day, «пойыз іске қосылды» a train service, «құрылысы басталды» a construction start);
 * `metaphor` objects make no happening at all ("opened a new page", «новые возможности»).
 */
export interface ObjectConcept {
  concept: string;
  words: WordTable;
  becomes?: EventType;
  metaphor?: true;
  /** A span of time that opens («Год туризма», «апталығы»): counts only right next to the opening word. */
  period?: true;
  /** An action rather than a thing (a construction, an opened door): it re-types, but tells no two happenings apart. */
  action?: true;
}

export const OBJECT_CONCEPTS: readonly ObjectConcept[] = [
  {
    concept: 'flight',
    becomes: 'FLIGHT_LAUNCH',
    words: {
      kk: ['рейс*', 'авиарейс*', 'әуе бағыт*', 'әуе қатынас*', 'әуе жол*'],
      ru: ['рейс*', 'авиарейс*', 'авиасообщени*', 'авиамаршрут*', 'полет*', 'авиалини*'],
      en: ['flights?', 'air routes?', 'air links?', 'air services?', 'airlines?', 'air connections?'],
    },
  },
  {
    concept: 'train',
    becomes: 'OTHER',
    words: { kk: ['пойыз*'], ru: ['поезд*', 'электричк*'], en: ['trains?'] },
  },
  {
    concept: 'construction',
    becomes: 'OTHER',
    action: true,
    words: { kk: ['құрылыс*'], ru: ['строительств*'], en: ['construction'] },
  },
  {
    concept: 'door',
    becomes: 'OTHER',
    action: true,
    words: { kk: ['есі(?:г|к)*'], ru: ['двер*'], en: ['doors?'] },
  },
  {
    concept: 'metaphor',
    metaphor: true,
    words: {
      kk: ['бет(?:|і|ін|ті|тің)', 'кезең*', 'мүмкіндік*', 'перспектива*', 'көкжиек*'],
      ru: ['страниц*', 'этап*', 'возможност*', 'перспектив*', 'горизонт*', 'эр(?:а|у|ы)'],
      en: ['pages?', 'chapters?', 'eras?', 'opportunit(?:y|ies)', 'room', 'way', 'prospects?', 'possibilit(?:y|ies)', 'horizons?'],
    },
  },
  {
    concept: 'consulate',
    words: {
      kk: ['консулдығ*', 'консулдық*', 'елшілі*'],
      ru: ['консульств*', 'генконсульств*', 'посольств*'],
      en: ['consulates?', 'embass(?:y|ies)'],
    },
  },
  {
    concept: 'institution',
    words: {
      kk: ['орталығ*', 'орталық*', 'кеңсе*', 'өкілдіг*', 'өкілдік*', 'сауда үй*'],
      ru: ['центр(?:|а|у|ом|е|ы|ов|ам|ами|ах)', 'офис*', 'представительств*', 'торгов* дом*'],
      en: ['cent(?:er|re)s?', 'offices?', 'representative offices?', 'trade houses?'],
    },
  },
  {
    concept: 'institution',
    words: {
      kk: ['университет*', 'кампус*', 'филиал*', 'институт*', 'академия*', 'мектеп*', 'шеберхана*', 'колледж*'],
      ru: ['университет*', 'кампус*', 'филиал*', 'институт*', 'академи*', 'школ(?:а|ы|у|ой|е)', 'мастерск*', 'колледж*'],
      en: ['universit(?:y|ies)', 'campus(?:es)?', 'branch(?:es)?', 'institutes?', 'academ(?:y|ies)', 'schools?', 'workshops?', 'colleges?'],
    },
  },
  {
    concept: 'terminal',
    words: {
      kk: ['терминал*', 'хаб*', 'порт(?:|ы|ын|тың|қа|та)'],
      ru: ['терминал*', 'хаб*', 'порт(?:|а|у|ом|е|ы|ов)'],
      en: ['terminals?', 'hubs?', 'ports?', 'dry ports?'],
    },
  },
  {
    concept: 'station',
    words: { kk: ['станция*', 'вокзал*', 'әуежай*'], ru: ['станци*', 'вокзал*', 'аэропорт*'], en: ['stations?', 'airports?'] },
  },
  {
    concept: 'crossing',
    words: {
      kk: ['өткел*', 'бекет*'],
      ru: ['переход*', 'пункт* пропуска', 'погранпереход*', 'кпп', 'пост(?:|а|у|ом|е)'],
      en: ['crossings?', 'checkpoints?', 'border posts?'],
    },
  },
  {
    concept: 'line',
    words: {
      kk: ['теміржол*', 'желі*', 'магистраль*', 'автожол*', 'тас жол*'],
      ru: ['железн* дорог*', 'лини(?:я|и|ю|ей|ях)', 'магистрал*', 'автодорог*', 'трасс*', 'пут(?:и|ей)'],
      en: ['railways?', 'rail lines?', 'lines?', 'tracks?', 'roads?', 'highways?'],
    },
  },
  {
    concept: 'bridge',
    words: { kk: ['көпір*'], ru: ['мост(?:|а|у|ом|е|ы|ов)'], en: ['bridges?'] },
  },
  {
    concept: 'plant',
    words: {
      kk: ['зауыт*', 'фабрика*', 'кешен*', 'парк*'],
      ru: ['завод*', 'фабрик*', 'комплекс*', 'парк(?:|а|у|ом|е|и|ов)'],
      en: ['plants?', 'factor(?:y|ies)', 'complex(?:es)?', 'parks?'],
    },
  },
  {
    concept: 'museum',
    words: {
      kk: ['музей*', 'кітапхана*', 'театр*'],
      ru: ['музе(?:й|я|ю|ем|е)', 'библиотек*', 'театр*'],
      en: ['museums?', 'librar(?:y|ies)', 'theat(?:er|re)s?'],
    },
  },
  {
    concept: 'period',
    period: true,
    words: {
      kk: ['апталығ*', 'онкүндіг*', 'фестивал*', 'маусымы', 'жыл(?:ы|ын|ының)'],
      ru: ['недел(?:я|и|ю)', 'декад(?:а|ы|у)', 'фестивал*', 'сезон*', 'год(?:|а|у)'],
      en: ['weeks?', 'festivals?', 'seasons?', 'year'],
    },
  },
];

/**
 * Words that frame an event word as the setting of what the sentence tells: it points to a
 * happening told elsewhere («в ходе визита», "during the meeting", «сапарынан кейін», "since its
 * opening"). `FRAMES_BEFORE` stand right before the word (up to two words between), `FRAMES_AFTER`
 * right after it (Kazakh postpositions).
 */
export const FRAMES_BEFORE: WordTable = {
  kk: [],
  ru: [
    'в рамках',
    'в ходе',
    'во время',
    'на',
    'по итогам',
    'итог(?:и|ах)',
    'после',
    'перед',
    'накануне',
    'программ*',
    'за участие в',
    'участие в',
    'до',
    'с момента',
    'со дня',
  ],
  en: [
    'during',
    'within',
    'at',
    'on the sidelines of',
    'results? of',
    'outcomes? of',
    'following',
    'after',
    'prior to',
    'before',
    'ahead of',
    'part of',
    'programme of',
    'program of',
    'thanked for',
    'since',
  ],
};

export const FRAMES_AFTER: WordTable = {
  kk: [
    'барысында',
    'шеңберінде',
    'аясында',
    'кезінде',
    'қорытынды*',
    'нәтижесі*',
    'соң',
    'кейін',
    'алдында',
    'қарсаңында',
    'үшін',
    'бері',
    'сәттен',
  ],
  ru: [],
  en: [],
};

/** Frames that hold what the sentence tells inside the framed happening («форум шеңберінде қол қойылды»): it shares its date. */
export const CONTAINING_FRAMES: WordTable = {
  kk: ['барысында', 'шеңберінде', 'аясында', 'кезінде'],
  ru: ['в рамках', 'в ходе', 'во время', 'на'],
  en: ['during', 'within', 'at', 'on the sidelines of', 'part of'],
};

/** Words that point back to a happening already told («аталған форум», "this visit", «ваш визит»). */
export const ANAPHORIC_WORDS: WordTable = {
  kk: ['аталған', 'аталмыш', 'осы', 'бұл', 'сол', 'жоғарыда', 'сіздің', 'біздің', 'оның', 'олардың'],
  ru: [
    'эт(?:от|а|о|ой|ом|у|ого|их|им|ими)',
    'данн*',
    'указанн*',
    'упомянут*',
    'вышеупомянут*',
    'ваш*',
    'наш*',
    'его',
    'ее',
    'их',
    'сво(?:й|я|е|его|ей|ем|их)',
  ],
  en: ['this', 'these', 'aforementioned', 'above-mentioned', 'his', 'her', 'its', 'their', 'your', 'our'],
};

/**
 * Words saying a story happened some days ago («Жуырда», «недавно», "recently"): told in a
 * story's lead, they date none of its happenings to the day of publication.
 */
export const RECENCY_WORDS: WordTable = {
  kk: ['жуырда', 'таяуда', 'жақында өткен'],
  ru: ['недавно', 'на днях'],
  en: ['recently', 'the other day'],
};

/** An English article before a trigger: "the summit" is usually the summit already told. */
export const DEFINITE_WORDS: WordTable = { kk: [], ru: [], en: ['the'] };

/**
 * Reminders of the past («Напомним», "As reported earlier") and recency words: a held happening
 * told in such a sentence is background and takes no publication date when the text gives it none.
 */
export const RECALL_WORDS: WordTable = {
  kk: ['жуырда', 'таяуда', 'бұған дейін', 'айта кетейік', 'еске сала кетейік', 'естеріңізге сала кетейік', 'тарихымызға үңілсек'],
  ru: ['напомним', 'ранее', 'недавно', 'на днях', 'как сообщалось', 'как ранее сообщалось', 'как уже сообщалось'],
  en: [
    'recently',
    'the other day',
    'earlier',
    'previously',
    'as reported',
    'as earlier reported',
    'as previously reported',
    'as reported earlier',
  ],
};

/**
 * Verbs of weighing a possibility («рассматривают запуск», "is studying the issue of opening") and
 * hopes («с расчётом на открытие»): not a plan yet.
 */
export const CONSIDERATION_WORDS: WordTable = {
  kk: ['қарастыр*', 'зерделе*', 'зертте*', 'мүмкіндігі', 'үмітімен', 'есебімен'],
  ru: ['рассматрива*', 'рассмотр*', 'изуча*', 'прорабатыва*', 'возможност*', 'с расчетом на', 'в расчете на', 'в надежде на'],
  en: [
    'consider*',
    'studying',
    'studies',
    'explor*',
    'mulling',
    'weighing',
    'possibilit(?:y|ies)',
    'ready to',
    'with a view to',
    'in the hope of',
  ],
};

/** Words opening a condition («Егер», "if"): what follows is hypothetical. */
export const CONDITION_WORDS: WordTable = {
  kk: ['егер', 'жағдайда'],
  ru: ['если', 'в случае'],
  en: ['if', 'should demand', 'unless', 'in case'],
};

/** Travellers as a mass: visits and trips they make are statistics, not happenings ("tourists visited", «доля пассажиров»). */
export const TRAVELLER_WORDS: WordTable = {
  // Nouns only: «туристік пойыз», «туристический поезд» are a kind of train, not travellers.
  kk: ['турист(?!ік)*', 'жолаушы*', 'азамат*', 'келуші*', 'саяхатшы*', 'адам(?:|дар|дары)', 'пассажир(?!лік)*'],
  ru: [
    'турист(?:|ы|ов|ам|ами|ах|а|у|ом|е)',
    'пассажир(?:|ы|ов|ам|ами|ах|а|у|ом|е)',
    'граждан*',
    'посетител*',
    'путешественник*',
    'человек',
    'жител*',
  ],
  en: ['tourists?', 'passengers?', 'travell?ers?', 'visitors?', 'citizens?', 'people', 'residents?', 'holidaymakers?'],
};

/**
 * A purpose or a preparation: what follows is still to come («форумға қатысу үшін келді», "arrived
 * to attend the summit", «готовится отметить»).
 */
export const PURPOSE_WORDS: WordTable = {
  kk: ['қатысу үшін', 'қатысуға', 'қатысу мақсатында', 'дайындал*', 'әзірлен*'],
  ru: ['для участия', 'чтобы принять участие', 'принять участие', 'готов(?:ится|ятся|ились|илась)'],
  en: ['to attend', 'to take part', 'to participate', 'to join', 'prepar(?:es|ing) to', 'getting ready to'],
};

/**
 * Verbs telling what a happening brought about («терминалдың іске қосылуы … әкелді», «подписание
 * меморандума открывает новые возможности», "the launch will invigorate exchanges"): said of a
 * happening told elsewhere, they report none.
 */
export const RESULT_WORDS: WordTable = {
  kk: ['әкелді', 'әкеледі', 'әкелуде', 'мүмкіндік бер*', 'ықпал ет*', 'серпін бер*', 'бастауы бол*', 'назар аудартты'],
  ru: [
    'привел*',
    'приведет',
    'позволил*',
    'позволит',
    'способствова*',
    'открывает',
    'дал(?:о|а)? импульс',
    'даст импульс',
    // Said of a happening told before: «Саммит привлек большое внимание», «стал важнейшей вехой».
    'привлек*',
    'стал(?:|а|о|и) вех*',
  ],
  en: [
    'led to',
    'leads to',
    'lead to',
    'resulted in',
    'allowed',
    'enabled',
    'boost(?:ed|s)?',
    'invigorate*',
    'open up',
    'opens up',
    'contribute*',
    'paves? the way',
    'paved the way',
    'attracted',
  ],
};

/** Thanks for a happening («сапары үшін алғыс», «признательность за участие», "thanked them for the visit"): it points back to it. */
export const GRATITUDE_WORDS: WordTable = {
  kk: ['алғыс*', 'ризашылық*'],
  ru: ['благодар*', 'признательност*'],
  en: ['thank*', 'grateful', 'gratitude'],
};

/**
 * Words making a happening the topic of a gathering («пойызды іске қосу бойынша келіссөздер»,
 * «переговоры о запуске», "talks on the launch", "Key topics included the launch of …"): what
 * was talked about is still to come. Nouns naming what is talked about are a topic on their own.
 */
export const TOPIC_NOUNS: WordTable = { kk: ['тақырыб*', 'күн тәртіб*'], ru: ['тем(?:а|ы|ой|ами)', 'повестк*'], en: ['topics?', 'agenda'] };

/**
 * Prepositions right before the word («переговоры о запуске»), postpositions right after it («іске
 * қосу бойынша»): a topic when the sentence tells of talks.
 */
export const TOPICS_BEFORE: WordTable = {
  kk: [],
  ru: ['по', 'о', 'об', 'относительно', 'касательно'],
  en: ['on', 'about', 'regarding', 'concerning'],
};
export const TOPICS_AFTER: WordTable = { kk: ['бойынша', 'туралы', 'жөнінде', 'мәселе*'], ru: [], en: [] };

/** Words in the clause that make a flight (or a train) a launch, not a mention of flights. */
export const LAUNCH_WORDS: WordTable = {
  kk: [
    'ашыл*',
    'аш(?:ты|тық|ады|амыз|пақ)',
    'ашу',
    'іске қос*',
    'басталд*',
    'басталад*',
    'баста(?:йды|ды|мақ)',
    'жаңа',
    'жаңадан',
    'алғашқы',
    'тұңғыш',
  ],
  ru: [
    'запуск*',
    'запущ*',
    'запуст*',
    'открыти*',
    'открыл*',
    'откро*',
    'открыт(?:|а|о|ы)',
    'начн*',
    // «начала» is also the noun («с начала года»).
    'начал(?:ся|ась|ись|и)?',
    'возобнов*',
    'нов(?:ый|ые|ого|ых|ому|ым|ыми)',
    'перв(?:ый|ого|ые)',
    'появи*',
  ],
  en: [
    'launch*',
    'open',
    'opened',
    'opening',
    'opens',
    'inaugurat*',
    'start*',
    'began',
    'begin*',
    'resum*',
    'new',
    'maiden',
    'debut*',
    'first',
  ],
};

/** Words for the day the words are said («бүгін», «сегодня», "today"): inside a quotation, the quotation's day. */
export const TODAY_WORDS: WordTable = {
  kk: ['бүгін*'],
  ru: ['сегодня*', 'сегодняшн*'],
  en: ['today', "today's"],
};

/** Words saying a service is new («жаңа рейс», «новый маршрут», "two new flights"): a counted one is then still a launch. */
export const NOVELTY_WORDS: WordTable = {
  kk: ['жаңа', 'жаңадан', 'алғашқы', 'тұңғыш'],
  ru: ['нов(?:ый|ая|ое|ые|ого|ых|ому|ым|ыми)', 'перв(?:ый|ые|ых)'],
  en: ['new', 'first', 'maiden'],
};

/** Words saying a happening recurs («жыл сайын», «ежегодно», "annually"): without a date of its own it is a habit, not a happening. */
export const RECURRENCE_WORDS: WordTable = {
  kk: ['жыл сайын', 'ай сайын', 'апта сайын', 'күн сайын', 'дәстүрлі түрде'],
  ru: ['ежегодн*', 'ежемесячн*', 'еженедельн*', 'ежедневн*', 'каждый год', 'каждый месяц', 'регулярно'],
  en: ['annual(?:ly)?', 'yearly', 'every year', 'each year', 'every month', 'weekly', 'regularly'],
};

/** Plural forms of gathering and visit nouns: without a date of their own they speak of such happenings in general. */
export const GENERIC_PLURALS: WordTable = {
  kk: ['сапарлар*', 'кездесулер*', 'іс-шаралар*', 'форумдар*', 'жиындар*', 'көрмелер*', 'келіссөздер(?:де|ге)'],
  ru: [
    'визит(?:ы|ов|ам|ами|ах)',
    'поезд(?:ок|кам|ками|ках)',
    'встреч(?:|ам|ами|ах)',
    'форум(?:ов|ах|ам|ами)',
    'мероприяти(?:й|ям|ями|ях)',
    'командиров(?:ок|кам|ках)',
  ],
  en: ['visits', 'trips', 'meetings', 'forums', 'events', 'ceremonies', 'exhibitions', 'summits', 'conferences'],
};

/** Verbs saying a gathering or contest took place or will: an exhibition or a round of talks is an event only with one. */
export const HAPPENING_WORDS: WordTable = {
  kk: ['өт(?:ті|еді|іп|кен|етін|пек|кізіл*|кіз*)', 'ашыл*', 'ашты', 'ұйымдастырыл*', 'жүргіз*'],
  ru: [
    'прош(?:ла|ел|ли|ло)',
    'пройд(?:ет|ут)',
    'состоял*',
    'состоится',
    'состоятся',
    'открыл*',
    'откро*',
    'открыт(?:|а|о|ы)',
    'провел*',
    'провед*',
    'проводи*',
    'проходи*',
    'организова*',
  ],
  en: [
    'held',
    'hold(?:s|ing)?',
    'took place',
    'take(?:s)? place',
    'taking place',
    'opened',
    'opens',
    'kicked off',
    'organi[sz]ed',
    'conducted',
    'hosted',
    'under way',
  ],
};

/** Words for a visit's guests or a reception's guests: «делегацияны қабылдады», "received the ambassador". */
export const GUEST_WORDS: WordTable = {
  kk: [
    'делегация*',
    'елші*',
    'консул*',
    'өкіл*',
    'қонақ*',
    'министр*',
    'әкім*',
    'губернатор*',
    'басшы*',
    'төраға*',
    'президент*',
    'премьер*',
    'мэр*',
    'хатшы*',
    'инвестор*',
  ],
  ru: [
    'делегаци*',
    'посл(?:а|ов|ом|у)',
    'посол',
    'консул*',
    'представител*',
    'гост(?:ей|и|я)',
    'министр*',
    'аким*',
    'губернатор*',
    'мэр*',
    'председател*',
    'президент*',
    'премьер*',
    'секретар*',
    'глав(?:у|а|ы)',
    'руководител*',
    'инвестор*',
  ],
  en: [
    'delegations?',
    'ambassadors?',
    'consuls?',
    'representatives?',
    'guests?',
    'ministers?',
    'akims?',
    'governors?',
    'mayors?',
    'chairm[ae]n',
    'presidents?',
    'premiers?',
    'secretar(?:y|ies)',
    'heads?',
    'leaders?',
    'investors?',
    'envoys?',
  ],
};

/** Words that mark the first of its kind: «алғашқы рейс», «первый рейс», "the maiden flight". */
export const FIRST_WORDS: WordTable = {
  kk: ['алғашқы', 'тұңғыш', 'бірінші', 'алғаш', '1-ші'],
  ru: ['перв(?:ый|ая|ое|ого|ой|ому|ым|ом|ые|ых|ую)', 'впервые', '1-(?:й|я|е|го)'],
  en: ['first', 'maiden', 'inaugural', 'debut', '1st'],
};

/** Words that celebrate: an anniversary is an event when it is marked («35 жылдығын атап өтеді», "celebrates"). */
export const CELEBRATION_WORDS: WordTable = {
  kk: ['атап өт*', 'тойла*', 'мерекеле*'],
  ru: ['отмет*', 'отмеча*', 'праздн*', 'честв*'],
  en: ['celebrat*', 'mark(?:s|ed|ing)?'],
};

/** Words of motion that make a train an event: it set off, it arrived («пойыз келіп жетті», "the train arrived"). */
export const TRAIN_MOTION_WORDS: WordTable = {
  kk: ['келіп жетті', 'келді', 'келеді', 'жол тарт*', 'жолға шық*', 'аттанды', 'аттанады', 'жүре бастайды', 'қатынай бастайды'],
  ru: ['прибыл*', 'прибуд*', 'отправ*', 'отправил*', 'курсирова*', 'пойдет', 'пошел'],
  en: ['arrived', 'arrives', 'departed', 'departs', 'set off', 'will run', 'began running', 'started running'],
};

/** Words naming a carrier next to its name («SCAT әуекомпаниясы», «лоукостер FlyArystan», "the airline"). */
export const CARRIER_WORDS: WordTable = {
  kk: ['әуекомпания*', 'авиакомпания*', 'лоукостер*', 'тасымалдаушы*'],
  ru: ['авиакомпани*', 'авиаперевозчик*', 'лоукостер*', 'перевозчик*'],
  en: ['airlines?', 'carriers?', 'low-cost', 'low-coster'],
};

/** English names of carriers have these shapes: "Air Astana", "China Southern Airlines", "FlyArystan", "Kazakhstan Railways". */
export const CARRIER_NAME = /\b(?:air|airlines?|airways|aviation|railways?|temir zholy)\b|^fly\p{Lu}/iu;

/**
 * Phrases that attribute what the sentence says to a source («со ссылкой на», "according to",
 * «мәліметінше»): the source is not a participant.
 */
export const ATTRIBUTION_WORDS: WordTable = {
  kk: ['мәліметінше', 'айтуынша', 'хабарлауынша', 'дерегінше', 'сәйкес', 'сілтеме жасап'],
  ru: ['со ссылкой на', 'по словам', 'по информации', 'по данным', 'согласно', 'как сообщает', 'как передает', 'по сообщению'],
  en: ['according to', 'citing', 'cited by', 'as reported by', 'quoted by'],
};

/**
 * A list header announcing routes («келесі рейстерді іске қосады:», «следующие направления:»,
 * "the following routes:"): a word saying "following" and a word for routes or flights.
 */
export const LIST_FOLLOWING_WORDS: WordTable = { kk: ['келесі', 'төмендегі*'], ru: ['следующ*', 'нижеследующ*'], en: ['following'] };
export const LIST_ROUTE_WORDS: WordTable = {
  kk: ['рейс*', 'бағыт*', 'әуе*', 'маршрут*'],
  ru: ['рейс*', 'направлени*', 'маршрут*', 'авиарейс*'],
  en: ['flights?', 'routes?', 'destinations?', 'services?'],
};


/** The kinds of cue a sentence's words are read for. */
export const CUE_TABLES = {
  launch: LAUNCH_WORDS,
  motion: TRAIN_MOTION_WORDS,
  happening: HAPPENING_WORDS,
  guest: GUEST_WORDS,
  celebration: CELEBRATION_WORDS,
  traveller: TRAVELLER_WORDS,
  consideration: CONSIDERATION_WORDS,
  condition: CONDITION_WORDS,
  anaphoric: ANAPHORIC_WORDS,
  definite: DEFINITE_WORDS,
  frameBefore: FRAMES_BEFORE,
  frameAfter: FRAMES_AFTER,
  containing: CONTAINING_FRAMES,
  plural: GENERIC_PLURALS,
  recurrence: RECURRENCE_WORDS,
  novelty: NOVELTY_WORDS,
  first: FIRST_WORDS,
  purpose: PURPOSE_WORDS,
  gratitude: GRATITUDE_WORDS,
  result: RESULT_WORDS,
  topicNoun: TOPIC_NOUNS,
  topicBefore: TOPICS_BEFORE,
  topicAfter: TOPICS_AFTER,
  carrier: CARRIER_WORDS,
  attribution: ATTRIBUTION_WORDS,
  recall: RECALL_WORDS,
  today: TODAY_WORDS,
} as const satisfies Readonly<Record<string, WordTable>>;

export type CueKind = keyof typeof CUE_TABLES | 'concept';

/** A cue word of a sentence: its kind, and for an object word the concept it names. */
export interface Cue {
  kind: CueKind;
  concept?: ObjectConcept;
}

function compileCues(language: Language): PhraseTable<Cue> {
  const rows: PhraseRow<Cue>[] = OBJECT_CONCEPTS.flatMap((concept) =>
    concept.words[language].map((phrase) => ({ words: splitPhrase(phrase), value: { kind: 'concept' as const, concept } })),
  );
  for (const [kind, table] of Object.entries(CUE_TABLES) as [keyof typeof CUE_TABLES, WordTable][]) {
    const value: Cue = { kind };
    for (const phrase of table[language]) rows.push({ words: splitPhrase(phrase), value });
  }
  return compilePhrases(rows);
}

/** Every cue table of a language in one: a sentence is read once for all of them (`findAllPhrases`). */
export const CUE_PHRASES: Readonly<Record<Language, PhraseTable<Cue>>> = {
  kk: compileCues('kk'),
  ru: compileCues('ru'),
  en: compileCues('en'),
};

function compileWords(table: WordTable): Readonly<Record<Language, PhraseTable<true>>> {
  const compile = (language: Language) =>
    compilePhrases(table[language].map((phrase) => ({ words: splitPhrase(phrase), value: true as const })));
  return { kk: compile('kk'), ru: compile('ru'), en: compile('en') };
}

export const RECENCY_PHRASES = compileWords(RECENCY_WORDS);
export const LIST_FOLLOWING_PHRASES = compileWords(LIST_FOLLOWING_WORDS);
export const LIST_ROUTE_PHRASES = compileWords(LIST_ROUTE_WORDS);
export const CARRIER_WORD_PHRASES = compileWords(CARRIER_WORDS);
