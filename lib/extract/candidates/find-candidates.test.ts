import { describe, expect, test } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createMentionMatcher, findMentions } from '../mentions';
import type { EntityType, Language, LocalizedNames, Mention } from '../types';
import { createKnownNames, findCandidates } from './index';

const PLACE = { coordinates: { lat: 42, lon: 80 } };

const gazetteer = buildGazetteer([
  { key: 'urumqi', type: 'CITY', ...PLACE, names: { kk: 'Үрімжі', ru: 'Урумчи', en: 'Urumqi' } },
  { key: 'beijing', type: 'CITY', ...PLACE, names: { kk: 'Бейжің', ru: 'Пекин', en: 'Beijing' } },
  { key: 'almaty', type: 'CITY', ...PLACE, names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } },
  { key: 'kazakhstan', type: 'COUNTRY', names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' } },
  { key: 'china', type: 'COUNTRY', names: { kk: 'Қытай', ru: 'Китай', en: 'China' } },
  {
    key: 'tokayev',
    type: 'PERSON',
    names: { kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев', en: 'Kassym-Jomart Tokayev' },
    role: { kk: 'Президент', ru: 'Президент', en: 'President' },
  },
  { key: 'hong-kong', type: 'CITY', ...PLACE, names: { kk: 'Гонконг', ru: 'Гонконг', en: 'Hong Kong' } },
  // Known under other spellings than the texts below use: merged across scripts.
  {
    key: 'aidar-iskakov',
    type: 'PERSON',
    names: { kk: 'Айдар Ысқақов', ru: 'Айдар Искаков', en: 'Aidar Iskakov' },
    role: { kk: 'Әкім', ru: 'Аким', en: 'Akim' },
  },
  {
    key: 'han-chunlin',
    type: 'PERSON',
    names: { kk: 'Хань Чуньлинь', ru: 'Хань Чуньлинь', en: 'Han Chunlin' },
    role: { kk: 'Елші', ru: 'Посол', en: 'Ambassador' },
  },
  { key: 'kazpravda', type: 'ORGANIZATION', names: { kk: 'Казправда', ru: 'Казахстанская правда', en: 'Kazpravda' } },
]);
const matcher = createMentionMatcher(gazetteer);
const knownNames = createKnownNames(gazetteer);

interface Found {
  text: string;
  key: string;
  names: LocalizedNames;
}

/** Candidates of a body, after checking the invariants every result must keep. */
function candidates(body: string, language: Language): Found[] {
  const known = findMentions(body, language, matcher);
  const found = findCandidates(body, language, known, knownNames);
  expectSound(body, known, found);
  return found.map((mention) => ({ text: mention.text, key: mention.entity.key, names: mention.entity.names }));
}

function expectSound(body: string, known: readonly Mention[], found: readonly Mention[]): void {
  let previousEnd = 0;
  for (const mention of found) {
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    for (const other of known) expect(mention.start >= other.end || mention.end <= other.start).toBe(true);
    expect(mention.entity.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    previousEnd = mention.end;
  }
}

interface FoundEntity {
  text: string;
  key: string;
  type: EntityType;
  known: boolean;
  names: LocalizedNames;
}

/** Candidates with their type and whether they link to a known entity. */
function entities(body: string, language: Language): FoundEntity[] {
  const known = findMentions(body, language, matcher);
  const found = findCandidates(body, language, known, knownNames);
  expectSound(body, known, found);
  return found.map(({ text, entity }) => ({ text, key: entity.key, type: entity.type, known: entity.known, names: entity.names }));
}

function texts(body: string, language: Language): string[] {
  return candidates(body, language).map((mention) => mention.text);
}

function person(text: string, kk: string, ru: string, en: string, key: string): Found {
  return { text, key: `candidate-person-${key}`, names: { kk, ru, en } };
}

describe('people next to a role word', () => {
  test.each([
    [
      'kk',
      'Қазақстанның Бейжіңдегі елшісі Ерлан Сәрсенбаев Үрімжі әкімі Чжан Вэйминьмен кездесті.',
      [
        person('Ерлан Сәрсенбаев', 'Ерлан Сәрсенбаев', 'Ерлан Сарсенбаев', 'Yerlan Sarsenbayev', 'yerlan-sarsenbayev'),
        person('Чжан Вэйминьмен', 'Чжан Вэйминь', 'Чжан Вэйминь', 'Zhang Weimin', 'zhang-weimin'),
      ],
    ],
    [
      'kk',
      'Комитет төрағасының орынбасары Айгүл Мұратова баяндама жасады.',
      [person('Айгүл Мұратова', 'Айгүл Мұратова', 'Айгул Муратова', 'Aygul Muratova', 'aygul-muratova')],
    ],
    [
      'kk',
      'Алқада Марат Бекетаев, депутат, сөз сөйледі.',
      [person('Марат Бекетаев', 'Марат Бекетаев', 'Марат Бекетаев', 'Marat Beketayev', 'marat-beketayev')],
    ],
    [
      'ru',
      'Генеральный консул Казахстана в Урумчи Ержан Кистафин провёл приём.',
      [person('Ержан Кистафин', 'Ержан Кистафин', 'Ержан Кистафин', 'Yerzhan Kistafin', 'yerzhan-kistafin')],
    ],
    [
      'ru',
      'Переговоры с послом Нурланом Сейтимовым и мэром Урумчи Ли Цзюнем продолжились.',
      [
        person('Нурланом Сейтимовым', 'Нурлан Сейтимов', 'Нурлан Сейтимов', 'Nurlan Seytimov', 'nurlan-seytimov'),
        person('Ли Цзюнем', 'Ли Цзюнь', 'Ли Цзюнь', 'Li Jun', 'li-jun'),
      ],
    ],
    [
      'ru',
      'Посол Анна Иванова вручила верительные грамоты.',
      [person('Анна Иванова', 'Анна Иванова', 'Анна Иванова', 'Anna Ivanova', 'anna-ivanova')],
    ],
    [
      'en',
      'Ambassador Yerlan Sarsenbayev met Urumqi Mayor Zhang Weimin on Monday.',
      [
        person('Yerlan Sarsenbayev', 'Yerlan Sarsenbayev', 'Yerlan Sarsenbayev', 'Yerlan Sarsenbayev', 'yerlan-sarsenbayev'),
        person('Zhang Weimin', 'Чжан Вэйминь', 'Чжан Вэйминь', 'Zhang Weimin', 'zhang-weimin'),
      ],
    ],
    [
      'en',
      "Li Hua, deputy head of the municipal office, praised Consul General Aidar Nurov's plan.",
      [
        person('Li Hua', 'Ли Хуа', 'Ли Хуа', 'Li Hua', 'li-hua'),
        person('Aidar Nurov', 'Aidar Nurov', 'Aidar Nurov', 'Aidar Nurov', 'aidar-nurov'),
      ],
    ],
  ] as const)('%s: %s', (language, body, expected) => {
    expect(candidates(body, language)).toEqual(expected);
  });

  test.each([
    ['kk', 'Университет ректоры Ғалым Бекенов қонақтарды қарсы алды.', 'Ғалым Бекенов'],
    ['ru', 'Церемонию открыл начальник департамента полковник Асхат Ахметов.', 'Асхат Ахметов'],
    ['en', 'John Carter, rector of the university, signed the agreement.', 'John Carter'],
  ] as const)('ranks and academic posts are roles too, %s: %s', (language, body, text) => {
    expect(texts(body, language)).toEqual([text]);
  });

  test('a known person after a role word is left to the gazetteer', () => {
    expect(candidates('Президент Қасым-Жомарт Тоқаев Алматыға келді.', 'kk')).toEqual([]);
    // a first name before the known surname is not another person
    expect(candidates('President Kassym Kassym-Jomart Tokayev arrived.', 'en')).toEqual([]);
  });

  test.each([
    ['ru', 'Заместитель акима области Динара Касенова открыла форум.', 'Динара Касенова'],
    ['ru', 'Встреча с заместителем акима области Динарой Касеновой прошла в Урумчи.', 'Динара Касенова'],
    ['ru', 'Поблагодарили заместителя акима Нурлана Сейтимова.', 'Нурлан Сейтимов'],
  ] as const)('a name agrees with the first role of the phrase, not with its genitive complement: %s', (language, body, name) => {
    expect(candidates(body, language).map((mention) => mention.names.ru)).toEqual([name]);
  });

  test.each([
    ['kk', 'Президент Жарлығымен жаңа комиссия құрылды.'],
    ['ru', 'Президент Республики подписал указ.'],
    ['ru', 'Встреча прошла с Председателем Сената Парламента.'],
    ['en', 'The Head of State arrived.'],
  ] as const)('a capitalised word after a role is not always a name: %s', (language, body) => {
    expect(candidates(body, language)).toEqual([]);
  });

  test('an organisation between a role and a name is passed over', () => {
    const found = candidates('По словам заместителя председателя Комитета по инвестициям Айдара Нурова, проект одобрен.', 'ru');
    expect(found.map((mention) => [mention.text, mention.names.ru])).toEqual([
      ['Комитета по инвестициям', 'Комитет по инвестициям'],
      ['Айдара Нурова', 'Айдар Нуров'],
    ]);
  });

  test('an unknown place between a role and a name stays out of the name', () => {
    const found = candidates('Secretary of Guangdong Huang Kunming and Director General Ivan Petrov spoke.', 'en');
    expect(found.map((mention) => [mention.text, mention.names.ru])).toEqual([
      ['Huang Kunming', 'Хуан Куньмин'],
      ['Ivan Petrov', 'Ivan Petrov'],
    ]);
  });
});

describe('people given by initials', () => {
  test.each([
    ['kk', 'Кездесуде Н.Қошанов сөз сөйледі.', [person('Н.Қошанов', 'Н. Қошанов', 'Н. Кошанов', 'N. Koshanov', 'n-koshanov')]],
    ['kk', 'Кездесуде Н. Қошановтың баяндамасы тыңдалды.', [person('Н. Қошановтың', 'Н. Қошанов', 'Н. Кошанов', 'N. Koshanov', 'n-koshanov')]],
    ['ru', 'Об этом заявил А.Б. Нурпеисов.', [person('А.Б. Нурпеисов', 'А.Б. Нурпеисов', 'А.Б. Нурпеисов', 'A.B. Nurpeisov', 'a-b-nurpeisov')]],
    ['en', 'N. Koshanov chaired the session.', [person('N. Koshanov', 'N. Koshanov', 'N. Koshanov', 'N. Koshanov', 'n-koshanov')]],
  ] as const)('%s: %s', (language, body, expected) => {
    expect(candidates(body, language)).toEqual(expected);
  });

  test('initials after the full name link to the same person', () => {
    const found = candidates('Елші Ерлан Сәрсенбаев сөйледі. Кейін Е. Сәрсенбаев сұрақтарға жауап берді.', 'kk');
    expect(found.map((mention) => [mention.text, mention.key])).toEqual([
      ['Ерлан Сәрсенбаев', 'candidate-person-yerlan-sarsenbayev'],
      ['Е. Сәрсенбаев', 'candidate-person-yerlan-sarsenbayev'],
    ]);
  });

  test.each([
    ['kk', 'Тізім: А. Бұл жаңалық емес.'],
    ['en', 'The U.S. President spoke.'],
    ['ru', 'Пункт Б. Новые правила.'],
  ] as const)('not initials: %s', (language, body) => {
    expect(candidates(body, language)).toEqual([]);
  });
});

describe('organisations on a head word', () => {
  test.each([
    [
      'kk',
      'Ұлттық экономика министрлігінің өкілі қатысты.',
      'Ұлттық экономика министрлігінің',
      'Ұлттық экономика министрлігі',
      'Ulttyk ekonomika ministrligi',
    ],
    ['kk', 'Жобаны «Бәйтерек» ұлттық холдингі қаржыландырады.', '«Бәйтерек» ұлттық холдингі', 'Бәйтерек ұлттық холдингі', 'Bayterek ulttyk kholdingi'],
    ['ru', 'Министерство торговли и интеграции сообщило о росте.', 'Министерство торговли и интеграции', 'Министерство торговли и интеграции', 'Ministerstvo torgovli i integratsii'],
    ['ru', 'Кредит Евразийского банка развития одобрен.', 'Евразийского банка развития', 'Евразийский банк развития', 'Yevraziyskiy bank razvitiya'],
    [
      'ru',
      'Заседание Постоянного комитета Всекитайского собрания народных представителей завершилось.',
      'Постоянного комитета Всекитайского собрания народных представителей',
      'Постоянный комитет Всекитайского собрания народных представителей',
      'Postoyannyy komitet Vsekitayskogo sobraniya narodnykh predstaviteley',
    ],
    ['en', 'The Ministry of Trade and Integration said so.', 'Ministry of Trade and Integration', 'Ministry of Trade and Integration', 'Ministry of Trade and Integration'],
    ['en', 'A loan from the Eurasian Development Bank was approved.', 'Eurasian Development Bank', 'Eurasian Development Bank', 'Eurasian Development Bank'],
  ] as const)('%s: %s', (language, body, text, lemma, en) => {
    const [organization, ...rest] = candidates(body, language);
    expect(rest).toEqual([]);
    expect(organization?.text).toBe(text);
    expect(organization?.names[language]).toBe(lemma);
    expect(organization?.names.en).toBe(en);
    expect(organization?.key.startsWith('candidate-organization-')).toBe(true);
  });

  test('a known place at the edge of an organisation name stays out of it', () => {
    expect(candidates('The Almaty Development Centre opened.', 'en').map((mention) => mention.text)).toEqual([
      'Development Centre',
    ]);
  });
});

describe('ordinary capitalised words are not candidates', () => {
  test.each([
    ['kk', 'Бүгін Жаңа технологиялар туралы айтылды. Тараптар келісті. Бұл комитеті жұмыс істейді.'],
    ['ru', 'Сегодня Новые правила вступили в силу. Стороны согласились. Банк сообщил.'],
    ['en', 'Today New rules apply. However, Officials agreed. The Office said.'],
  ] as const)('%s: %s', (language, body) => {
    expect(candidates(body, language)).toEqual([]);
  });
});

describe('later mentions link to the same candidate', () => {
  test.each([
    ['kk', 'Канцелярия басшысы Чжоу Лин сөз алды. Чжоу Линнің айтуынша, жоба биыл басталады.', ['Чжоу Лин', 'Чжоу Линнің']],
    ['kk', 'Елші Ерлан Сәрсенбаев келді. Сәрсенбаевтың айтуынша, келісім дайын.', ['Ерлан Сәрсенбаев', 'Сәрсенбаевтың']],
    ['ru', 'Посол Ержан Кистафин выступил. Кистафина поблагодарили за доклад.', ['Ержан Кистафин', 'Кистафина']],
    ['en', "Mayor Zhang Weimin spoke. Zhang Weimin's plan was approved.", ['Zhang Weimin', 'Zhang Weimin']],
  ] as const)('%s: %s', (language, body, texts) => {
    const found = candidates(body, language);
    expect(found.map((mention) => mention.text)).toEqual(texts);
    expect(new Set(found.map((mention) => mention.key)).size).toBe(1);
  });
});

describe('odd input', () => {
  test.each([
    ['empty', ''],
    ['initials only', 'А. Б. В. Г.'.repeat(500)],
    ['roles only', 'мэр посол аким '.repeat(2_000)],
    ['capitals only', 'Ааа Ббб Ввв министрлігі '.repeat(2_000)],
    ['one very long word', 'Министрлігі'.repeat(10_000)],
  ])('%s', (_name, body) => {
    expect(() => candidates(body, 'kk')).not.toThrow();
    expect(() => candidates(body, 'ru')).not.toThrow();
  });
});

describe('people without a role word', () => {
  test.each([
    ['kk', 'Кеше Марат Қарабаев пен Лю Вэй келіссөз жүргізді.', ['Марат Қарабаев', 'Лю Вэй'], ['Марат Қарабаев', 'Лю Вэй']],
    ['kk', 'Жиынға Айгерім Сәрсенова мен Нұрлан Серікұлы қатысты.', ['Айгерім Сәрсенова', 'Нұрлан Серікұлы'], ['Айгерім Сәрсенова', 'Нұрлан Серікұлы']],
    ['kk', 'Біз Ерлан Бекбаевтың ұсынысын қолдадық.', ['Ерлан Бекбаевтың'], ['Ерлан Бекбаев']],
    ['kk', 'Нурдаулет Килыбай жобаны таныстырды.', ['Нурдаулет Килыбай'], ['Нурдаулет Килыбай']],
    ['kk', 'Суретті түсірген Ерлан ӘЛІМОВ', ['Ерлан ӘЛІМОВ'], ['Ерлан Әлімов']],
    ['ru', 'Встреча с Нурымбетом Сактагановым прошла в Урумчи.', ['Нурымбетом Сактагановым'], ['Нурымбет Сактаганов']],
    ['ru', 'Делегацию принял Нурлан Сауранбаева, затем выступила Айгерим Сауранбаева.', ['Нурлан Сауранбаева', 'Айгерим Сауранбаева'], ['Нурлан Сауранбаев', 'Айгерим Сауранбаева']],
    ['ru', 'Иван Петрович Сидоров открыл выставку.', ['Иван Петрович Сидоров'], ['Иван Петрович Сидоров']],
    ['ru', 'На форуме выступил Ма Синжуй.', ['Ма Синжуй'], ['Ма Синжуй']],
    ['en', 'Serik Zhumangarin met investors, and Timur Tlegenov answered questions.', ['Serik Zhumangarin', 'Timur Tlegenov'], ['Serik Zhumangarin', 'Timur Tlegenov']],
    ['en', 'Duan Zhiyuan traveled to Almaty. Duan said the trip mattered.', ['Duan Zhiyuan', 'Duan'], ['Duan Zhiyuan', 'Duan Zhiyuan']],
  ] as const)('%s: %s', (language, body, expectedTexts, expectedNames) => {
    const found = entities(body, language);
    expect(found.map((mention) => mention.text)).toEqual(expectedTexts);
    expect(found.map((mention) => mention.names[language])).toEqual(expectedNames);
    expect(found.every((mention) => mention.type === 'PERSON' && !mention.known)).toBe(true);
  });

  test('the Latin names are the transliteration or the pinyin', () => {
    expect(entities('На форуме выступил Ма Синжуй.', 'ru')[0]?.names.en).toBe('Ma Xingrui');
    expect(entities('Форумға Лю Вэй қатысты.', 'kk')[0]?.names.en).toBe('Liu Wei');
    expect(entities('Встреча с Нурымбетом Сактагановым прошла.', 'ru')[0]?.key).toBe('candidate-person-nurymbet-saktaganov');
  });

  test.each([
    ['kk', 'Жеңімпаздар: А. Бекқожаев, В. Гүлжанова және Т. Әлиев.', ['А. Бекқожаев', 'В. Гүлжанова', 'Т. Әлиев']],
    ['kk', 'Концертке Роза Рымбаева, Нұрлан Әлімов және Қайрат Нұртас қатысты.', ['Роза Рымбаева', 'Нұрлан Әлімов', 'Қайрат Нұртас']],
    ['ru', 'В жюри вошли Асель Нурова, Марат Беков и Дана Ким.', ['Асель Нурова', 'Марат Беков', 'Дана Ким']],
    ['en', 'The award went to Aliya Nurova, Marat Bekov and Askar Umarov.', ['Aliya Nurova', 'Marat Bekov', 'Askar Umarov']],
  ] as const)('lists of participants, %s: %s', (language, body, expected) => {
    expect(texts(body, language)).toEqual(expected);
  });

  test('a surname ending that places share needs more: a first name, or the surname alone again', () => {
    expect(texts('Dariga Kistafin opened the fair. Later Kistafin thanked the guests.', 'en')).toEqual(['Dariga Kistafin', 'Kistafin']);
    expect(texts('Dariga Kistafin opened the fair.', 'en')).toEqual([]);
    expect(texts('Mr. Dariga Kistafin opened the fair.', 'en')).toEqual(['Dariga Kistafin']);
  });

  test.each([
    ['kk', 'Қаныш Сәтбаев көшесінде жол жөнделді.'],
    ['kk', 'Керуендер Ұлы Жібек жолы бойымен жүрді.'],
    ['kk', 'Павлодар мен Көкшетау арасында пойыз жүреді.'],
    ['ru', 'На улице Ахмета Байтурсынова открыли кафе.'],
    ['ru', 'Туристы посетили Ростов Великий и Сергиев Посад.'],
    ['ru', 'Поезд идет через Восточного Казахстана станции.'],
    ['en', 'Flights to West Berlin and Latin America resumed.'],
    ['en', 'A new cafe opened on Kanysh Satbayev Avenue.'],
    ['en', 'Hikers crossed the Tian Shan mountains near Hong Kong Street.'],
    ['en', 'The Long March began in October.'],
  ] as const)('not people, %s: %s', (language, body) => {
    expect(candidates(body, language).filter((mention) => mention.key.startsWith('candidate-person'))).toEqual([]);
  });
});

describe('Chinese names in Cyrillic after role words, in their Russian case forms', () => {
  test.each([
    ['ru', 'Встреча с первым секретарем парткома провинции У Сяоцзюнем прошла в Алматы.', 'У Сяоцзюнем', 'У Сяоцзюнь', 'Wu Xiaojun'],
    ['ru', 'Выступил заместитель директора музея Чжан Чэнмин.', 'Чжан Чэнмин', 'Чжан Чэнмин', 'Zhang Chengming'],
    ['ru', 'Поблагодарили заместителя директора музея Чжан Чэнмина.', 'Чжан Чэнмина', 'Чжан Чэнмин', 'Zhang Chengming'],
    ['ru', 'Делегацию возглавил губернатор провинции Ли Синжуем.', 'Ли Синжуем', 'Ли Синжуй', 'Li Xingrui'],
    ['kk', 'Провинция губернаторы Ван Цзюньдің айтуынша, жоба басталды.', 'Ван Цзюньдің', 'Ван Цзюнь', 'Wang Jun'],
    ['en', 'Duan Peng, principal of the university, and Governor Wang Jun spoke.', 'Wang Jun', 'Wang Jun', 'Wang Jun'],
  ] as const)('%s: %s', (language, body, text, lemma, en) => {
    const found = entities(body, language).find((mention) => mention.text === text);
    expect(found?.names[language]).toBe(lemma);
    expect(found?.names.en).toBe(en);
  });
});

describe('outlets written as domains', () => {
  test.each([
    ['kk', 'Бұл туралы Egemen.kz хабарлайды.', 'Egemen.kz', 'Egemen.kz'],
    ['kk', 'Бұл туралы BAQ.KZ тілшісі хабарлады.', 'BAQ.KZ', 'BAQ.kz'],
    ['ru', 'Об этом сообщает BAQ.kz со ссылкой на акимат.', 'BAQ.kz', 'BAQ.kz'],
    ['ru', 'Об этом пишет rail-news.kz.', 'rail-news.kz', 'Rail-news.kz'],
    ['ru', 'Подробности на сайте kaz.inform.kz.', 'kaz.inform.kz', 'Kaz.inform.kz'],
    ['en', 'The report was first published by Travelpress.kz on Monday.', 'Travelpress.kz', 'Travelpress.kz'],
    ['en', 'Photo: www.lada.kz', 'lada.kz', 'Lada.kz'],
  ] as const)('%s: %s', (language, body, text, name) => {
    const [outlet, ...rest] = entities(body, language);
    expect(rest).toEqual([]);
    expect(outlet?.text).toBe(text);
    expect(outlet?.type).toBe('ORGANIZATION');
    expect(outlet?.names).toEqual({ kk: name, ru: name, en: name });
  });

  test('one outlet whatever the letter case', () => {
    expect(entities('BAQ.KZ тілшісі хабарлады.', 'kk')[0]?.key).toBe(entities('Об этом сообщает BAQ.kz.', 'ru')[0]?.key);
  });

  test.each([
    ['en', 'Read it at https://zakon.kz/news/123 today.'],
    ['en', 'Write to info@zakon.kz for details.'],
    ['en', 'The meeting ended.In Almaty it rained.'],
    ['ru', 'Встреча завершилась, т.е. все разошлись.'],
  ] as const)('not outlets, %s: %s', (language, body) => {
    expect(texts(body, language)).toEqual([]);
  });
});

describe('quoted names with a legal form or a group word', () => {
  test.each([
    ['kk', 'Кеше «Дос-Мұқасан» тобының концерті өтті.', '«Дос-Мұқасан» тобының', { kk: '«Дос-Мұқасан» тобы', ru: 'группа «Дос-Мұқасан»', en: 'Dos-Mukasan band' }],
    ['kk', '"Жолаушылар тасымалы" АҚ жаңа пойыз іске қосты.', '"Жолаушылар тасымалы" АҚ', { kk: '«Жолаушылар тасымалы» АҚ', ru: 'АО «Жолаушылар тасымалы»', en: 'Zholaushylar tasymaly JSC' }],
    ['kk', 'Келісімге «Теңіз порты» ЖШС қол қойды.', '«Теңіз порты» ЖШС', { kk: '«Теңіз порты» ЖШС', ru: 'ТОО «Теңіз порты»', en: 'Teniz porty LLP' }],
    ['ru', 'Договор подписало ТОО «Шелковый путь».', 'ТОО «Шелковый путь»', { kk: '«Шелковый путь» ЖШС', ru: 'ТОО «Шелковый путь»', en: 'Shelkovyy put LLP' }],
    ['ru', 'На празднике выступил ансамбль «Сазген».', 'ансамбль «Сазген»', { kk: '«Сазген» ансамблі', ru: 'ансамбль «Сазген»', en: 'Sazgen Ensemble' }],
    ['ru', 'Меморандум подписан с «Группой санитарной очистки города».', '«Группой санитарной очистки города»', { kk: 'Группа санитарной очистки города', ru: 'Группа санитарной очистки города', en: 'Gruppa sanitarnoy ochistki goroda' }],
    ['ru', 'Об этом передает «Голос народа».', '«Голос народа»', { kk: 'Голос народа', ru: 'Голос народа', en: 'Golos naroda' }],
    ['en', 'At the festival, the "Roksonaki" band played.', '"Roksonaki" band', { kk: '«Roksonaki» тобы', ru: 'группа «Roksonaki»', en: 'Roksonaki band' }],
    ['en', 'The deal with Teniz Port LLP was signed.', 'Teniz Port LLP', { kk: '«Teniz Port» ЖШС', ru: 'ТОО «Teniz Port»', en: 'Teniz Port LLP' }],
  ] as const)('%s: %s', (language, body, text, names) => {
    const [organization, ...rest] = entities(body, language);
    expect(rest).toEqual([]);
    expect(organization?.text).toBe(text);
    expect(organization?.type).toBe('ORGANIZATION');
    expect(organization?.names).toEqual(names);
  });

  test.each([
    ['kk', '«Нұрлы жол» бағдарламасы жалғасады.'],
    ['kk', '«Біз дайынбыз», – деді ол.'],
    ['ru', 'Начался проект «Зеленый мост».'],
    ['en', 'He called it "a new chapter" of cooperation.'],
  ] as const)('not organisations, %s: %s', (language, body) => {
    expect(texts(body, language)).toEqual([]);
  });
});

describe('districts and settlements', () => {
  test.each([
    ['kk', 'Делегация Тайынша ауданына барды.', 'Тайынша ауданына', 'REGION', { kk: 'Тайынша ауданы', ru: 'район Тайынша', en: 'Tayynsha District' }],
    ['kk', 'Жиын Қарабұлақ ауылында өтті.', 'Қарабұлақ ауылында', 'CITY', { kk: 'Қарабұлақ', ru: 'Карабулак', en: 'Karabulak' }],
    ['ru', 'Аким района Мақаншы Даурен Койгелдин открыл школу.', 'района Мақаншы', 'REGION', { kk: 'Мақаншы ауданы', ru: 'район Маканшы', en: 'Makanshy District' }],
    ['ru', 'Праздник прошел в селе Нарынкол.', 'селе Нарынкол', 'CITY', { kk: 'Нарынкол', ru: 'Нарынкол', en: 'Narynkol' }],
    ['ru', 'Фермеры Тайыншинского района собрали урожай.', 'Тайыншинского района', 'REGION', { kk: 'Тайыншинский район', ru: 'Тайыншинский район', en: 'Tayynshinskiy District' }],
    ['en', 'Farmers in Zhanakorgan District harvested wheat.', 'Zhanakorgan District', 'REGION', { kk: 'Zhanakorgan District', ru: 'Zhanakorgan District', en: 'Zhanakorgan District' }],
    ['en', 'The delegation visited Zhaosu County.', 'Zhaosu County', 'REGION', { kk: 'Zhaosu County', ru: 'Zhaosu County', en: 'Zhaosu County' }],
  ] as const)('%s: %s', (language, body, text, type, names) => {
    const place = entities(body, language).find((mention) => mention.type === type);
    expect(place?.text).toBe(text);
    expect(place?.names).toEqual(names);
    expect(place?.known).toBe(false);
  });

  test.each([
    ['kk', 'Бұл ауданда жаңа мектеп ашылды.'],
    ['kk', 'Алматы ауданы тұрғындары жиналды.'],
    ['ru', 'В районе ста человек вышли на субботник.'],
    ['ru', 'В районе Алматы прошел дождь.'],
    ['en', 'The Central District was closed.'],
    ['en', 'The Almaty District Court ruled.'],
  ] as const)('not places, %s: %s', (language, body) => {
    expect(entities(body, language).filter((mention) => mention.type === 'REGION' || mention.type === 'CITY')).toEqual([]);
  });
});

describe('no candidate from a bare or truncated head', () => {
  test.each([
    ['kk', 'Мемлекеттік кеңесі мәлімдеме жасады.'],
    ['kk', 'Бұл ақпаратты Халықаралық орталығы растады.'],
    ['ru', 'Национальный музей открылся после ремонта.'],
    ['ru', 'Об этом сообщила Канцелярия иностранных.'],
    ['en', 'The News Agency said so.'],
    ['en', 'The Cultural Center opened.'],
    ['en', 'Li Ming, director of External Relations for the province, spoke.'],
    ['en', 'Mayor Ai spoke.'],
  ] as const)('%s: %s', (language, body) => {
    expect(candidates(body, language).filter((mention) => !mention.key.includes('li-ming'))).toEqual([]);
  });

  test.each([
    ['ru', 'Национальный музей Казахстана открылся после ремонта.', 'Национальный музей', 'Национальный музей Казахстана'],
    ['en', 'Students of Almaty International University won.', 'International University', 'Almaty International University'],
    ['en', 'Beijing Language and Culture University opened a branch.', 'Language and Culture University', 'Beijing Language and Culture University'],
    ['en', 'Representatives of the Trade and Integration Ministry attended.', 'Trade and Integration Ministry', 'Trade and Integration Ministry'],
  ] as const)('a known place beside a generic name names it, %s: %s', (language, body, text, name) => {
    const [organization, ...rest] = entities(body, language);
    expect(rest).toEqual([]);
    expect(organization?.text).toBe(text);
    expect(organization?.names[language]).toBe(name);
  });
});

describe('a line in Title Case', () => {
  test.each([
    ['en', 'Chinese Airlines Boost Flights To Kazakhstan\nChinese airlines plan more flights.', []],
    ['en', 'Officials Meet Timur Tlegenov In Almaty\nThe talks went well.', []],
    ['en', 'Loong Airlines Adds Flights To Almaty\nLoong Airlines adds flights.', ['Loong Airlines']],
    ['en', 'Mayor Zhang Weimin Visits Almaty\nThe visit began.', ['Zhang Weimin']],
    ['en', 'Mayor Meets Business Delegation\nThe visit began.', []],
    ['en', 'Zakon.kz Reports New Flights From Almaty\nFlights resume.', ['Zakon.kz']],
    ['en', 'Timur Tlegenov met Serik Bekov in Almaty.', ['Timur Tlegenov', 'Serik Bekov']],
  ] as const)('%s: %s', (language, body, expected) => {
    expect(texts(body, language)).toEqual(expected);
  });
});

describe('a candidate named in another script or spelling merges into the known entity', () => {
  test.each([
    ['ru', 'На встрече выступил Айдар Ыскаков.', 'Айдар Ыскаков', 'aidar-iskakov'],
    ['en', 'The talks were opened by Aidar Yskakov.', 'Aidar Yskakov', 'aidar-iskakov'],
    ['kk', 'Елші Хань Чуньлин сөз сөйледі.', 'Хань Чуньлин', 'han-chunlin'],
  ] as const)('%s: %s', (language, body, text, key) => {
    const [mention, ...rest] = entities(body, language);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ text, key, known: true });
  });

  test('a later surname of the merged person links to it too', () => {
    const found = entities('На встрече выступил Айдар Ыскаков. Ыскаков рассказал о планах.', 'ru');
    expect(found.map((mention) => [mention.text, mention.key])).toEqual([
      ['Айдар Ыскаков', 'aidar-iskakov'],
      ['Ыскаков', 'aidar-iskakov'],
    ]);
  });

  test('an outlet the gazetteer knows by its name is left to the gazetteer, domain or not', () => {
    expect(entities('The report was published by Kazpravda.kz on Monday.', 'en')).toEqual([]);
  });

  test('a different name with a similar sound stays a candidate', () => {
    expect(entities('На встрече выступил Айдар Искендиров.', 'ru')[0]).toMatchObject({ known: false });
  });
});
