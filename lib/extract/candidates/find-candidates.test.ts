import { describe, expect, test } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createMentionMatcher, findMentions } from '../mentions';
import type { Language, LocalizedNames, Mention } from '../types';
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

  test('a known person after a role word is left to the gazetteer', () => {
    expect(candidates('Президент Қасым-Жомарт Тоқаев Алматыға келді.', 'kk')).toEqual([]);
    // a first name before the known surname is not another person
    expect(candidates('President Kassym Kassym-Jomart Tokayev arrived.', 'en')).toEqual([]);
  });

  test.each([
    ['kk', 'Президент Жарлығымен жаңа комиссия құрылды.'],
    ['ru', 'Президент Республики подписал указ.'],
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
