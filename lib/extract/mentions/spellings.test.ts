import { describe, expect, test } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import type { Language } from '../types';
import { createMentionMatcher, findMentions } from './index';

// How a text may spell a gazetteer form: in another case than the gazetteer, with odd hyphens,
// spaces, letters and quotes, or in the spelling of another language.

const PLACE = { coordinates: { lat: 45, lon: 80 } };

const matcher = createMentionMatcher(
  buildGazetteer([
    {
      key: 'abai-region',
      type: 'REGION',
      ...PLACE,
      names: { kk: 'Абай облысы', ru: 'Область Абай', en: 'Abai Region' },
      aliases: { ru: ['область Абай', 'Абайская область'], en: ['Abay Region'] },
    },
    { key: 'almaty', type: 'CITY', ...PLACE, names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' }, aliases: { ru: ['Алма-Ата'] } },
    { key: 'almaty-region', type: 'REGION', ...PLACE, names: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
    {
      key: 'xinjiang',
      type: 'REGION',
      ...PLACE,
      names: { kk: 'Шыңжаң', ru: 'Синьцзян', en: 'Xinjiang Uygur Autonomous Region' },
      aliases: { en: ['Xinjiang'] },
    },
    { key: 'jiangsu', type: 'REGION', ...PLACE, names: { kk: 'Цзянсу', ru: 'Цзянсу', en: 'Jiangsu Province' }, aliases: { en: ['Jiangsu'] } },
    { key: 'shanghai', type: 'CITY', ...PLACE, names: { kk: 'Шаңхай', ru: 'Шанхай', en: 'Shanghai' } },
    { key: 'makanshy', type: 'CITY', ...PLACE, names: { kk: 'Мақаншы', ru: 'Маканчи', en: 'Makanshy' } },
    { key: 'khorgos', type: 'CITY', ...PLACE, names: { kk: 'Қорғас', ru: 'Хоргос', en: 'Khorgos' } },
    { key: 'semey', type: 'CITY', ...PLACE, names: { kk: 'Семей', ru: 'Семей', en: 'Semey' }, aliases: { ru: ['Семипалатинск'] } },
    { key: 'fyodorovka', type: 'CITY', ...PLACE, names: { kk: 'Фёдоровка', ru: 'Фёдоровка', en: 'Fyodorovka' } },
    {
      key: 'steppe-radio',
      type: 'ORGANIZATION',
      names: { kk: 'Дала радиосы', ru: 'Радио Степь', en: 'Steppe Radio' },
      aliases: { kk: ['Steppe-radio.kz'], ru: ['Steppe-radio.kz'], en: ['Steppe-radio.kz'] },
    },
    {
      key: 'akimat-almaty',
      type: 'ORGANIZATION',
      names: { kk: 'Алматы қаласының әкімдігі', ru: 'Акимат города Алматы', en: 'Akimat of Almaty' },
      aliases: { ru: ['Акимат Алматы', 'акимат Алматы'] },
    },
    {
      key: 'morning-star',
      type: 'ORGANIZATION',
      names: { kk: 'Таң жұлдызы', ru: 'Утренняя звезда', en: 'Morning Star' },
      aliases: { ru: ['газета «Утренняя звезда»'] },
      displayOnly: ['kk', 'ru'],
    },
  ]),
);

function found(body: string, language: Language): string[] {
  return findMentions(body, language, matcher).map((mention) => {
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    return `${mention.text} → ${mention.entity.key}`;
  });
}

describe('a form written in lower case by one of its spellings needs no capital', () => {
  test.each<[Language, string, string[]]>([
    ['ru', 'Делегация из области Абай прибыла в Алматы.', ['области Абай → abai-region', 'Алматы → almaty']],
    ['ru', 'Область Абай и Китай подписали меморандум.', ['Область Абай → abai-region']],
    ['ru', 'Губернатор встретился с акиматом Алматы.', ['акиматом Алматы → akimat-almaty']],
    ['ru', 'Акимат Алматы сообщил о встрече.', ['Акимат Алматы → akimat-almaty']],
    // a form whose spellings all start with a capital still needs one
    ['ru', 'в алматинской области и в алматы', []],
  ])('%s: %s', (language, body, expected) => {
    expect(found(body, language)).toEqual(expected);
  });
});

describe('a web address is a name in any case', () => {
  test.each<[Language, string, string[]]>([
    ['kk', 'Хабарды steppe-radio.kz сайты жариялады.', ['steppe-radio.kz → steppe-radio']],
    ['ru', 'Как сообщает STEPPE-RADIO.KZ, рейс отменён.', ['STEPPE-RADIO.KZ → steppe-radio']],
    ['en', 'Steppe-radio.kz reported the flight.', ['Steppe-radio.kz → steppe-radio']],
    // the name without its domain is not the address
    ['en', 'The steppe radio played all night.', []],
  ])('%s: %s', (language, body, expected) => {
    expect(found(body, language)).toEqual(expected);
  });
});

describe('English: the generic word of a name may be in lower case or plural', () => {
  test.each<[string, string[]]>([
    ['Officials of the Abai region met the delegation.', ['Abai region → abai-region']],
    ['The Almaty region and the city of Almaty signed a plan.', ['Almaty region → almaty-region', 'Almaty → almaty']],
    ['Almaty and Abai regions will host the fair.', ['Almaty → almaty', 'Abai regions → abai-region']],
    ['The Xinjiang Uygur autonomous region borders Kazakhstan.', ['Xinjiang Uygur autonomous region → xinjiang']],
    ['Firms from the Jiangsu province came.', ['Jiangsu province → jiangsu']],
    // the capital is still needed on the first word: "region" alone names nothing
    ['The region of abai is large.', []],
  ])('%s', (body, expected) => {
    expect(found(body, 'en')).toEqual(expected);
  });
});

describe('odd characters inside and around names', () => {
  test.each<[Language, string, string[]]>([
    ['ru', 'Поезд из Алма\u2011Аты прибыл в Алма-Ату.', ['Алма\u2011Аты → almaty', 'Алма-Ату → almaty']],
    ['kk', 'Алматы\u00A0облысының әкімі келді.', ['Алматы\u00A0облысының → almaty-region']],
    ['ru', 'Жители Федоровки и Фёдоровки.', ['Федоровки → fyodorovka', 'Фёдоровки → fyodorovka']],
    // Kazakh letters in a Russian text, Russian spelling in a Kazakh one
    ['ru', 'Аким района Мақаншы встретился с делегацией из Шанхая.', ['Мақаншы → makanshy', 'Шанхая → shanghai']],
    ['kk', 'Пойыз Шанхайдан Хоргосқа келді.', ['Шанхайдан → shanghai', 'Хоргосқа → khorgos']],
    // a Latin look-alike inside a Cyrillic word
    ['ru', 'Делегация Семeя (с латинской e) прибыла.', ['Семeя → semey']],
    // quotes around a name stay outside the mention
    ['kk', '«Қорғас» пен "Алматы" арасында.', ['Қорғас → khorgos', 'Алматы → almaty']],
  ])('%s: %s', (language, body, expected) => {
    expect(found(body, language)).toEqual(expected);
  });
});

describe('a name that is also an ordinary phrase is found when the text quotes it whole', () => {
  test.each<[Language, string, string[]]>([
    ['ru', 'Об этом сообщает «Утренняя звезда» со ссылкой на акимат.', ['Утренняя звезда → morning-star']],
    ['ru', 'Об этом пишет "Утренняя звезда".', ['Утренняя звезда → morning-star']],
    ['kk', 'Бұл туралы «Таң жұлдызы» хабарлады.', ['Таң жұлдызы → morning-star']],
    ['en', 'Morning Star reported it.', ['Morning Star → morning-star']],
    // unquoted, or quoted with more words, it is the phrase
    ['ru', 'Утренняя звезда взошла над степью.', []],
    ['kk', 'Таң жұлдызы жанды.', []],
    ['ru', 'Он назвал её «Утренняя звезда степи».', []],
  ])('%s: %s', (language, body, expected) => {
    expect(found(body, language)).toEqual(expected);
  });
});
