import { describe, expect, test } from 'vitest';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { createMentionMatcher, findMentions } from './mentions';
import type { Language } from './types';

// The project gazetteer (curated rows and the countries of the world) on sentences of our own:
// each class of entity is found in its inflected forms, and ordinary words that look like names
// are not taken for them.
const matcher = createMentionMatcher(readGazetteer());

function mentionsOf(text: string, language: Language): [string, string][] {
  return findMentions(text, language, matcher).map((mention) => {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    return [mention.text, mention.entity.key];
  });
}

describe('the gazetteer finds each class of entity, inflected', () => {
  test.each<[string, Language, string, [string, string][]]>([
    [
      'countries of the world',
      'kk',
      'Делегация Израильге және Кипрге барды, кейін Оманның астанасында болды.',
      [['Израильге', 'israel'], ['Кипрге', 'cyprus'], ['Оманның', 'oman']],
    ],
    ['countries of the world', 'ru', 'Рейсы в Израиль и на Кипр возобновятся, а из Омана прибыла делегация.', [['Израиль', 'israel'], ['Кипр', 'cyprus'], ['Омана', 'oman']]],
    ['countries of the world', 'en', "Flights to Israel and Cyprus resume; Oman's minister welcomed them.", [['Israel', 'israel'], ['Cyprus', 'cyprus'], ['Oman', 'oman']]],
    ['a country whose Kazakh name is only looked for as written', 'kk', 'Суданға гуманитарлық көмек жіберілді.', [['Суданға', 'sudan']]],
    ['a country by its longer name', 'ru', 'Посол Тоголезской Республики вручил верительные грамоты.', [['Тоголезской Республики', 'togo']]],
    [
      'world cities',
      'kk',
      'Әуе компаниясы Стамбұлға, Дубайға, Сеулге, Новосібірге, Санкт Петербургке және Тель-Авивке рейстер ашады.',
      [['Стамбұлға', 'istanbul'], ['Дубайға', 'dubai'], ['Сеулге', 'seoul'], ['Новосібірге', 'novosibirsk'], ['Санкт Петербургке', 'saint-petersburg'], ['Тель-Авивке', 'tel-aviv']],
    ],
    [
      'world cities',
      'ru',
      'Рейсы из Стамбула, Дубая и Сеула дополнят маршруты в Санкт-Петербург и в Баку.',
      [['Стамбула', 'istanbul'], ['Дубая', 'dubai'], ['Сеула', 'seoul'], ['Санкт-Петербург', 'saint-petersburg'], ['Баку', 'baku']],
    ],
    ['world cities', 'en', "New routes link Tokyo, Bangkok and Tel Aviv with Saint Petersburg's airport.", [['Tokyo', 'tokyo'], ['Bangkok', 'bangkok'], ['Tel Aviv', 'tel-aviv'], ['Saint Petersburg', 'saint-petersburg']]],
    [
      'Central Asia',
      'kk',
      'Пойыз Самарқандқа, Бұхараға және Ош қаласына барады; Ферғана облысының әкімі қарсы алды.',
      [['Самарқандқа', 'samarkand'], ['Бұхараға', 'bukhara'], ['Ош', 'osh'], ['Ферғана облысының', 'fergana-region']],
    ],
    [
      'Central Asia',
      'ru',
      'Туристы побывали в Самарканде, Бухаре и Худжанде, а также в Ферганской области.',
      [['Самарканде', 'samarkand'], ['Бухаре', 'bukhara'], ['Худжанде', 'khujand'], ['Ферганской области', 'fergana-region']],
    ],
    ['Central Asia', 'en', 'Cargo moves through Samarkand, Khujand and the port of Turkmenbashi in the Balkan Region.', [['Samarkand', 'samarkand'], ['Khujand', 'khujand'], ['Turkmenbashi', 'turkmenbashi'], ['Balkan Region', 'balkan-region']]],
    [
      'macro-regions',
      'kk',
      'Дәліз Орталық Азия мен Еуропаны байланыстырады, Орталық Азияның әлеуеті Таяу Шығыста да белгілі.',
      [['Орталық Азия', 'central-asia'], ['Еуропаны', 'europe'], ['Орталық Азияның', 'central-asia'], ['Таяу Шығыста', 'middle-east']],
    ],
    [
      'macro-regions',
      'ru',
      'Коридор между Центральной Азией и Европой выходит на рынки Ближнего Востока и Юго-Восточной Азии.',
      [['Центральной Азией', 'central-asia'], ['Европой', 'europe'], ['Ближнего Востока', 'middle-east'], ['Юго-Восточной Азии', 'southeast-asia']],
    ],
    ['macro-regions', 'en', "The corridor links Central Asia and Europe with Southeast Asia's ports and the Middle East.", [['Central Asia', 'central-asia'], ['Europe', 'europe'], ['Southeast Asia', 'southeast-asia'], ['Middle East', 'middle-east']]],
    [
      'China: prefectures and cities tied to Kazakhstan',
      'kk',
      'Жүк Шәуешекке, Құлжаға және Алашаңқайға жетті; Тарбағатай аймағының басшысы Бортала моңғол автономиялық облысына барды.',
      [['Шәуешекке', 'tacheng'], ['Құлжаға', 'yining'], ['Алашаңқайға', 'alashankou'], ['Тарбағатай аймағының', 'tacheng-prefecture'], ['Бортала моңғол автономиялық облысына', 'bortala-prefecture']],
    ],
    [
      'China: prefectures and cities tied to Kazakhstan',
      'ru',
      'Делегации из Линьи и Лояна побывали в Тачэнском округе и в Баян-Гол-Монгольском автономном округе.',
      [['Линьи', 'linyi'], ['Лояна', 'luoyang'], ['Тачэнском округе', 'tacheng-prefecture'], ['Баян-Гол-Монгольском автономном округе', 'bayingolin-prefecture']],
    ],
    ['China: prefectures and cities tied to Kazakhstan', 'en', 'Traders from Kuytun, Shihezi and the Altay Prefecture came to the fair.', [['Kuytun', 'kuytun'], ['Shihezi', 'shihezi'], ['Altay Prefecture', 'altay-prefecture']]],
    [
      'Kazakh stations and border crossings',
      'kk',
      'Пойыздар Достық станциясынан Алтынкөлге, Мойынтыдан Бақтыдағы бекетке және Жетігенге дейін жүреді.',
      [['Достық', 'dostyk'], ['Алтынкөлге', 'altynkol'], ['Мойынтыдан', 'moiynty'], ['Бақтыдағы', 'bakhty'], ['Жетігенге', 'zhetygen']],
    ],
    [
      'Kazakh stations and border crossings',
      'ru',
      'Грузы идут через Достык и Алтынколь, станцию Мойынты и пост Бахты до Жетыгена.',
      [['Достык', 'dostyk'], ['Алтынколь', 'altynkol'], ['Мойынты', 'moiynty'], ['Бахты', 'bakhty'], ['Жетыгена', 'zhetygen']],
    ],
    ['Kazakh stations and border crossings', 'en', 'Trains cross at Dostyk, Altynkol and Bakhty; the line runs from Moiynty.', [['Dostyk', 'dostyk'], ['Altynkol', 'altynkol'], ['Bakhty', 'bakhty'], ['Moiynty', 'moiynty']]],
    [
      'organisations: outlets, airlines, railways, international bodies',
      'kk',
      'Egemen.kz пен BAQ.KZ хабарлағандай, Loong Air мен «Жолаушылар тасымалы» АҚ ОСЖД және БРИКС елдерімен келісті.',
      [['Egemen.kz', 'egemen-qazaqstan'], ['BAQ.KZ', 'baq-kz'], ['Loong Air', 'loong-air'], ['«Жолаушылар тасымалы» АҚ', 'ktz-passenger-transportation'], ['ОСЖД', 'osjd'], ['БРИКС', 'brics']],
    ],
    [
      'organisations: outlets, airlines, railways, international bodies',
      'ru',
      'Как сообщает Zakon.kz, АО «Пассажирские перевозки» обсудило с ОСЖД маршруты для стран БРИКС и G20.',
      [['Zakon.kz', 'zakon-kz'], ['АО «Пассажирские перевозки»', 'ktz-passenger-transportation'], ['ОСЖД', 'osjd'], ['БРИКС', 'brics'], ['G20', 'g20']],
    ],
    [
      'organisations: outlets, airlines, railways, international bodies',
      'en',
      'Reuters, AFP and China Daily reported that Loong Airlines will fly the route, MENAFN added.',
      [['Reuters', 'reuters'], ['AFP', 'afp'], ['China Daily', 'china-daily'], ['Loong Airlines', 'loong-air'], ['MENAFN', 'menafn']],
    ],
  ])('%s (%s): %s', (_class, language, text, expected) => {
    const mentions = mentionsOf(text, language);
    for (const mention of expected) expect(mentions).toContainEqual(mention);
  });
});

describe('ordinary words are not taken for names', () => {
  test.each<[string, Language, string, string[]]>([
    ['Russian «того» ("of that") is not Togo', 'ru', 'Того же дня делегация вернулась домой. Кроме того, стороны подписали план.', ['togo']],
    ['English first names are not Chad or Jordan', 'en', 'Chad Miller and Jordan Lee met the delegation.', ['chad', 'jordan']],
    ['"New Jersey" and a family reunion are not Jersey or Réunion', 'en', 'Fans from New Jersey came to a Family Reunion in Almaty.', ['jersey', 'reunion']],
    ['a guinea pig is not Guinea; Papua New Guinea is one country', 'en', 'A guinea pig was brought from Papua New Guinea.', ['guinea']],
    ['Kazakh «су» ("water") is not Sudan', 'kk', 'Су ресурстары министрлігі Су тасқынына дайындықты талқылады.', ['sudan']],
    ['Kazakh «БАҚ» ("mass media") is not Bakhty', 'kk', 'БАҚ өкілдері БАҚ-қа сұхбат берді.', ['bakhty']],
    ['the month «қазан» is not Kazan', 'kk', 'Қазан айында форум өтеді, ол 15 қазанда басталады.', ['kazan']],
    ['«Казахстан сегодня» is the country and a date word', 'ru', 'Казахстан сегодня подписал соглашение.', ['kazakhstan-today']],
    ['«Пассажирские перевозки» as a phrase is not the company', 'ru', 'Пассажирские перевозки выросли на десять процентов.', ['ktz-passenger-transportation']],
    ['«жолаушылар тасымалы» as a phrase is not the company', 'kk', 'Жолаушылар тасымалы биыл өсті.', ['ktz-passenger-transportation']],
    ['«Голос народа» as a phrase is not the paper', 'ru', 'Голос народа должен быть услышан.', ['golos-naroda']],
    ['lower-case «достық» ("friendship") is not the station', 'kk', 'Қазақстан мен Қытай арасындағы достық пен ынтымақтастық нығайды.', ['dostyk']],
    ['"Asian" is not Asia; the European Union is not Europe', 'en', 'Asian investors met the European Union delegation.', ['asia', 'europe']],
    ['Kazakh «Еуропалық одақ» is the union, not Europe', 'kk', 'Еуропалық одақ өкілдері келді.', ['europe']],
  ])('%s', (_what, language, text, absent) => {
    const keys = mentionsOf(text, language).map(([, key]) => key);
    for (const key of absent) expect(keys).not.toContain(key);
  });

  test('Kazan is found by its Russian name and as «Қазан қаласы», not by the month', () => {
    expect(mentionsOf('Қазан айында делегация Қазан қаласына барды.', 'kk')).toEqual([['Қазан', 'kazan']]);
    const text = 'Қазан айында делегация Қазан қаласына барды.';
    const [mention] = findMentions(text, 'kk', matcher);
    expect(mention?.start).toBe(text.indexOf('Қазан қаласына'));
    expect(mentionsOf('Делегация прибыла в Казань, встреча прошла в Казани.', 'ru')).toEqual([
      ['Казань', 'kazan'],
      ['Казани', 'kazan'],
    ]);
  });
});
