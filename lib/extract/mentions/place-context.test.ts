import { describe, expect, test } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import type { Language } from '../types';
import { createMentionMatcher, findMentions } from './index';

// The words around a place's name: an order, a street, a building or a prize named after a place
// is not the place, and an ordinary word that only opens a sentence is not a place's name.

const PLACE = { coordinates: { lat: 45, lon: 80 } };

const matcher = createMentionMatcher(
  buildGazetteer([
    { key: 'dostyk', type: 'CITY', ...PLACE, names: { kk: 'Достық', ru: 'Достык', en: 'Dostyk' } },
    { key: 'alashankou', type: 'CITY', ...PLACE, names: { kk: 'Алашаңқай', ru: 'Алашанькоу', en: 'Alashankou' }, aliases: { kk: ['Алашанькоу'] } },
    { key: 'kurgan', type: 'CITY', ...PLACE, names: { kk: 'Қорған', ru: 'Курган', en: 'Kurgan' } },
    { key: 'oral', type: 'CITY', ...PLACE, names: { kk: 'Орал', ru: 'Уральск', en: 'Oral' }, aliases: { en: ['Uralsk'] } },
    { key: 'almaty', type: 'CITY', ...PLACE, names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } },
    { key: 'astana', type: 'CITY', ...PLACE, names: { kk: 'Астана', ru: 'Астана', en: 'Astana' } },
    { key: 'kazakhstan', type: 'COUNTRY', names: { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' } },
    { key: 'china', type: 'COUNTRY', names: { kk: 'Қытай', ru: 'Китай', en: 'China' } },
    { key: 'china-house', type: 'ORGANIZATION', names: { kk: 'Қытай үйі', ru: 'Дом Китая', en: 'China House' } },
  ]),
);

function keys(body: string, language: Language): string[] {
  return findMentions(body, language, matcher).map((mention) => {
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    return `${mention.text} → ${mention.entity.key}`;
  });
}

describe('a word after a bare place name makes it another name: orders, streets, buildings, prizes', () => {
  test.each<[Language, string, string[]]>([
    ['kk', 'Ол «Достық» орденімен марапатталды.', []],
    ['kk', 'Көрме Достық даңғылында өтті.', []],
    ['kk', 'Кездесу Достық үйінде болды.', []],
    ['kk', 'Біз Астана алаңына бардық, кейін Алматы көшесімен жүрдік.', []],
    ['kk', 'Бейбітшілік сарайы мен Алматы саябағы жөнделеді.', []],
    ['en', 'The office is on Dostyk Avenue, near Astana Square.', []],
    ['en', 'He walked down Almaty Street to the Kazakhstan Hotel.', []],
    // a longer name of another entity is still found
    ['kk', 'Қытай үйінде кеш өтті.', ['Қытай үйінде → china-house']],
    ['en', 'The China House opened.', ['China House → china-house']],
    // traps: a place with an ending, in the plural, or a lower-case English word after it
    ['kk', 'Алматының көшелері кең.', ['Алматының → almaty']],
    ['kk', 'Алматы көшелерінде мереке өтті.', ['Алматы → almaty']],
    ['kk', 'Пойыз Достық станциясына жетті.', ['Достық → dostyk']],
    ['kk', 'Қазақстан үкіметі шешім қабылдады.', ['Қазақстан → kazakhstan']],
    ['en', 'China house prices rose, Dostyk station grew.', ['China → china', 'Dostyk → dostyk']],
    ['en', "Kazakhstan's streets were decorated.", ['Kazakhstan → kazakhstan']],
  ])('%s: %s', (language, body, expected) => {
    expect(keys(body, language)).toEqual(expected);
  });
});

describe('a word before a place name makes it another name', () => {
  test.each<[Language, string, string[]]>([
    ['ru', 'Он награждён орденом «Достык» II степени.', []],
    ['ru', 'Офис находится на проспекте Достык, а склад — на ул. Достык.', []],
    ['ru', 'Гости остановились в гостинице «Казахстан» и посетили стадион «Астана».', []],
    ['en', 'She received the Order of Dostyk.', []],
    // traps: the streets and parks of a city, and the kind of place itself
    ['ru', 'Улицы Алматы украсили к празднику, в парке Алматы открыли выставку.', ['Алматы → almaty', 'Алматы → almaty']],
    ['ru', 'Станция Достык принимает поезда из Китая.', ['Достык → dostyk', 'Китая → china']],
    ['ru', 'Улицы Астаны расчистили от снега.', ['Астаны → astana']],
    ['en', 'The order of Kazakhstan and China was signed.', ['Kazakhstan → kazakhstan', 'China → china']],
  ])('%s: %s', (language, body, expected) => {
    expect(keys(body, language)).toEqual(expected);
  });
});

describe('an ordinary word that only opens a sentence is not the place', () => {
  test.each<[Language, string, string[]]>([
    ['kk', 'Достық – ең асыл қасиет.', []],
    ['kk', 'Достық пен ынтымақ нығая берсін.', []],
    ['kk', 'Елдер арасында достық нығайды. Достық мәңгі болсын!', []],
    ['ru', 'Курган раскопали археологи.', []],
    ['en', 'Oral agreements were reached.', []],
    ['en', 'Friendship is the basis of cooperation.', []],
    ['ru', 'Дружба между народами крепнет.', []],
    // the place: a place word follows, another place is joined to it, the text names it elsewhere,
    // or it does not open the sentence
    ['kk', 'Достық станциясы арқылы жүк өтті.', ['Достық → dostyk']],
    ['kk', 'Достық және Алашанькоу станциялары жаңартылды.', ['Достық → dostyk', 'Алашанькоу → alashankou']],
    ['kk', 'Достық – Алашаңқай бағыты ашылды.', ['Достық → dostyk', 'Алашаңқай → alashankou']],
    ['kk', 'Достықта жүк көбейді. Пойыздар Достыққа күн сайын келеді.', ['Достықта → dostyk', 'Достыққа → dostyk']],
    ['kk', 'Пойыз Достықтан шықты.', ['Достықтан → dostyk']],
    ['ru', 'Курган и Астана подписали соглашение.', ['Курган → kurgan', 'Астана → astana']],
    ['ru', 'Делегация прибыла в Курган.', ['Курган → kurgan']],
    ['ru', 'Вчера в г. Курган прошла ярмарка.', ['Курган → kurgan']],
    ['en', 'Oral city hosted the forum.', ['Oral → oral']],
    ['en', 'Flights to Oral resume. Oral has a new airport.', ['Oral → oral', 'Oral → oral']],
    // a definition «X – …» is the ordinary word even where the text names the place
    ['kk', 'Достық станциясында той болды. Достық – ең асыл қасиет, деді ол.', ['Достық → dostyk']],
  ])('%s: %s', (language, body, expected) => {
    expect(keys(body, language)).toEqual(expected);
  });
});
