import { firstIndex } from '../first-index';
import type { SentenceAnalysis } from '../sentence/analyse-text';
import type { Language } from '../types';
import type { Extent } from './clause-index';

/**
 * The parts of a sentence that say who tells the news rather than what happened: a reporting
 * clause (", передает Liter.kz", "— деді Асхат Шахаров", ", Kazinform News Agency reports",
 * "Beijing's foreign ministry said Monday that"), an attribution phrase ("according to X",
 * «со ссылкой на X», «Министрліктің мәліметінше»), and a dateline («АСТАНА. KAZINFORM —»).
 * Mentions and dates inside them belong to no event. A span that holds an event word is no
 * source span: «келісімге сәйкес» ("under the agreement") names the agreement itself.
 */
export function findSourceSpans(
  text: string,
  view: SentenceAnalysis,
  language: Language,
  attributions: readonly Extent[],
  triggers: readonly Extent[],
): Extent[] {
  const { sentence } = view;
  const spans: Extent[] = [];
  const dateline = datelineSpan(text, view);
  if (dateline) spans.push(dateline);
  const reporting = view.markers.some((marker) => marker.kind === 'reporting');
  if (!reporting && attributions.length === 0) return keepWithoutTriggers(spans, triggers);
  const boundaries = segmentBoundaries(text, sentence);
  const lastVerb = view.markers.filter((marker) => marker.kind !== 'reporting').at(-1)?.start ?? Number.NEGATIVE_INFINITY;
  for (const marker of view.markers) {
    if (marker.kind !== 'reporting') continue;
    const span = reportingSpan(view, marker, boundaries, language, lastVerb >= marker.end);
    if (span) spans.push(span);
  }
  for (const phrase of attributions) {
    spans.push(attributionSpan(phrase, boundaries, sentence, language));
  }
  return keepWithoutTriggers(spans, triggers);
}

function keepWithoutTriggers(spans: readonly Extent[], triggers: readonly Extent[]): Extent[] {
  return spans.filter((span, index) => {
    if (spans.findIndex((other) => other.start === span.start && other.end === span.end) !== index) return false;
    const trigger = triggers[firstIndex(triggers, (candidate) => candidate.start >= span.start)];
    return trigger === undefined || trigger.end > span.end;
  });
}

/** Commas, dashes, brackets and colons part a sentence into segments; their offsets, in order. */
function segmentBoundaries(text: string, sentence: Extent): number[] {
  const offsets: number[] = [];
  for (let at = sentence.start; at < sentence.end; at += 1) {
    const char = text[at];
    if (char === ',' || char === ';' || char === ':' || char === '(' || char === ')' || char === '—' || char === '–') offsets.push(at);
    else if (char === '-' && text[at - 1] === ' ' && text[at + 1] === ' ') offsets.push(at);
  }
  return offsets;
}

/** Where a postposed source stands: «, передает Liter.kz», «деп хабарлайды BAQ.KZ»; but ", Trend reports". */
const SOURCE_AFTER_VERB: Readonly<Record<Language, boolean>> = { kk: true, ru: true, en: false };

const COMPLEMENTIZERS: Readonly<Record<Language, RegExp>> = {
  kk: /^$/u,
  ru: /^(?:что|о том, что)$/u,
  en: /^that$/u,
};

/**
 * A reporting verb's clause when it frames the rest of the sentence: either it closes the
 * sentence after a comma or a dash (postposed: ", передает X.", "— деді X.", ", X reports.") with
 * no other verb after it and its source where the language puts it (after the verb in Kazakh and
 * Russian, before it in English: «…, оның маңызды кезең болатынын мәлімдеді» says what, not who),
 * or it opens the sentence and a complementizer follows within a few words ("X said on Monday
 * that …", «X отметил, что …»).
 */
function reportingSpan(
  view: SentenceAnalysis,
  marker: Extent,
  boundaries: readonly number[],
  language: Language,
  otherVerbAfter: boolean,
): Extent | null {
  const { sentence, tokens } = view;
  const before = boundaries[firstIndex(boundaries, (at) => at >= marker.start) - 1];
  const segmentStart = before === undefined ? sentence.start : before + 1;
  const firstOfSegment = tokens[firstIndex(tokens, (token) => token.start >= segmentStart)];
  const tokenIndex = firstIndex(tokens, (token) => token.start >= marker.end);
  const opensSegment = firstOfSegment?.start === marker.start;
  const sourceNamed = SOURCE_AFTER_VERB[language]
    ? tokenIndex < tokens.length
    : firstOfSegment !== undefined && firstOfSegment.end <= marker.start;
  if (before !== undefined && sourceNamed && (opensSegment || !otherVerbAfter)) return { start: before, end: sentence.end };

  for (let index = tokenIndex; index < Math.min(tokens.length, tokenIndex + 4); index += 1) {
    const normal = view.normals[index];
    const token = tokens[index];
    if (token && normal !== undefined && COMPLEMENTIZERS[language].test(normal)) return { start: segmentStart, end: token.end };
  }
  return null;
}

/**
 * "according to X", «со ссылкой на X», «по словам X»: the phrase and what follows it up to the
 * next comma. In Kazakh the source comes first: «Көлік министрлігінің мәліметінше,».
 */
function attributionSpan(phrase: Extent, boundaries: readonly number[], sentence: Extent, language: Language): Extent {
  if (language === 'kk') {
    const before = boundaries[firstIndex(boundaries, (at) => at >= phrase.start) - 1];
    return { start: before === undefined ? sentence.start : before, end: phrase.end };
  }
  const after = boundaries[firstIndex(boundaries, (at) => at > phrase.end)];
  return { start: phrase.start, end: after ?? sentence.end };
}

const CAPITALS = /^[\p{Lu}\p{N}.\-]+$/u;
const LETTERS = /\p{L}/gu;
const DATELINE_CLOSE = /^\s*[—–-]\s*/u;

const UPPER_FIRST = /^\p{Lu}/u;
/** What stands before an outlet's name on a dateline's line: a place in capitals and a full stop («BEIJING.»). */
const CAPITALS_LINE = /^[\p{Lu}\p{N}\s,.-]+\.\s*$/u;

/**
 * A dateline opens a story: a name in capitals (the outlet, «KAZINFORM», "ERNUR.KZ") at the start
 * of a sentence, followed by a dash, or after a place in capitals straight by the story's first word
 * («KAZINFORM — …», "BEIJING. KAZINFORM The first flight …"). Its mention names the outlet, never a participant; an acronym
 * that is the subject ("KTZ signed …") is followed by its verb and stays.
 */
function datelineSpan(text: string, view: SentenceAnalysis): Extent | null {
  const { sentence } = view;
  const [first, second] = view.tokens;
  if (!first || first.start !== sentence.start) return null;
  if (!CAPITALS.test(first.text) || (first.text.match(LETTERS)?.length ?? 0) < 3) return null;
  const mention = view.mentions.find((candidate) => candidate.start === first.start && candidate.end === first.end);
  if (!mention) return null;
  const dash = DATELINE_CLOSE.exec(text.slice(mention.end, sentence.end));
  const lineStart = Math.max(text.lastIndexOf('\n', sentence.start - 1), text.lastIndexOf('\r', sentence.start - 1)) + 1;
  const afterPlaceLine = lineStart < sentence.start && CAPITALS_LINE.test(text.slice(lineStart, sentence.start));
  const storyFollows =
    afterPlaceLine && second !== undefined && text.slice(mention.end, second.start).trim() === '' && UPPER_FIRST.test(second.text);
  if (!dash && !storyFollows) return null;
  return { start: mention.start, end: mention.end + (dash?.[0].length ?? 0) };
}
