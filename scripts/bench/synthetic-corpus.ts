import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { Language } from '@/lib/domain/vocabulary';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { addDays, daysBetween, isoDay, type Day } from './corpus/calendar-words';
import { datePhrases } from './corpus/date-phrases';
import { buildEntityPools, INVENTED_CHINESE_PEOPLE, INVENTED_KAZAKH_PEOPLE, type EntityPools } from './corpus/entity-pools';
import { Random } from './corpus/random';
import type { Template, TemplateKit } from './corpus/template-kit';
import { EN_BACKGROUND, KK_BACKGROUND, RU_BACKGROUND } from './corpus/background';
import { EN_TEMPLATES, EN_TITLES } from './corpus/templates-en';
import { KK_TEMPLATES, KK_TITLES } from './corpus/templates-kk';
import { RU_TEMPLATES, RU_TITLES } from './corpus/templates-ru';

/**
 * A deterministic synthetic corpus for benchmarks: documents in the seed format (date line,
 * optional credit line, one paragraph per line), about 3 kB each, a third each in kk, ru and en,
 * written from our own sentence templates filled with gazetteer entities and dates of 2023–2027:
 * about one sentence in eight reports an event, the rest are background, as in real news.
 * The same seed gives byte-identical output. Benchmark input only: never shipped as demo data.
 *
 *   npx tsx scripts/bench/synthetic-corpus.ts --count 2000 --out <folder> [--seed 1]
 */

export interface SyntheticDocument {
  name: string;
  text: string;
}

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Defaults to the project's gazetteer. */
  gazetteer?: Gazetteer;
  /** Share of sentences that report an event; tests that page through many stories want more. */
  eventSentenceShare?: number;
}

const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];
const TEMPLATES: Readonly<Record<Language, readonly Template[]>> = { kk: KK_TEMPLATES, ru: RU_TEMPLATES, en: EN_TEMPLATES };
const BACKGROUND: Readonly<Record<Language, readonly Template[]>> = { kk: KK_BACKGROUND, ru: RU_BACKGROUND, en: EN_BACKGROUND };
const TITLES: Readonly<Record<Language, readonly Template[]>> = { kk: KK_TITLES, ru: RU_TITLES, en: EN_TITLES };
const CREDIT_WORDS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['Сурет', 'Фото'],
  ru: ['Фото', 'Источник фото'],
  en: ['Photo', 'Photo credit'],
};
const CREDIT_SOURCES = ['gov.kz', 'akorda.kz', 'пресс-служба акимата', 'press service', 'архив редакции'];

/** Publication dates span mid-2023 to mid-2027, so dates around them stay mostly inside 2023–2027. */
const FIRST_PUBLICATION: Day = { year: 2023, month: 6, day: 1 };
const LAST_PUBLICATION: Day = { year: 2027, month: 6, day: 30 };
/** Size the body grows to, in UTF-8 bytes; the last paragraph overshoots it by ~300 bytes on average. */
const MIN_BYTES = 2_400;
const MAX_BYTES = 3_200;
/**
 * How often a sentence reports an event (the rest are background: figures, geography, opinions):
 * about 2.5 events per article, where our labelled real news has 1.7. With every sentence an event
 * (14.5 per article), a day's reports of one city chained into stories far larger than real ones.
 */
const EVENT_SENTENCE_SHARE = 0.12;
/** How often a document names its main city pair rather than another city. */
const MAIN_PAIR_SHARE = 0.6;

/** Harmless variations real files come with; each applies to a small share of documents. */
const VARIATION_SHARE = { credit: 0.7, leadingSpace: 0.1, crlf: 0.1, bom: 0.03, trailingBlankLines: 0.1 };

export function generateCorpus({ count, seed, gazetteer = readGazetteer(), eventSentenceShare = EVENT_SENTENCE_SHARE }: CorpusOptions): SyntheticDocument[] {
  const random = new Random(seed);
  const pools = buildEntityPools(gazetteer);
  const documents: SyntheticDocument[] = [];
  let languages: Language[] = [];
  for (let index = 0; index < count; index++) {
    // Languages come in shuffled blocks of three: balanced, without a fixed rhythm.
    if (languages.length === 0) languages = random.shuffle(LANGUAGES);
    const language = languages.pop() as Language;
    documents.push({
      name: `synthetic-${String(index + 1).padStart(5, '0')}-${language}.txt`,
      text: generateDocument(language, random, pools, eventSentenceShare),
    });
  }
  return documents;
}

function generateDocument(language: Language, random: Random, pools: EntityPools, eventSentenceShare: number): string {
  const published = addDays(FIRST_PUBLICATION, random.int(0, daysBetween(FIRST_PUBLICATION, LAST_PUBLICATION)));
  const kit = createKit(random, pools, published, language);
  const header = [`date ${isoDay(published)} ${random.pick(TITLES[language])(kit)}`];
  if (random.chance(VARIATION_SHARE.credit)) header.push(`${random.pick(CREDIT_WORDS[language])}: ${random.pick(CREDIT_SOURCES)}`);

  const target = random.int(MIN_BYTES, MAX_BYTES);
  let size = byteLength(header.join('\n'));
  const paragraphs: string[] = [];
  const events = shuffledDeck(TEMPLATES[language], random);
  const background = shuffledDeck(BACKGROUND[language], random);
  while (size < target) {
    const sentences: string[] = [];
    const length = random.int(2, 4);
    while (sentences.length < length) sentences.push((random.chance(eventSentenceShare) ? events() : background())(kit));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += byteLength(paragraph) + 1;
  }

  const lineEnd = random.chance(VARIATION_SHARE.crlf) ? '\r\n' : '\n';
  const lead = random.chance(VARIATION_SHARE.leadingSpace) ? ' ' : '';
  const bom = random.chance(VARIATION_SHARE.bom) ? '\uFEFF' : '';
  const tail = random.chance(VARIATION_SHARE.trailingBlankLines) ? lineEnd.repeat(2) : '';
  return `${bom}${lead}${[...header, ...paragraphs].join(lineEnd)}${lineEnd}${tail}`;
}

/** Deals the templates in shuffled rounds, so each is used before any repeats. */
function shuffledDeck(templates: readonly Template[], random: Random): () => Template {
  let deck: Template[] = [];
  return () => {
    if (deck.length === 0) deck = random.shuffle(templates);
    return deck.pop() as Template;
  };
}

function createKit(random: Random, pools: EntityPools, published: Day, language: Language): TemplateKit {
  const mainKz = random.pick(pools.kzCities);
  const mainCn = random.pick(pools.cnCities);
  const kazakhOfficials = pools.people.filter((person) => person.country === 'KZ');
  const chineseOfficials = pools.people.filter((person) => person.country === 'CN');
  return {
    random,
    dates: datePhrases(language, published, random),
    kzCity: () => (random.chance(MAIN_PAIR_SHARE) ? mainKz : random.pick(pools.kzCities)),
    cnCity: () => (random.chance(MAIN_PAIR_SHARE) ? mainCn : random.pick(pools.cnCities)),
    kzRegion: () => random.pick(pools.kzRegions),
    cnRegion: () => random.pick(pools.cnRegions),
    kazakhOfficial: () => random.pick(kazakhOfficials),
    chineseOfficial: () => random.pick(chineseOfficials),
    inventedPerson: (chinese) => random.pick(chinese ? INVENTED_CHINESE_PEOPLE : INVENTED_KAZAKH_PEOPLE),
    organization: () => random.pick(pools.organizations),
    airline: () => random.pick(pools.airlines),
    count: () => random.int(12, 480),
    percent: () => random.int(5, 60),
  };
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Writes a corpus into a folder, one `.txt` file per document; returns the file paths. */
export function writeCorpus(documents: readonly SyntheticDocument[], folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return documents.map(({ name, text }) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  });
}

function readFlag(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args[at + 1];
}

function main(args: readonly string[]): void {
  const count = Number(readFlag(args, '--count') ?? 2000);
  const seed = Number(readFlag(args, '--seed') ?? 1);
  const out = readFlag(args, '--out');
  if (!out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: tsx scripts/bench/synthetic-corpus.ts --count N --out FOLDER [--seed S]');
    process.exit(2);
  }
  const documents = generateCorpus({ count, seed });
  writeCorpus(documents, out);
  const bytes = documents.reduce((sum, { text }) => sum + byteLength(text), 0);
  console.log(`${documents.length} documents (${(bytes / 1024 / 1024).toFixed(1)} MB) written to ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
