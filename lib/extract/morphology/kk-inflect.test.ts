import { describe, expect, test } from 'vitest';
import { kkConjunctionAfter, kkInflectName, kkInflectWord, kkNameIsPossessed } from './kk-inflect';

// Columns: genitive, dative, locative, ablative, accusative, instrumental, locative + -ғы.
describe('kkInflectName: every case of a name, by harmony and last sound', () => {
  test.each([
    // back vowel stems
    ['Алматы', 'Алматының', 'Алматыға', 'Алматыда', 'Алматыдан', 'Алматыны', 'Алматымен', 'Алматыдағы'],
    ['Астана', 'Астананың', 'Астанаға', 'Астанада', 'Астанадан', 'Астананы', 'Астанамен', 'Астанадағы'],
    // front vowel stems: a lone name in -і is a plain vowel stem, not a possessive
    ['Үрімші', 'Үрімшінің', 'Үрімшіге', 'Үрімшіде', 'Үрімшіден', 'Үрімшіні', 'Үрімшімен', 'Үрімшідегі'],
    ['Ақтөбе', 'Ақтөбенің', 'Ақтөбеге', 'Ақтөбеде', 'Ақтөбеден', 'Ақтөбені', 'Ақтөбемен', 'Ақтөбедегі'],
    // sonorant й
    ['Шаңхай', 'Шаңхайдың', 'Шаңхайға', 'Шаңхайда', 'Шаңхайдан', 'Шаңхайды', 'Шаңхаймен', 'Шаңхайдағы'],
    // nasals: -ның, -нан
    ['Қазақстан', 'Қазақстанның', 'Қазақстанға', 'Қазақстанда', 'Қазақстаннан', 'Қазақстанды', 'Қазақстанмен', 'Қазақстандағы'],
    ['Бейжің', 'Бейжіңнің', 'Бейжіңге', 'Бейжіңде', 'Бейжіңнен', 'Бейжіңді', 'Бейжіңмен', 'Бейжіңдегі'],
    // lateral and sibilant: -дың; sibilant takes -бен
    ['Орал', 'Оралдың', 'Оралға', 'Оралда', 'Оралдан', 'Оралды', 'Оралмен', 'Оралдағы'],
    ['Тараз', 'Тараздың', 'Таразға', 'Таразда', 'Тараздан', 'Таразды', 'Таразбен', 'Тараздағы'],
    // voiceless: -тың, -қа/-ке, -пен
    ['Бишкек', 'Бишкектің', 'Бишкекке', 'Бишкекте', 'Бишкектен', 'Бишкекті', 'Бишкекпен', 'Бишкектегі'],
    ['Владивосток', 'Владивостоктың', 'Владивостокқа', 'Владивостокта', 'Владивостоктан', 'Владивостокты', 'Владивостокпен', 'Владивостоктағы'],
    // в counts as voiceless; «е» after a vowel is [je] and the vowel before it decides: back
    ['Тоқаев', 'Тоқаевтың', 'Тоқаевқа', 'Тоқаевта', 'Тоқаевтан', 'Тоқаевты', 'Тоқаевпен', 'Тоқаевтағы'],
    // «у» after a vowel is a glide: a consonant stem in the vowel's harmony
    ['Гуанчжоу', 'Гуанчжоудың', 'Гуанчжоуға', 'Гуанчжоуда', 'Гуанчжоудан', 'Гуанчжоуды', 'Гуанчжоумен', 'Гуанчжоудағы'],
    ['Мәскеу', 'Мәскеудің', 'Мәскеуге', 'Мәскеуде', 'Мәскеуден', 'Мәскеуді', 'Мәскеумен', 'Мәскеудегі'],
    // a place compounded on «су» keeps its back harmony although «і» comes before it
    ['Жетісу', 'Жетісудың', 'Жетісуға', 'Жетісуда', 'Жетісудан', 'Жетісуды', 'Жетісумен', 'Жетісудағы'],
    // a final soft sign: front endings on a loan
    ['Сиань', 'Сианьнің', 'Сианьге', 'Сианьде', 'Сианьнен', 'Сианьді', 'Сианьмен', 'Сианьдегі'],
    // only «и»: read [ɪj], a front consonant stem
    ['Тбилиси', 'Тбилисидің', 'Тбилисиге', 'Тбилисиде', 'Тбилисиден', 'Тбилисиді', 'Тбилисимен', 'Тбилисидегі'],
    // multi-word and hyphenated names: the last word inflects
    ['Гун Чжэн', 'Гун Чжэннің', 'Гун Чжэнге', 'Гун Чжэнде', 'Гун Чжэннен', 'Гун Чжэнді', 'Гун Чжэнмен', 'Гун Чжэндегі'],
    ['Си Цзиньпин', 'Си Цзиньпиннің', 'Си Цзиньпинге', 'Си Цзиньпинде', 'Си Цзиньпиннен', 'Си Цзиньпинді', 'Си Цзиньпинмен', 'Си Цзиньпиндегі'],
    ['Фан Сяо', 'Фан Сяоның', 'Фан Сяоға', 'Фан Сяода', 'Фан Сяодан', 'Фан Сяоны', 'Фан Сяомен', 'Фан Сяодағы'],
    ['Нұр-Сұлтан', 'Нұр-Сұлтанның', 'Нұр-Сұлтанға', 'Нұр-Сұлтанда', 'Нұр-Сұлтаннан', 'Нұр-Сұлтанды', 'Нұр-Сұлтанмен', 'Нұр-Сұлтандағы'],
    // trap: a multi-word name whose last word is a name in -ы, not a possessive
    ['Жаңа Алматы', 'Жаңа Алматының', 'Жаңа Алматыға', 'Жаңа Алматыда', 'Жаңа Алматыдан', 'Жаңа Алматыны', 'Жаңа Алматымен', 'Жаңа Алматыдағы'],
    // possessive heads: n-shapes after the 3rd-person ending
    ['Алматы облысы', 'Алматы облысының', 'Алматы облысына', 'Алматы облысында', 'Алматы облысынан', 'Алматы облысын', 'Алматы облысымен', 'Алматы облысындағы'],
    [
      'Қазақстанның Гуанчжоудағы Бас консулдығы',
      'Қазақстанның Гуанчжоудағы Бас консулдығының',
      'Қазақстанның Гуанчжоудағы Бас консулдығына',
      'Қазақстанның Гуанчжоудағы Бас консулдығында',
      'Қазақстанның Гуанчжоудағы Бас консулдығынан',
      'Қазақстанның Гуанчжоудағы Бас консулдығын',
      'Қазақстанның Гуанчжоудағы Бас консулдығымен',
      'Қазақстанның Гуанчжоудағы Бас консулдығындағы',
    ],
    ['Сыртқы істер министрлігі', 'Сыртқы істер министрлігінің', 'Сыртқы істер министрлігіне', 'Сыртқы істер министрлігінде', 'Сыртқы істер министрлігінен', 'Сыртқы істер министрлігін', 'Сыртқы істер министрлігімен', 'Сыртқы істер министрлігіндегі'],
    ['Қытай Халық Республикасы', 'Қытай Халық Республикасының', 'Қытай Халық Республикасына', 'Қытай Халық Республикасында', 'Қытай Халық Республикасынан', 'Қытай Халық Республикасын', 'Қытай Халық Республикасымен', 'Қытай Халық Республикасындағы'],
    // a patronymic in -ұлы is a possessive, even alone
    ['Байтұрсынұлы', 'Байтұрсынұлының', 'Байтұрсынұлына', 'Байтұрсынұлында', 'Байтұрсынұлынан', 'Байтұрсынұлын', 'Байтұрсынұлымен', 'Байтұрсынұлындағы'],
    // abbreviations, Latin script and quoted names take the ending after a hyphen
    ['АҚШ', 'АҚШ-тың', 'АҚШ-қа', 'АҚШ-та', 'АҚШ-тан', 'АҚШ-ты', 'АҚШ-пен', 'АҚШ-тағы'],
    ['БҰҰ', 'БҰҰ-ның', 'БҰҰ-ға', 'БҰҰ-да', 'БҰҰ-дан', 'БҰҰ-ны', 'БҰҰ-мен', 'БҰҰ-дағы'],
    // no vowel: «қ» tells a back word
    ['ҚХР', 'ҚХР-дың', 'ҚХР-ға', 'ҚХР-да', 'ҚХР-дан', 'ҚХР-ды', 'ҚХР-мен', 'ҚХР-дағы'],
    ['Air Astana', 'Air Astana-ның', 'Air Astana-ға', 'Air Astana-да', 'Air Astana-дан', 'Air Astana-ны', 'Air Astana-мен', 'Air Astana-дағы'],
    ['«Самұрық-Қазына»', '«Самұрық-Қазына»-ның', '«Самұрық-Қазына»-ға', '«Самұрық-Қазына»-да', '«Самұрық-Қазына»-дан', '«Самұрық-Қазына»-ны', '«Самұрық-Қазына»-мен', '«Самұрық-Қазына»-дағы'],
  ])('%s', (name, genitive, dative, locative, ablative, accusative, instrumental, locativeRelative) => {
    expect(kkInflectName(name, 'genitive')).toBe(genitive);
    expect(kkInflectName(name, 'dative')).toBe(dative);
    expect(kkInflectName(name, 'locative')).toBe(locative);
    expect(kkInflectName(name, 'ablative')).toBe(ablative);
    expect(kkInflectName(name, 'accusative')).toBe(accusative);
    expect(kkInflectName(name, 'instrumental')).toBe(instrumental);
    expect(kkInflectName(name, 'locativeRelative')).toBe(locativeRelative);
  });
});

describe('kkInflectWord: common words', () => {
  test.each([
    // 3rd-person possessive: -сы/-сі after a vowel, -ы/-і after a consonant, к/қ/п voiced before it
    ['қала', 'possessive', 'қаласы'],
    ['ел', 'possessive', 'елі'],
    ['аймақ', 'possessive', 'аймағы'],
    ['министрлік', 'possessive', 'министрлігі'],
    ['кітап', 'possessive', 'кітабы'],
    ['сапар', 'possessive', 'сапары'],
    ['рейс', 'possessive', 'рейсі'],
    // trap: a common word in -су follows its own vowels (not the compound-place rule)
    ['кездесу', 'possessive', 'кездесуі'],
    ['ашылу', 'possessive', 'ашылуы'],
    // month names and plural words in a case
    ['наурыз', 'dative', 'наурызға'],
    ['қыркүйек', 'dative', 'қыркүйекке'],
    ['ақпан', 'locativeRelative', 'ақпандағы'],
    ['сәуір', 'dative', 'сәуірге'],
    ['басқалар', 'genitive', 'басқалардың'],
    ['басқалар', 'instrumental', 'басқалармен'],
  ] as const)('%s + %s → %s', (word, form, expected) => {
    expect(kkInflectWord(word, form)).toBe(expected);
  });

  test('a stem that already carries the possessive takes the n-shapes', () => {
    expect(kkInflectWord('қаласы', 'dative', { possessed: true })).toBe('қаласына');
    expect(kkInflectWord('қаласы', 'genitive', { possessed: true })).toBe('қаласының');
  });
});

describe('kkNameIsPossessed', () => {
  test.each([
    ['Алматы облысы', true],
    ['Бас консулдығы', true],
    ['Ахмет Байтұрсынұлы', true],
    ['Гүлнар Сейітқызы', true],
    ['Алматы', false],
    ['Үрімші', false],
    ['Жаңа Алматы', false],
    ['Нұрлан Аққошқаров', false],
  ])('%s → %s', (name, expected) => {
    expect(kkNameIsPossessed(name)).toBe(expected);
  });
});

describe('kkConjunctionAfter: мен / бен / пен by the first conjunct', () => {
  test.each([
    ['Алматы', 'мен'],
    ['Қазақстан', 'мен'],
    ['Тараз', 'бен'],
    ['Тоқаев', 'пен'],
    ['Бишкек', 'пен'],
    ['ҚХР', 'мен'],
  ])('%s %s', (name, expected) => {
    expect(kkConjunctionAfter(name)).toBe(expected);
  });
});
