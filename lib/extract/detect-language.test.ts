import { describe, expect, test } from 'vitest';
import { collectLanguageEvidence, detectLanguage } from './detect-language';
import { FUNCTION_WORDS, KAZAKH_ONLY_LETTERS } from './language-markers';

const KAZAKH_SENTENCES = [
  'Ақтөбе облысының әкімі қытайлық инвесторлармен кездесіп, жаңа зауыт құрылысын талқылады.',
  'Үрімжі мен Алматы арасындағы жүк тасымалы биыл екі есеге өсті.',
  'Елшілік өкілдері мәдени апталықтың бағдарламасын таныстырды.',
  'Қостанай қаласында халықаралық агроөнеркәсіптік көрме ашылды.',
  'Министр сапар барысында екі ел арасындағы сауда көлемін арттыру жолдарын атап өтті.',
  'Форумға Қытайдың он екі провинциясынан кәсіпкерлер қатысты.',
  'Жоба бойынша жұмыстар келесі жылдың соңына дейін аяқталады.',
  'Бұл келісім білім беру саласындағы ынтымақтастықты кеңейтуге мүмкіндік береді.',
  'Тараптар туризм және логистика салаларындағы жобаларды қарастырды.',
  'Сиань қаласының делегациясы Түркістанға келді.',
  'Жиында темір жол арқылы контейнер тасымалын ұлғайту мәселесі де сөз болды.',
  'Биыл күзде Шыңжаңнан келген студенттер Семейдегі университетте оқи бастайды.',
];

const KAZAKH_WITH_RUSSIAN_LOANWORDS = [
  'Президент Астанада инвестициялық форумда сөз сөйледі, онда логистика, цифрландыру және инфрақұрылым мәселелері көтерілді.',
  'Компания директоры конференцияда жаңа терминал жобасын презентациялады.',
  'Депутаттар бюджет, транзит және кредит мәселелерін талқылады.',
  '«Казахстанская правда» газетінің тілшісі министрмен сұхбат жүргізді.',
  'Делегация құрамында профессор, инженер және архитектор болды.',
  'Германия мен Испания компаниялары Қарағандыдағы көрмеге қатысты.',
];

const RUSSIAN_SENTENCES = [
  'Аким Павлодарской области обсудил с китайскими партнёрами строительство нового завода.',
  'Грузооборот между Урумчи и Алматы в этом году вырос вдвое.',
  'Представители посольства представили программу недели культуры.',
  'В Костанае открылась международная сельскохозяйственная выставка.',
  'Министр отметил, что товарооборот двух стран будет расти.',
  'На форум приехали предприниматели из двенадцати провинций Китая.',
  'Работы по проекту завершатся к концу следующего года.',
  'Соглашение расширит сотрудничество в сфере образования.',
  'Стороны рассмотрели проекты в области туризма и логистики.',
  'Делегация города Сиань прибыла в Туркестан.',
  'Железнодорожный переход Алтынколь работает круглосуточно.',
  'Студенты из Синьцзяна начнут учёбу в Семее осенью.',
];

const RUSSIAN_WITH_KAZAKH_NAMES = [
  'Генеральный консул Ержан Сәрсенбаев встретился с руководством провинции Цзянсу и обсудил развитие торговли.',
  'По словам Айгүл Жұмабаевой, новый рейс начнёт работу в апреле.',
  'Фестиваль «Әз-Наурыз» собрал в Шанхае тысячи зрителей.',
  'Бауыржан Сәтбаев встретился с мэром города.',
  'Қасым-Жомарт Тоқаев прибыл в Пекин с государственным визитом.',
  'Сәрсенбаев: торговля растёт',
];

const ENGLISH_SENTENCES = [
  'The akim of Pavlodar region discussed a new plant with Chinese partners.',
  'Freight traffic between Urumqi and Almaty doubled this year.',
  'Embassy staff presented the programme of the culture week.',
  'An international agricultural fair opened in Kostanay.',
  'The minister said that trade between the two countries will grow.',
  'Entrepreneurs from twelve Chinese provinces came to the forum.',
  'Work on the project will be finished by the end of next year.',
  'The agreement expands cooperation in education.',
  'Both sides reviewed projects in tourism and logistics.',
  "A delegation from Xi'an arrived in Turkistan.",
  'The Altynkol rail crossing works around the clock.',
  'Students from Xinjiang will start classes in Semey this autumn.',
];

const ENGLISH_WITH_FOREIGN_NAMES = [
  'Consul General Бауыржан Сәтбаев met the mayor of Chengdu on Thursday.',
  'The newspaper «Егемен Қазақстан» published the interview with the minister.',
  'Officials from the Алматы akimat signed the memorandum with their partners.',
];

const SHORT_TITLES: Array<[string, 'kk' | 'ru' | 'en']> = [
  ['Шаңхайда кездесу өтті', 'kk'],
  ['Алматыға жаңа рейс', 'kk'],
  ['Қорғас арқылы жүк тасымалы', 'kk'],
  ['Алматы мен Шанхай', 'kk'],
  ['Ұлттық банк', 'kk'],
  ['Бас консул Шанхай мэрімен кездесті', 'kk'],
  ['Министрлiк өкiлдерi Бейжiңге барды', 'kk'],
  ['Новый рейс Алматы — Урумчи', 'ru'],
  ['В Астане открылся форум', 'ru'],
  ['Токаев и Си Цзиньпин провели переговоры', 'ru'],
  ['Аккошкаров встретился с мэром Шанхая', 'ru'],
  ['Тоқаев и Си Цзиньпин', 'ru'],
  ['Ақтау порты расширяется', 'ru'],
  ['New flight to Urumqi', 'en'],
  ['Almaty and Shanghai', 'en'],
  ['Tokayev meets Xi', 'en'],
  ['Astana Hub и Alibaba Cloud подписали соглашение', 'ru'],
];

describe('detectLanguage', () => {
  test.each(KAZAKH_SENTENCES)('kk: %s', (text) => expect(detectLanguage(text)).toBe('kk'));
  test.each(KAZAKH_WITH_RUSSIAN_LOANWORDS)('kk with Russian loanwords: %s', (text) =>
    expect(detectLanguage(text)).toBe('kk'),
  );
  test.each(RUSSIAN_SENTENCES)('ru: %s', (text) => expect(detectLanguage(text)).toBe('ru'));
  test.each(RUSSIAN_WITH_KAZAKH_NAMES)('ru with a Kazakh name: %s', (text) => expect(detectLanguage(text)).toBe('ru'));
  test.each(ENGLISH_SENTENCES)('en: %s', (text) => expect(detectLanguage(text)).toBe('en'));
  test.each(ENGLISH_WITH_FOREIGN_NAMES)('en with Cyrillic names: %s', (text) => expect(detectLanguage(text)).toBe('en'));
  test.each(SHORT_TITLES)('short title %s → %s', (text, language) => expect(detectLanguage(text)).toBe(language));

  test.each([
    ['kk', KAZAKH_SENTENCES.join(' ')],
    ['ru', RUSSIAN_SENTENCES.join(' ')],
    ['en', ENGLISH_SENTENCES.join(' ')],
    ['ru', [...RUSSIAN_SENTENCES, ...RUSSIAN_WITH_KAZAKH_NAMES].join('\n')],
    ['kk', [...KAZAKH_SENTENCES, ...KAZAKH_WITH_RUSSIAN_LOANWORDS].join('\n')],
    ['ru', `${RUSSIAN_SENTENCES.join(' ')} Цитата по-казахски: «Бұл біздің ортақ жетістігіміз».`],
    ['kk', `${KAZAKH_SENTENCES.join(' ')} The Belt and Road Initiative, Astana International Financial Centre.`],
  ])('a whole article in %s', (language, text) => expect(detectLanguage(text)).toBe(language));

  test.each([
    ['', 'en'],
    ['2026-2028', 'en'],
    ['— 15.03 —', 'en'],
    ['上海', 'en'],
  ])('text without letters of the three scripts (%j) falls back to %s', (text, language) =>
    expect(detectLanguage(text)).toBe(language),
  );

  test('upper-case Kazakh letters count', () => {
    expect(detectLanguage('ҚАЗАҚСТАН МЕН ҚЫТАЙ ӘРІПТЕСТІГІ')).toBe('kk');
    expect(detectLanguage('ҰЛТТЫҚ ҚОР')).toBe('kk');
  });
});

describe('language markers', () => {
  test('every Kazakh-only letter is listed in both cases', () => {
    for (const letter of 'әғқңөұүһі') {
      expect(KAZAKH_ONLY_LETTERS).toContain(letter);
      expect(KAZAKH_ONLY_LETTERS).toContain(letter.toUpperCase());
    }
  });

  test('no function word belongs to two languages', () => {
    const kk = new Set(FUNCTION_WORDS.kk);
    const ru = new Set(FUNCTION_WORDS.ru);
    expect(FUNCTION_WORDS.ru.filter((word) => kk.has(word))).toEqual([]);
    expect(FUNCTION_WORDS.en.filter((word) => kk.has(word) || ru.has(word))).toEqual([]);
  });

  test('evidence is weighted: capitalised words count less than lower-case ones', () => {
    const evidence = collectLanguageEvidence('Нұрлан встретился с мэром');
    expect(evidence.cyrillic).toBe(1 + 2 + 2 + 2);
    expect(evidence.kazakhLetterWords).toBe(1);
    expect(evidence.russianEndingWords).toBe(2);
    expect(evidence.functionWords).toEqual({ kk: 0, ru: 1, en: 0 });
  });
});
