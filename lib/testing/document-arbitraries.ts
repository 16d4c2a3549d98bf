import fc from 'fast-check';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { Language } from '@/lib/domain/vocabulary';

/**
 * Generators of news documents for property tests: well-formed documents in kk, ru and en made of
 * our own sentence frames filled with gazetteer place names and dates, and the damage real files
 * come with (lines lost, doubled or swapped, stray Unicode, other line ends, huge lines, markup).
 */

type Frame = (a: string, b: string, day: number, year: number) => string;

const SENTENCES: Record<Language, readonly Frame[]> = {
  en: [
    (a, b, day, year) => `${a} and ${b} signed a cooperation agreement on ${day} March ${year}.`,
    (a, b) => `A delegation from ${a} will visit ${b} in October.`,
    (a, b) => `Direct flights between ${a} and ${b} were launched last week.`,
    (a, b) => `The mayor of ${a} met investors from ${b} on Tuesday.`,
    (a, b, _day, year) => `${a} and ${b} plan to open a logistics hub from ${year} to ${year + 2}.`,
  ],
  ru: [
    (a, b, day, year) => `${a} и ${b} подписали соглашение о сотрудничестве ${day} мая ${year} года.`,
    (a, b) => `Делегация города ${a} посетит ${b} в сентябре.`,
    (a, b) => `Между городами ${a} и ${b} открыт прямой авиарейс.`,
    (a, b) => `Аким города ${a} встретился с гостями из города ${b} в прошлую пятницу.`,
    (a, b, _day, year) => `${a} и ${b} станут городами-побратимами в ${year} году.`,
  ],
  kk: [
    (a, b, day, year) => `${a} мен ${b} ${year} жылғы ${day} сәуірде ынтымақтастық туралы келісімге қол қойды.`,
    (a, b) => `${a} қаласының делегациясы қыркүйекте ${b} қаласына барады.`,
    (a, b) => `${a} мен ${b} арасында тікелей әуе рейсі ашылды.`,
    (a, b) => `Кеше ${a} әкімі ${b} өкілдерімен кездесті.`,
    (a, b, _day, year) => `${year}-${year + 2} жылдары ${a} мен ${b} бірлескен жоспарды іске асырады.`,
  ],
};

const TITLES: Record<Language, readonly string[]> = {
  en: ['New flights between two cities', 'Sister cities meet again', ''],
  ru: ['Новые рейсы между городами', 'Города-побратимы встретились', ''],
  kk: ['Қалалар арасындағы жаңа рейстер', 'Бауырлас қалалар кездесті', ''],
};

const CREDITS: Record<Language, string> = { en: 'Photo: press service', ru: 'Фото: пресс-служба', kk: 'Сурет: баспасөз қызметі' };

/** Place names of each language from the gazetteer, so generated text mentions known entities. */
export function placeNames(gazetteer: Gazetteer): Record<Language, string[]> {
  const names: Record<Language, string[]> = { kk: [], ru: [], en: [] };
  for (const entry of gazetteer.entries) {
    if (entry.type !== 'CITY' && entry.type !== 'COUNTRY') continue;
    for (const language of ['kk', 'ru', 'en'] as const) names[language].push(entry.names[language]);
  }
  return names;
}

export const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** The lines of a well-formed document (date line, maybe a credit, 1–6 paragraphs of 1–4 sentences). */
export function wellFormedLines(gazetteer: Gazetteer): fc.Arbitrary<string[]> {
  const names = placeNames(gazetteer);
  return fc.constantFrom<Language>('kk', 'ru', 'en').chain((language) => {
    const pool = names[language];
    const sentence = fc
      .tuple(fc.constantFrom(...SENTENCES[language]), fc.constantFrom(...pool), fc.constantFrom(...pool), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1995, max: 2035 }))
      .map(([frame, a, b, day, year]) => frame(a, b, day, year));
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
    return fc
      .tuple(isoDate, fc.constantFrom(...TITLES[language]), fc.boolean(), fc.array(paragraph, { minLength: 1, maxLength: 6 }))
      .map(([date, title, credit, paragraphs]) => [`date ${date} ${title}`.trimEnd(), ...(credit ? [CREDITS[language]] : []), ...paragraphs]);
  });
}

/** One UTF-16 code unit of any value: lone surrogates included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Characters that upset text handling: combining marks, direction overrides, NUL, BOM, zero-widths, surrogates, astral symbols. */
const TRICKY_CHARACTERS = [
  '\u0301', '\u0308', '\u0327', '\u20dd', // combining marks
  '\u202e', '\u202d', '\u2066', '\u200f', // direction overrides and marks
  '\u0000', '\u0007', '\u001b', '\u007f', // controls
  '\ufeff', '\u200b', '\u200d', '\u00a0', '\u2028', '\u2029', '\u0085',
  '\ud800', '\udfff', '\ud83d', // lone surrogates
  '😀', '👩‍👩‍👧', '🇰🇿', '𝔸', '\u{10ffff}',
  '«', '»', '—', '–', '…', '.', '-', ' ',
];

export const trickyText = fc.array(fc.oneof(fc.constantFrom(...TRICKY_CHARACTERS), anyCodeUnit, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));

const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ']]>', '{{constructor.constructor("x")()}}', '<!--', '&amp;&lt;', '${process.exit()}', '\\u0000'];

type Mutation = (lines: string[]) => string[];

const at = (lines: readonly string[], index: number) => index % Math.max(1, lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (lines) => lines.filter((_, k) => k !== at(lines, i))),
  fc.nat().map((i): Mutation => (lines) => lines.flatMap((line, k) => (k === at(lines, i) ? [line, line] : [line]))),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (lines) => {
    const copy = [...lines];
    const [a, b] = [at(lines, i), at(lines, j)];
    [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.nat(), trickyText).map(([i, position, text]): Mutation => (lines) =>
    lines.map((line, k) => (k === at(lines, i) ? insertAt(line, position, text) : line)),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...MARKUP)).map(([i, position, text]): Mutation => (lines) =>
    lines.map((line, k) => (k === at(lines, i) ? insertAt(line, position, text) : line)),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1_000, max: 20_000 })).map(([i, repeat]): Mutation => (lines) => {
    const copy = [...lines];
    copy.splice(at(lines, i) + 1, 0, (lines[at(lines, i)] ?? 'x').repeat(Math.ceil(repeat / Math.max(1, (lines[at(lines, i)] ?? 'x').length))));
    return copy;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([i, count]): Mutation => (lines) => {
    const copy = [...lines];
    copy.splice(at(lines, i), 0, ...Array.from({ length: count }, () => ''));
    return copy;
  }),
);

/** A well-formed document after 0–4 mutations, joined with LF, CRLF, CR or a mix. */
export function mutatedDocument(gazetteer: Gazetteer): fc.Arbitrary<string> {
  return fc
    .tuple(wellFormedLines(gazetteer), fc.array(mutation, { maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r', 'mixed'))
    .map(([lines, mutations, ending]) => {
      const damaged = mutations.reduce((current, mutate) => mutate(current), lines);
      if (ending !== 'mixed') return damaged.join(ending);
      return damaged.map((line, k) => line + ['\n', '\r\n', '\r'][k % 3]).join('');
    });
}

function insertAt(line: string, position: number, text: string): string {
  const index = position % (line.length + 1);
  return line.slice(0, index) + text + line.slice(index);
}
