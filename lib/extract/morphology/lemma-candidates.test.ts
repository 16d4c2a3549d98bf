import { describe, expect, test } from 'vitest';
import type { Language } from '../types';
import { lemmaCandidates, wordLemmaCandidates } from './index';
import { isKkSuffixChain, kkStemHarmony } from './kk';

describe('Kazakh: case, possessive and plural endings come off with harmony and assimilation', () => {
  test.each([
    // dative after a vowel, after voiced and voiceless consonants
    ['Атырауға', 'атырау'],
    ['Түркістанға', 'түркістан'],
    ['Шымкентке', 'шымкент'],
    ['Бейжіңге', 'бейжің'],
    // genitive: ның after vowels and nasals, дың after sonorants, тың after voiceless
    ['Ақтөбенің', 'ақтөбе'],
    ['Өзбекстанның', 'өзбекстан'],
    ['Ресейдің', 'ресей'],
    ['Назарбаевтың', 'назарбаев'],
    ['Бишкектің', 'бишкек'],
    // locative, ablative, accusative, instrumental
    ['Қарағандыда', 'қарағанды'],
    ['Ташкентте', 'ташкент'],
    ['Үрімжіден', 'үрімжі'],
    ['Пекиннен', 'пекин'],
    ['Таразды', 'тараз'],
    ['Ақтауды', 'ақтау'],
    ['Қостанаймен', 'қостанай'],
    ['Сеулмен', 'сеул'],
    ['Тоқаевпен', 'тоқаев'],
    // relative «-дағы» and its shapes
    ['Үрімжідегі', 'үрімжі'],
    ['Ташкенттегі', 'ташкент'],
    ['Ұлан-Баторда', 'ұлан-батор'],
    // the ending on «қала» / «облыс» after a name
    ['қаласының', 'қала'],
    ['қаласындағы', 'қала'],
    ['қаласымен', 'қала'],
    ['облысына', 'облыс'],
    ['қалаларына', 'қала'],
    // possessive organisation words keep their possessive form as a candidate, and lose it too
    ['министрлігінің', 'министрлігі'],
    ['министрлігінің', 'министрлік'],
    ['әкімдігімен', 'әкімдігі'],
    ['консулдығында', 'консулдық'],
    // abbreviations and numbers with a hyphenated ending
    ['ҚХР-дың', 'қхр'],
    ['ШЫҰ-ға', 'шыұ'],
    ['БҰҰ-ның', 'бұұ'],
    // a final soft sign takes front endings after a back vowel
    ['Хайнаньнің', 'хайнань'],
    ['Сычуаньде', 'сычуань'],
    ['Сычуаньға', 'сычуань'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaCandidates(form, 'kk')).toContain(lemma);
  });

  test.each([
    // a name that merely ends like a suffix keeps its letters
    ['Астана', 'аста'],
    ['Нұрсұлтан', 'нұрсұл'],
    ['Өзбекстан', 'өзбекс'],
    ['Қытай', 'қы'],
    // harmony: a back stem does not take a front ending and the other way round
    ['Ақсуде', 'ақсу'],
    ['Бишкектың', 'бишкек'],
    // assimilation: «тың» never follows a vowel, «ның» never follows «й»
    ['Алматытың', 'алматы'],
    ['Қытайның', 'қытай'],
    // stems shorter than two letters or without a vowel are not produced
    ['Иге', 'и'],
    ['Кге', 'к'],
  ])('%s does not give %s', (form, wrong) => {
    expect(lemmaCandidates(form, 'kk')).not.toContain(wrong);
  });

  test.each([
    ['тоқаев', 'either'],
    ['ресей', 'front'],
    ['қытай', 'back'],
    ['пекин', 'either'],
    ['қхр', 'either'],
    ['хайнань', 'either'],
    ['сычуань', 'either'],
  ] as const)('harmony of %s is %s', (stem, harmony) => {
    expect(kkStemHarmony(stem)).toBe(harmony);
  });

  test.each([
    ['дың', true],
    ['ның', true],
    ['лардың', true],
    ['сына', true],
    ['жылы', false],
    ['based', false],
  ])('«%s» is only endings: %s', (tail, expected) => {
    expect(isKkSuffixChain(tail)).toBe(expected);
  });
});

describe('Kazakh: every case after every kind of final sound, both harmonies, possessive and plural chains', () => {
  // Nominative, genitive, dative, accusative, locative, ablative, instrumental (and the relative «-дағы»).
  const CASES: readonly [lemma: string, condition: string, forms: readonly string[]][] = [
    ['алматы', 'back vowel, ends in a vowel', ['Алматы', 'Алматының', 'Алматыға', 'Алматыны', 'Алматыда', 'Алматыдан', 'Алматымен', 'Алматыдағы']],
    ['үрімжі', 'front vowel, ends in a vowel', ['Үрімжі', 'Үрімжінің', 'Үрімжіге', 'Үрімжіні', 'Үрімжіде', 'Үрімжіден', 'Үрімжімен']],
    ['қытай', 'back vowel, ends in a sonorant', ['Қытай', 'Қытайдың', 'Қытайға', 'Қытайды', 'Қытайда', 'Қытайдан', 'Қытаймен']],
    ['өскемен', 'front vowel, ends in a nasal', ['Өскемен', 'Өскеменнің', 'Өскеменге', 'Өскеменді', 'Өскеменде', 'Өскеменнен', 'Өскеменмен']],
    ['тараз', 'back vowel, ends in a voiced sibilant', ['Тараз', 'Тараздың', 'Таразға', 'Таразды', 'Таразда', 'Тараздан', 'Таразбен']],
    ['шымкент', 'front vowel, ends in a voiceless consonant', ['Шымкент', 'Шымкенттің', 'Шымкентке', 'Шымкентті', 'Шымкентте', 'Шымкенттен', 'Шымкентпен']],
    ['балқаш', 'back vowel, ends in a voiceless consonant', ['Балқаш', 'Балқаштың', 'Балқашқа', 'Балқашты', 'Балқашта', 'Балқаштан', 'Балқашпен']],
    // «X қаласы»: the name stays in the nominative, «қала» takes possessive, plural and case.
    ['қала', '3rd-person possessive then case', ['қаласы', 'қаласының', 'қаласына', 'қаласын', 'қаласында', 'қаласынан', 'қаласымен', 'қаласындағы']],
    ['қала', 'plural, plural + possessive, then case', ['қалалар', 'қалалардың', 'қалаларға', 'қалаларда', 'қалалардан', 'қалалармен', 'қалалары', 'қалаларының', 'қалаларында']],
    ['әкімдігі', 'front possessive then case', ['әкімдігінің', 'әкімдігіне', 'әкімдігін', 'әкімдігінде', 'әкімдігінен', 'әкімдігімен']],
    ['ел', 'front plural after a lateral, then possessive and case', ['елдер', 'елдердің', 'елдерге', 'елдерде', 'елдерден', 'елдермен', 'елдері', 'елдерінің']],
    ['ел', '1st-person plural possessive then case', ['еліміз', 'еліміздің', 'елімізге', 'елімізді', 'елімізде', 'елімізден', 'елімізбен']],
    ['қала', '1st-person plural possessive after a vowel', ['қаламыз', 'қаламыздың', 'қаламызда']],
  ];
  test.each(CASES.flatMap(([lemma, condition, forms]) => forms.map((form) => [form, lemma, condition] as const)))(
    '%s → %s (%s)',
    (form, lemma) => {
      expect(lemmaCandidates(form, 'kk')).toContain(lemma);
    },
  );

  test.each([
    // a suffix of the wrong shape for the final sound or the harmony is not an ending
    ['Алматытан', 'алматы'],
    ['Қытайдің', 'қытай'],
    ['Шымкентдің', 'шымкент'],
    ['Балқашқе', 'балқаш'],
    ['Таразтан', 'тараз'],
    ['Өскеменга', 'өскемен'],
  ])('%s is not a form of %s', (form, lemma) => {
    expect(lemmaCandidates(form, 'kk')).not.toContain(lemma);
  });
});

describe('Russian: nouns, surnames and adjectives come back to their dictionary form', () => {
  test.each([
    ['Шанхае', 'шанхай'],
    ['Шанхая', 'шанхай'],
    ['Шанхаю', 'шанхай'],
    ['Шанхаем', 'шанхай'],
    ['Астаны', 'астана'],
    ['Астане', 'астана'],
    ['Астану', 'астана'],
    ['Астаной', 'астана'],
    ['Казахстана', 'казахстан'],
    ['Казахстане', 'казахстан'],
    ['Казахстаном', 'казахстан'],
    ['Китая', 'китай'],
    ['Китае', 'китай'],
    ['Токаева', 'токаев'],
    ['Токаеву', 'токаев'],
    ['Токаевым', 'токаев'],
    ['Токаеве', 'токаев'],
    ['Чжэном', 'чжэн'],
    ['Москвы', 'москва'],
    ['Казани', 'казань'],
    ['Азии', 'азия'],
    ['Азией', 'азия'],
    ['Кремля', 'кремль'],
    ['Министерства', 'министерство'],
    ['Министерстве', 'министерство'],
    ['Генерального', 'генеральное'],
    ['Генеральным', 'генеральное'],
    ['иностранных', 'иностранные'],
    ['Национального', 'национальный'],
    ['Эмиратах', 'эмираты'],
    ['Нур-Султане', 'нур-султан'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaCandidates(form, 'ru')).toContain(lemma);
  });

  test.each([
    // the whale is not China, indeclinable Алматы keeps its form
    ['кита', 'китай'],
    ['Алматы', 'алматы'],
    ['Ли', 'л'],
  ])('%s: %s', (form, lemma) => {
    const candidates = lemmaCandidates(form, 'ru');
    if (form === 'кита') expect(candidates).not.toContain(lemma);
    else if (form === 'Ли') expect(candidates).toEqual(['ли']);
    else expect(candidates[0]).toBe(lemma);
  });
});

describe('English: possessives with either apostrophe', () => {
  test.each([
    ["Tokayev's", 'tokayev'],
    ['Tokayev’s', 'tokayev'],
    ['Xi’s', 'xi'],
    ["Brothers'", 'brothers'],
    ['Kazakhstan', 'kazakhstan'],
  ])('%s → %s', (form, lemma) => {
    expect(lemmaCandidates(form, 'en')).toContain(lemma);
  });

  test('an apostrophe after a letter other than s is not a possessive', () => {
    expect(lemmaCandidates("Tokayev'", 'en')).toEqual(["tokayev'"]);
  });
});

describe('lemmaCandidates in general', () => {
  const languages: Language[] = ['kk', 'ru', 'en'];

  test.each(languages)('%s: the normalized form comes first, lists are stable and free of duplicates', (language) => {
    for (const form of ['Шаңхайдағы', 'Шанхаем', "Tokayev's", 'ҚХР-дың', 'Алматы']) {
      const candidates = lemmaCandidates(form, language);
      expect(candidates[0]).toBe(form.toLowerCase().replace('’', "'"));
      expect(new Set(candidates).size).toBe(candidates.length);
      expect(lemmaCandidates(form, language)).toEqual(candidates);
    }
  });

  test('search-style matching: a word is found in the forms whose candidates hold it', () => {
    const meets = (query: string, form: string, language: Language) =>
      lemmaCandidates(form, language).includes(query.toLowerCase());
    expect(meets('Шаңхай', 'Шаңхайда', 'kk')).toBe(true);
    expect(meets('Шанхай', 'Шанхае', 'ru')).toBe(true);
    expect(meets('Астана', 'Астаной', 'ru')).toBe(true);
    expect(meets('Қытай', 'Қытайдың', 'kk')).toBe(true);
    expect(meets('Китай', 'кита', 'ru')).toBe(false);
    expect(meets('Астана', 'Астрахань', 'ru')).toBe(false);
  });

  test('the returned list is the caller’s own copy', () => {
    const first = lemmaCandidates('Шаңхайдағы', 'kk');
    first.push('changed');
    expect(lemmaCandidates('Шаңхайдағы', 'kk')).not.toContain('changed');
  });
});

describe('word analysis (search): the plurals of common nouns, which names never take', () => {
  test.each([
    ['рейсов', 'рейс', 'ru'],
    ['рейсам', 'рейс', 'ru'],
    ['рейсах', 'рейс', 'ru'],
    ['рейсами', 'рейс', 'ru'],
    ['гостям', 'гость', 'ru'],
    ['музеев', 'музей', 'ru'],
    // the names' rows hold for words too
    ['Шанхае', 'шанхай', 'ru'],
    ['Астаной', 'астана', 'ru'],
    ['cities', 'city', 'en'],
    ['delegations', 'delegation', 'en'],
    ['taxes', 'tax', 'en'],
    ['branches', 'branch', 'en'],
    ['addresses', 'address', 'en'],
    ["partners'", 'partner', 'en'],
    ['Cities’', 'city', 'en'],
    ["Tokayev's", 'tokayev', 'en'],
    ['Алматыдан', 'алматы', 'kk'],
  ] as const)('%s → %s (%s)', (form, lemma, language) => {
    expect(wordLemmaCandidates(form, language)).toContain(lemma);
  });

  test.each([
    // a word ending in s that is not a plural
    ['gas', 'ga'],
    ['bus', 'bu'],
    ['crisis', 'crisi'],
    ['business', 'busines'],
    ['its', 'it'],
  ])('%s does not give %s', (form, wrong) => {
    expect(wordLemmaCandidates(form, 'en')).not.toContain(wrong);
  });

  test.each([
    // names are matched without the plural rows: a surname in -ов keeps its ending, a name in -s its s
    ['Иванов', 'иван', 'ru'],
    ['Емельянов', 'емельян', 'ru'],
    ['Emirates', 'emirate', 'en'],
    ['Philippines', 'philippine', 'en'],
  ] as const)('name analysis of %s does not give %s', (form, wrong, language) => {
    expect(lemmaCandidates(form, language)).not.toContain(wrong);
  });
});
