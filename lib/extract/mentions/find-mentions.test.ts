import { describe, expect, test } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import type { Language, Mention } from '../types';
import { createMentionMatcher, findMentions } from './index';

const PLACE = { coordinates: { lat: 40, lon: 80 } };

const gazetteer = buildGazetteer([
  { key: 'shanghai', type: 'CITY', ...PLACE, names: { kk: 'Шаңхай', ru: 'Шанхай', en: 'Shanghai' } },
  { key: 'almaty', type: 'CITY', ...PLACE, names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' }, aliases: { ru: ['Алма-Ата'] } },
  {
    key: 'astana',
    type: 'CITY',
    ...PLACE,
    names: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
    aliases: { kk: ['Ақмола', 'Нұр-Сұлтан'], ru: ['Нур-Султан'], en: ['Nur-Sultan'] },
  },
  {
    key: 'urumqi',
    type: 'CITY',
    ...PLACE,
    names: { kk: 'Үрімжі', ru: 'Урумчи', en: 'Urumqi' },
    aliases: { kk: ['Үрімжі қаласы'], ru: ['город Урумчи'] },
  },
  { key: 'almaty-region', type: 'REGION', ...PLACE, names: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
  {
    key: 'kazakhstan',
    type: 'COUNTRY',
    names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' },
    aliases: { kk: ['ҚР', 'Қазақстан Республикасы'], ru: ['РК', 'Республика Казахстан'], en: ['Republic of Kazakhstan'] },
  },
  {
    key: 'china',
    type: 'COUNTRY',
    names: { kk: 'Қытай', ru: 'Китай', en: 'China' },
    aliases: { kk: ['ҚХР'], ru: ['КНР'], en: ['PRC'] },
  },
  {
    key: 'tokayev',
    type: 'PERSON',
    names: { kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев', en: 'Kassym-Jomart Tokayev' },
    aliases: { kk: ['Тоқаев'], ru: ['Токаев'], en: ['Tokayev'] },
    role: { kk: 'Президент', ru: 'Президент', en: 'President' },
  },
  {
    key: 'wang-yi',
    type: 'PERSON',
    names: { kk: 'Ван И', ru: 'Ван И', en: 'Wang Yi' },
    role: { kk: 'Сыртқы істер министрі', ru: 'Министр иностранных дел', en: 'Foreign Minister' },
  },
  {
    key: 'mfa-kz',
    type: 'ORGANIZATION',
    names: {
      kk: 'Қазақстан Республикасы Сыртқы істер министрлігі',
      ru: 'Министерство иностранных дел Республики Казахстан',
      en: 'Ministry of Foreign Affairs of Kazakhstan',
    },
    aliases: { kk: ['ҚР СІМ'], ru: ['МИД РК', 'Министерство иностранных дел Казахстана'] },
  },
  {
    key: 'akimat-almaty',
    type: 'ORGANIZATION',
    names: { kk: 'Алматы қаласы әкімдігі', ru: 'Акимат города Алматы', en: 'Akimat of Almaty' },
  },
  {
    key: 'shanghai-government',
    type: 'ORGANIZATION',
    names: { kk: 'Шаңхай қаласының үкіметі', ru: 'Правительство Шанхая', en: 'Shanghai Municipal Government' },
  },
  {
    key: 'consulate-urumqi',
    type: 'ORGANIZATION',
    names: {
      kk: 'Қазақстанның Үрімжідегі Бас консулдығы',
      ru: 'Генеральное консульство Казахстана в Урумчи',
      en: 'Consulate General of Kazakhstan in Urumqi',
    },
  },
  { key: 'sco', type: 'ORGANIZATION', names: { kk: 'ШЫҰ', ru: 'ШОС', en: 'SCO' }, aliases: { en: ['Shanghai Cooperation Organisation'] } },
]);

const matcher = createMentionMatcher(gazetteer);

/** Mentions as `text → key`, after checking the invariants every result must keep. */
function found(body: string, language: Language): string[] {
  const mentions = findMentions(body, language, matcher);
  expectSound(body, mentions);
  return mentions.map((mention) => `${mention.text} → ${mention.entity.key}`);
}

function expectSound(body: string, mentions: readonly Mention[]): void {
  let previousEnd = 0;
  for (const mention of mentions) {
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    expect(mention.entity.known).toBe(true);
    previousEnd = mention.end;
  }
}

describe('Kazakh: endings glued to names', () => {
  test.each([
    ['Делегация Алматыға келіп, кейін Астанаға аттанды.', ['Алматыға → almaty', 'Астанаға → astana']],
    ['Шаңхайдағы көрмеге Алматыдағы компаниялар қатысты.', ['Шаңхайдағы → shanghai', 'Алматыдағы → almaty']],
    ['Қытайдың сауда көлемі Қазақстанның экспортынан асты.', ['Қытайдың → china', 'Қазақстанның → kazakhstan']],
    ['Үрімжіден ұшақ Алматыны айналып өтті.', ['Үрімжіден → urumqi', 'Алматыны → almaty']],
    ['Жиынға Тоқаевтың кеңесшісі қатысты.', ['Тоқаевтың → tokayev']],
    ['Президент Қасым-Жомарт Тоқаевпен кездесу болды.', ['Қасым-Жомарт Тоқаевпен → tokayev']],
    ['Бұрын Ақмоладан, кейін Нұр-Сұлтаннан хабар келді.', ['Ақмоладан → astana', 'Нұр-Сұлтаннан → astana']],
    ['Сапар Қытай мен Қазақстан арасында өтті.', ['Қытай → china', 'Қазақстан → kazakhstan']],
  ])('%s', (body, expected) => {
    expect(found(body, 'kk')).toEqual(expected);
  });
});

describe('Kazakh: the ending on «қала» after the name (the mention is the name alone)', () => {
  test.each([
    ['Шаңхай қаласының өкілдері келді.', ['Шаңхай → shanghai']],
    ['Көрме Алматы қаласында өтеді.', ['Алматы → almaty']],
    ['Астана қаласымен байланыс күшейді.', ['Астана → astana']],
    ['Алматы және Астана қалаларына сапар жасалды.', ['Алматы → almaty', 'Астана → astana']],
    // an alias with the city word still gives the name alone
    ['Үрімжі қаласының тұрғындары көп.', ['Үрімжі → urumqi']],
    ['Ресми құжаттарда Алматы қ. деп жазылады.', ['Алматы → almaty']],
    // «облысы» makes another place: the region, not the city
    ['Алматы облысының әкімі сөйледі.', ['Алматы облысының → almaty-region']],
  ])('%s', (body, expected) => {
    expect(found(body, 'kk')).toEqual(expected);
  });
});

describe('Kazakh: multi-word names inflect inside and at the end', () => {
  test.each([
    [
      'Қазақстан Республикасы Сыртқы істер министрлігінің мәлімдемесі жарияланды.',
      ['Қазақстан Республикасы Сыртқы істер министрлігінің → mfa-kz'],
    ],
    ['Жобаны Алматы қаласы әкімдігі қолдады.', ['Алматы қаласы әкімдігі → akimat-almaty']],
    ['Жобаны Алматы қаласының әкімдігі қолдады.', ['Алматы қаласының әкімдігі → akimat-almaty']],
    // the optional «қала» word may be missing from the text …
    ['Алматы әкімдігімен келісім жасалды.', ['Алматы әкімдігімен → akimat-almaty']],
    // … or present in the text and missing from the alias
    [
      'Қазақстанның Үрімжі қаласындағы Бас консулдығында қабылдау өтті.',
      ['Қазақстанның Үрімжі қаласындағы Бас консулдығында → consulate-urumqi'],
    ],
    ['Шаңхай үкіметінің өкілі келді.', ['Шаңхай үкіметінің → shanghai-government']],
    // another place word is not optional: the region's akimat is not the city's
    ['Алматы облысы әкімдігі хабарлады.', ['Алматы облысы → almaty-region']],
  ])('%s', (body, expected) => {
    expect(found(body, 'kk')).toEqual(expected);
  });
});

describe('abbreviations: as written, with hyphenated or glued endings', () => {
  test.each([
    ['kk', 'ҚХР-дың және ҚР-дың өкілдері ШЫҰ-ға барды.', ['ҚХР-дың → china', 'ҚР-дың → kazakhstan', 'ШЫҰ-ға → sco']],
    ['kk', 'ҚРдың ұстанымы өзгерген жоқ.', ['ҚРдың → kazakhstan']],
    ['kk', 'ҚР СІМ-нің баспасөз қызметі хабарлады.', ['ҚР СІМ-нің → mfa-kz']],
    ['ru', 'КНР и РК подписали соглашение, МИД РК подтвердил.', ['КНР → china', 'РК → kazakhstan', 'МИД РК → mfa-kz']],
    ['en', "The PRC's delegation attended the SCO summit.", ['PRC → china', 'SCO → sco']],
    // not as written: no mention
    ['ru', 'кнр и рк в нижнем регистре', []],
    ['en', 'Sco and Prc are not the abbreviations.', []],
    // a capital alone is not an abbreviation with an ending: «Қазақ» is not «ҚР»
    ['kk', 'Қазақ елі', []],
  ] as const)('%s: %s', (language, body, expected) => {
    expect(found(body, language)).toEqual(expected);
  });
});

describe('Russian: declined names', () => {
  test.each([
    ['В Шанхае прошла встреча, делегация из Шанхая вернулась в Астану.', ['Шанхае → shanghai', 'Шанхая → shanghai', 'Астану → astana']],
    ['Рейсы между Астаной и Шанхаем возобновят.', ['Астаной → astana', 'Шанхаем → shanghai']],
    ['Выставка в городе Урумчи открылась.', ['Урумчи → urumqi']],
    ['Экспорт Казахстана в Китай вырос, в Китае довольны.', ['Казахстана → kazakhstan', 'Китай → china', 'Китае → china']],
    ['В Алматы и Алма-Ате жили разные поколения.', ['Алматы → almaty', 'Алма-Ате → almaty']],
    ['Встреча с Токаевым прошла в Нур-Султане.', ['Токаевым → tokayev', 'Нур-Султане → astana']],
    ['Президент Касым-Жомарт Токаев принял Ван И.', ['Касым-Жомарт Токаев → tokayev', 'Ван И → wang-yi']],
    [
      'Заявление Министерства иностранных дел Республики Казахстан опубликовано.',
      ['Министерства иностранных дел Республики Казахстан → mfa-kz'],
    ],
    ['Письмо Министерства иностранных дел Казахстана пришло.', ['Министерства иностранных дел Казахстана → mfa-kz']],
    [
      'Приём прошёл в Генеральном консульстве Казахстана в Урумчи.',
      ['Генеральном консульстве Казахстана в Урумчи → consulate-urumqi'],
    ],
    // the city word is optional inside a longer name
    ['Делегация Правительства города Шанхая прибыла.', ['Правительства города Шанхая → shanghai-government']],
    ['Делегация Акимата Алматы прибыла.', ['Акимата Алматы → akimat-almaty']],
  ])('%s', (body, expected) => {
    expect(found(body, 'ru')).toEqual(expected);
  });

  test.each([
    // a whale is not China, a lower-case word is not a name, «Ван и» is not «Ван И»
    ['Кита выбросило на берег.', []],
    ['китай-город и астана как столица', []],
    ['Ван и его коллеги', []],
  ])('no mention: %s', (body, expected) => {
    expect(found(body, 'ru')).toEqual(expected);
  });
});

describe('English: possessives with both apostrophes, capitals required', () => {
  test.each([
    ["Tokayev's decree was published.", ['Tokayev → tokayev']],
    ['Tokayev’s decree was published.', ['Tokayev → tokayev']],
    ["Kassym-Jomart Tokayev's visit to China.", ['Kassym-Jomart Tokayev → tokayev', 'China → china']],
    ['The Almaty-Shanghai flight and a Shanghai-based firm.', ['Almaty → almaty', 'Shanghai → shanghai', 'Shanghai → shanghai']],
    ['Nur-Sultan was renamed Astana.', ['Nur-Sultan → astana', 'Astana → astana']],
    ['The Ministry of Foreign Affairs of Kazakhstan said.', ['Ministry of Foreign Affairs of Kazakhstan → mfa-kz']],
    ['The Shanghai Cooperation Organisation met.', ['Shanghai Cooperation Organisation → sco']],
    ['She collects china porcelain and astana rugs.', []],
  ])('%s', (body, expected) => {
    expect(found(body, 'en')).toEqual(expected);
  });
});

describe('longest match first, no overlaps', () => {
  test('a longer name wins over the names inside it', () => {
    expect(found('Kazakhstan, the Republic of Kazakhstan and Almaty Region.', 'en')).toEqual([
      'Kazakhstan → kazakhstan',
      'Republic of Kazakhstan → kazakhstan',
      'Almaty Region → almaty-region',
    ]);
  });

  test('a name does not run across a sentence end or a comma', () => {
    expect(found('Хабарды Алматы. Облысы туралы айтылмады. Алматы, әкімдігі', 'kk')).toEqual([
      'Алматы → almaty',
      'Алматы → almaty',
    ]);
  });

  test('quotes inside a name are allowed, and a half pair takes in the other half', () => {
    expect(found('«Алматы» қаласы әкімдігі', 'kk')).toEqual(['«Алматы» қаласы әкімдігі → akimat-almaty']);
    expect(found('Алматы қаласы «әкімдігі»', 'kk')).toEqual(['Алматы қаласы «әкімдігі» → akimat-almaty']);
  });
});

describe('odd input', () => {
  test.each([
    ['empty', ''],
    ['one very long word', 'Ш'.repeat(100_000)],
    ['hyphens everywhere', 'Алматы-'.repeat(5_000)],
    ['quotes and dashes only', '«»“”—–-\'"'.repeat(1_000)],
    ['a name across a line break', 'Алматы қаласы\nәкімдігі'],
  ])('%s', (_name, body) => {
    expect(() => found(body, 'kk')).not.toThrow();
  });
});

describe('speed', () => {
  test('a 3,000-character text against a 400-entry gazetteer takes well under a millisecond', () => {
    const big = createMentionMatcher(buildGazetteer([...gazetteer.entries, ...syntheticEntries(400)]));
    const paragraph =
      'Қазақстан Республикасы Сыртқы істер министрлігінің хабарлауынша, Шаңхай қаласының делегациясы Алматыға ' +
      'келіп, Алматы қаласы әкімдігі өкілдерімен кездесті. Тараптар Қытай мен Қазақстан арасындағы әуе ' +
      'қатынасын, ҚХР-дың инвестициялық жобаларын және Үрімжідегі көрмені талқылады. ';
    const body = paragraph.repeat(Math.ceil(3000 / paragraph.length)).slice(0, 3000);
    for (let i = 0; i < 50; i += 1) findMentions(body, 'kk', big);
    const runs = 300;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) findMentions(`${body}${i}`, 'kk', big);
    const perDocument = (performance.now() - started) / runs;
    // The target is 0.2 ms per kB; the bound leaves room for a loaded machine.
    expect(perDocument).toBeLessThan(3);
  });
});

/** Made-up places and organisations with Kazakh-looking names, to give the matcher a realistic load. */
function syntheticEntries(count: number): unknown[] {
  const syllables = ['ақ', 'бел', 'жар', 'көк', 'сай', 'тау', 'бұлақ', 'қос', 'тө', 'ор', 'мың', 'шал', 'ки', 'дің', 'құм', 'ата'];
  const entries: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const a = syllables[i % syllables.length] ?? '';
    const b = syllables[Math.floor(i / syllables.length) % syllables.length] ?? '';
    const c = syllables[Math.floor(i / syllables.length ** 2) % syllables.length] ?? '';
    const stem = `${a}${b}${c}`;
    const name = stem.charAt(0).toUpperCase() + stem.slice(1);
    entries.push(
      i % 4 === 0
        ? {
            key: `synthetic-org-${i}`,
            type: 'ORGANIZATION',
            names: { kk: `${name} аудандық мәслихаты`, ru: `Маслихат района ${name}`, en: `${name} District Maslikhat` },
          }
        : {
            key: `synthetic-place-${i}`,
            type: 'CITY',
            ...PLACE,
            names: { kk: name, ru: `${name}ск`, en: `${name}a` },
          },
    );
  }
  return entries;
}
