import { describe, expect, test } from 'vitest';
import { ABBREVIATIONS } from './abbreviations';
import { sentenceAt, splitSentences } from './split-sentences';
import type { Sentence } from '../types';

/** The invariants every split must keep, whatever the text. */
function expectWellFormed(body: string, sentences: Sentence[]): void {
  let previousEnd = 0;
  for (const sentence of sentences) {
    expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.text).toBe(sentence.text.trim());
    expect(sentence.text).not.toBe('');
    expect(sentence.text).not.toMatch(/[\n\r]/);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = sentence.end;
  }
}

const SPLITS: Array<{ language: string; name: string; body: string; expected: string[] }> = [
  // Kazakh
  {
    language: 'kk',
    name: 'two plain sentences',
    body: 'Кездесу Астанада өтті. Тараптар жол картасын талқылады.',
    expected: ['Кездесу Астанада өтті.', 'Тараптар жол картасын талқылады.'],
  },
  {
    language: 'kk',
    name: 'exclamation and question marks',
    body: 'Рейс қашан ашылады? Әзірге белгісіз! Бірақ келіссөздер жалғасуда.',
    expected: ['Рейс қашан ашылады?', 'Әзірге белгісіз!', 'Бірақ келіссөздер жалғасуда.'],
  },
  {
    language: 'kk',
    name: 'an initial glued to the surname',
    body: 'Жиынға Н.Әбенов қатысты. Ол баяндама жасады.',
    expected: ['Жиынға Н.Әбенов қатысты.', 'Ол баяндама жасады.'],
  },
  {
    language: 'kk',
    name: 'an initial followed by a space',
    body: 'Жиынға Н. Әбенов қатысты. Ол баяндама жасады.',
    expected: ['Жиынға Н. Әбенов қатысты.', 'Ол баяндама жасады.'],
  },
  {
    language: 'kk',
    name: 'hyphenated double initials',
    body: 'Мемлекет басшысы Қ.-Ж. Тоқаев форумда сөйледі. Келесі жиын күзде өтеді.',
    expected: ['Мемлекет басшысы Қ.-Ж. Тоқаев форумда сөйледі.', 'Келесі жиын күзде өтеді.'],
  },
  {
    language: 'kk',
    name: '«ж.» (year) before a capital',
    body: 'Құрылыс 2024 ж. Шымкентте басталды. Жоба екі кезеңнен тұрады.',
    expected: ['Құрылыс 2024 ж. Шымкентте басталды.', 'Жоба екі кезеңнен тұрады.'],
  },
  {
    language: 'kk',
    name: '«жж.» (years) before a capital',
    body: 'Келісім 2026-2028 жж. Алматы мен Үрімжі арасында жасалды.',
    expected: ['Келісім 2026-2028 жж. Алматы мен Үрімжі арасында жасалды.'],
  },
  {
    language: 'kk',
    name: '«ж.» before a day number',
    body: 'Форум 2026 ж. 15 наурызда өтеді.',
    expected: ['Форум 2026 ж. 15 наурызда өтеді.'],
  },
  {
    language: 'kk',
    name: '«т.б.» closing a list ends the sentence before a capital',
    body: 'Көрмеде астық, жеміс және т.б. ұсынылды. Келесі жылы көрме кеңейеді, жаңа павильон т.б. Ұйымдастырушылар қуанышты.',
    expected: [
      'Көрмеде астық, жеміс және т.б. ұсынылды.',
      'Келесі жылы көрме кеңейеді, жаңа павильон т.б.',
      'Ұйымдастырушылар қуанышты.',
    ],
  },
  {
    language: 'kk',
    name: 'a decimal number and «млрд.»',
    body: 'Инвестиция көлемі 3.5 млрд. теңгені құрады. Жоба жалғасады.',
    expected: ['Инвестиция көлемі 3.5 млрд. теңгені құрады.', 'Жоба жалғасады.'],
  },
  {
    language: 'kk',
    name: 'a dotted date',
    body: 'Форум 15.03.2026 өтеді. 200 адам қатысады.',
    expected: ['Форум 15.03.2026 өтеді.', '200 адам қатысады.'],
  },
  {
    language: 'kk',
    name: 'dots inside «…» quotation',
    body: 'Ол: «Біз келістік. Жоба басталады.» деп айтты. Кейін баспасөз мәслихаты болды.',
    expected: ['Ол: «Біз келістік. Жоба басталады.» деп айтты.', 'Кейін баспасөз мәслихаты болды.'],
  },
  {
    language: 'kk',
    name: 'a title in «…» with dots',
    body: '«Шаңхай. Ынтымақтастық. Болашақ» көрмесі ашылды.',
    expected: ['«Шаңхай. Ынтымақтастық. Болашақ» көрмесі ашылды.'],
  },
  {
    language: 'kk',
    name: 'paragraphs without final punctuation',
    body: 'Бірінші абзац\nЕкінші абзац',
    expected: ['Бірінші абзац', 'Екінші абзац'],
  },
  {
    language: 'kk',
    name: 'a lower-case word after a full stop does not start a sentence',
    body: 'Жоба 2025 ж. басталды. және жалғасады',
    expected: ['Жоба 2025 ж. басталды. және жалғасады'],
  },
  // Russian
  {
    language: 'ru',
    name: '«г.» before a city name',
    body: 'Встреча прошла в г. Алматы. Стороны подписали меморандум.',
    expected: ['Встреча прошла в г. Алматы.', 'Стороны подписали меморандум.'],
  },
  {
    language: 'ru',
    name: '«гг.» before a capital',
    body: 'В 2025–2027 гг. Казахстан и Китай откроют пять новых рейсов.',
    expected: ['В 2025–2027 гг. Казахстан и Китай откроют пять новых рейсов.'],
  },
  {
    language: 'ru',
    name: '«т.е.» before a capital',
    body: 'Главный партнёр, т.е. Китай, увеличил импорт. Экспорт тоже вырос.',
    expected: ['Главный партнёр, т.е. Китай, увеличил импорт.', 'Экспорт тоже вырос.'],
  },
  {
    language: 'ru',
    name: '«т.д.» closing a list',
    body: 'Через порт пойдут зерно, металлы и т.д. Всё это снизит стоимость доставки.',
    expected: ['Через порт пойдут зерно, металлы и т.д.', 'Всё это снизит стоимость доставки.'],
  },
  {
    language: 'ru',
    name: '«им.» and a hyphenated name',
    body: 'Университет им. Аль-Фараби подписал соглашение с вузом из Ланьчжоу.',
    expected: ['Университет им. Аль-Фараби подписал соглашение с вузом из Ланьчжоу.'],
  },
  {
    language: 'ru',
    name: '«ул.» and a house number ending a sentence',
    body: 'Офис находится на ул. Абая, 10. Приём ведётся ежедневно.',
    expected: ['Офис находится на ул. Абая, 10.', 'Приём ведётся ежедневно.'],
  },
  {
    language: 'ru',
    name: '«проф.» and «акад.»',
    body: 'Лекцию прочитал проф. Иванов. Затем выступил акад. Петров.',
    expected: ['Лекцию прочитал проф. Иванов.', 'Затем выступил акад. Петров.'],
  },
  {
    language: 'ru',
    name: '«млн.» and «тыс.» before capitals',
    body: 'Сумма — 5 млн. Евро выделит банк, 300 тыс. Юаней добавит партнёр.',
    expected: ['Сумма — 5 млн. Евро выделит банк, 300 тыс. Юаней добавит партнёр.'],
  },
  {
    language: 'ru',
    name: 'a village «с.» (single lower-case letter)',
    body: 'Ферма расположена в с. Талгар Алматинской области.',
    expected: ['Ферма расположена в с. Талгар Алматинской области.'],
  },
  {
    language: 'ru',
    name: 'Kazakh initials inside Russian text',
    body: 'Консул Б.Сәтбаев и мэр Ли Цян обсудили рейсы. Затем стороны подписали протокол.',
    expected: ['Консул Б.Сәтбаев и мэр Ли Цян обсудили рейсы.', 'Затем стороны подписали протокол.'],
  },
  {
    language: 'ru',
    name: 'a quotation followed by a full stop',
    body: 'Он сказал: «Мы готовы. Начнём весной». Далее прошла пресс-конференция.',
    expected: ['Он сказал: «Мы готовы. Начнём весной».', 'Далее прошла пресс-конференция.'],
  },
  {
    language: 'ru',
    name: 'nested guillemets',
    body: 'Он назвал «проект «Шёлковый путь. Этап 2» важным». Работа продолжается.',
    expected: ['Он назвал «проект «Шёлковый путь. Этап 2» важным».', 'Работа продолжается.'],
  },
  {
    language: 'ru',
    name: '„…“ quotation',
    body: 'Проект назвали „Новый путь. Этап 2“. Работа продолжается.',
    expected: ['Проект назвали „Новый путь. Этап 2“.', 'Работа продолжается.'],
  },
  {
    language: 'ru',
    name: 'an ellipsis, three dots and ?!',
    body: 'Переговоры продолжатся… Итоги подведут в июне... Неужели?! Да.',
    expected: ['Переговоры продолжатся…', 'Итоги подведут в июне...', 'Неужели?!', 'Да.'],
  },
  {
    language: 'ru',
    name: 'an ellipsis before a lower-case word',
    body: 'Ну... посмотрим, что скажут в Пекине.',
    expected: ['Ну... посмотрим, что скажут в Пекине.'],
  },
  {
    language: 'ru',
    name: 'a sentence starting with a digit or a quote',
    body: 'Сделка закрыта. 15 марта начнётся поставка. «Мы ждём гостей», — добавил он.',
    expected: ['Сделка закрыта.', '15 марта начнётся поставка.', '«Мы ждём гостей», — добавил он.'],
  },
  {
    language: 'ru',
    name: 'numbered list items',
    body: '1. Развитие торговли. 2. Туризм. 3. Образование.',
    expected: ['1. Развитие торговли.', '2. Туризм.', '3. Образование.'],
  },
  {
    language: 'ru',
    name: 'an abbreviation in upper case at the start of a sentence',
    body: 'Т.е. Астана станет хабом. Решение принято.',
    expected: ['Т.е. Астана станет хабом.', 'Решение принято.'],
  },
  {
    language: 'ru',
    name: 'an acronym ends a sentence',
    body: 'Товарооборот с КНР вырос. Об этом сообщили в МИД РК. Данные предварительные.',
    expected: ['Товарооборот с КНР вырос.', 'Об этом сообщили в МИД РК.', 'Данные предварительные.'],
  },
  // English
  {
    language: 'en',
    name: 'titles before names',
    body: 'Mr. Li met Dr. Smith in Almaty. They discussed flights.',
    expected: ['Mr. Li met Dr. Smith in Almaty.', 'They discussed flights.'],
  },
  {
    language: 'en',
    name: 'St. before a city',
    body: 'The talks in St. Petersburg ended. A new round starts in May.',
    expected: ['The talks in St. Petersburg ended.', 'A new round starts in May.'],
  },
  {
    language: 'en',
    name: 'U.S. before a capital',
    body: 'Trade with the U.S. Department of Commerce grew.',
    expected: ['Trade with the U.S. Department of Commerce grew.'],
  },
  {
    language: 'en',
    name: 'e.g. and i.e.',
    body: "Several cities, e.g. Xi'an and Urumqi, joined, i.e. Two more than planned. The list may grow.",
    expected: ["Several cities, e.g. Xi'an and Urumqi, joined, i.e. Two more than planned.", 'The list may grow.'],
  },
  {
    language: 'en',
    name: 'an abbreviated month before a day',
    body: 'The forum opens on Jan. 15 in Astana. Registration is open.',
    expected: ['The forum opens on Jan. 15 in Astana.', 'Registration is open.'],
  },
  {
    language: 'en',
    name: 'an initial',
    body: 'Consul B. Satbayev spoke first. Then the mayor replied.',
    expected: ['Consul B. Satbayev spoke first.', 'Then the mayor replied.'],
  },
  {
    language: 'en',
    name: 'a decimal number',
    body: 'Exports rose 3.5 percent. Imports fell.',
    expected: ['Exports rose 3.5 percent.', 'Imports fell.'],
  },
  {
    language: 'en',
    name: 'etc. closing a list',
    body: 'Goods include grain, oil, metals, etc. The route cuts delivery time.',
    expected: ['Goods include grain, oil, metals, etc.', 'The route cuts delivery time.'],
  },
  {
    language: 'en',
    name: 'curly quotation marks',
    body: 'He said: “We agree. We will sign in March.” Then he left.',
    expected: ['He said: “We agree. We will sign in March.”', 'Then he left.'],
  },
  {
    language: 'en',
    name: 'straight quotation marks',
    body: 'The motto was "Open. Fast. Safe." and it worked. Next year more flights follow.',
    expected: ['The motto was "Open. Fast. Safe." and it worked.', 'Next year more flights follow.'],
  },
  {
    language: 'en',
    name: 'a sentence ending inside straight quotes',
    body: 'The sign read "Welcome to Almaty." Visitors smiled.',
    expected: ['The sign read "Welcome to Almaty."', 'Visitors smiled.'],
  },
  {
    language: 'en',
    name: 'a sentence ending with a parenthesis',
    body: 'The deal was signed (see the annex). Details follow.',
    expected: ['The deal was signed (see the annex).', 'Details follow.'],
  },
  {
    language: 'en',
    name: 'questions and exclamations',
    body: 'Is the route open? Not yet! Officials expect a decision soon.',
    expected: ['Is the route open?', 'Not yet!', 'Officials expect a decision soon.'],
  },
  {
    language: 'en',
    name: 'No. before a number',
    body: 'Train No. 5 leaves at noon. It arrives in Urumqi the next day.',
    expected: ['Train No. 5 leaves at noon.', 'It arrives in Urumqi the next day.'],
  },
  {
    language: 'en',
    name: 'a company suffix ends the sentence',
    body: 'The buyer is Steppe Cargo Ltd. The seller is a state company.',
    expected: ['The buyer is Steppe Cargo Ltd.', 'The seller is a state company.'],
  },
  // Layout
  {
    language: 'any',
    name: 'a paragraph break inside a quotation still splits',
    body: '«Бірінші жол\nекінші жол»',
    expected: ['«Бірінші жол', 'екінші жол»'],
  },
  {
    language: 'any',
    name: 'surrounding and blank-line whitespace',
    body: '  First one. Second one.  \n\n \t \n  Third  ',
    expected: ['First one.', 'Second one.', 'Third'],
  },
  {
    language: 'any',
    name: 'CRLF and CR paragraph breaks',
    body: 'One.\r\nTwo.\rThree.',
    expected: ['One.', 'Two.', 'Three.'],
  },
  {
    language: 'any',
    name: 'a dot with no space after it',
    body: 'Read more at gov.kz.Next time.',
    expected: ['Read more at gov.kz.Next time.'],
  },
  { language: 'any', name: 'an empty body', body: '', expected: [] },
  { language: 'any', name: 'only whitespace', body: ' \n\t\n ', expected: [] },
];

describe('splitSentences', () => {
  test.each(SPLITS)('$language: $name', ({ body, expected }) => {
    const sentences = splitSentences(body);
    expect(sentences.map((sentence) => sentence.text)).toEqual(expected);
    expectWellFormed(body, sentences);
  });

  test('offsets hold on every case joined into one body', () => {
    const body = SPLITS.map((split) => split.body).join('\n');
    const sentences = splitSentences(body);
    expectWellFormed(body, sentences);
    expect(sentences.map((sentence) => sentence.text)).toEqual(
      SPLITS.flatMap((split) => split.body.split(/\r\n|\r|\n/)).flatMap(
        (paragraph) => splitSentences(paragraph).map((sentence) => sentence.text),
      ),
    );
  });

  test('offsets hold on unbalanced quotes and runs of punctuation', () => {
    const body = '«Открыто. Закрыто. "Да. Нет! ?? ... …» » “ „ ” Ещё. А.Б.В. Г. 1. 2. . . ! Конец';
    expectWellFormed(body, splitSentences(body));
  });

  test.each(Object.entries(ABBREVIATIONS).flatMap(([language, rows]) => rows.map((row) => ({ language, ...row }))))(
    '$language abbreviation $text before a capital',
    ({ text, mayEndSentence }) => {
      const body = `Алдында ${text} Келесі сөз тұр.`;
      const sentences = splitSentences(body).map((sentence) => sentence.text);
      expect(sentences).toEqual(mayEndSentence ? [`Алдында ${text}`, 'Келесі сөз тұр.'] : [body]);
    },
  );
});

describe('sentenceAt', () => {
  const body = 'Бірінші сөйлем. Second sentence!\n\nТретье предложение?  Төртінші';
  const sentences = splitSentences(body);

  test('finds the sentence for every offset, and nothing between sentences', () => {
    for (let offset = -2; offset <= body.length + 2; offset++) {
      const expected = sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
      expect(sentenceAt(sentences, offset)).toBe(expected);
    }
  });

  test.each([
    [0, 'Бірінші сөйлем.'],
    [14, 'Бірінші сөйлем.'],
    [16, 'Second sentence!'],
    [body.indexOf('предложение'), 'Третье предложение?'],
    [body.length - 1, 'Төртінші'],
  ])('offset %i → %s', (offset, text) => {
    expect(sentenceAt(sentences, offset)?.text).toBe(text);
  });

  test.each([[15], [body.indexOf('\n')], [body.length], [-1]])('offset %i is outside every sentence', (offset) => {
    expect(sentenceAt(sentences, offset)).toBeUndefined();
  });

  test('no sentences', () => {
    expect(sentenceAt([], 0)).toBeUndefined();
  });
});
