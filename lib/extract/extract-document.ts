import { createKnownNames, findCandidates, type KnownNames } from './candidates';
import { detectLanguage } from './detect-language';
import { extractEvents } from './events';
import type { Gazetteer } from './gazetteer';
import { createMentionMatcher, findMentions, type MentionMatcher } from './mentions';
import { parseDocument, type DocumentError } from './parse-document';
import { createRelationFacts, extractRelations, type RelationFacts } from './relations';
import { analyseText, type DocumentAnalysis, type TextAnalysis } from './sentence/analyse-text';
import { parseTemporal } from './temporal';
import { tokenize } from './tokenize';
import type {
  EvidencePlace,
  ExtractedEvent,
  Language,
  Mention,
  ParsedDocument,
  PlaceRelation,
  TemporalExpression,
} from './types';

/** Everything extraction finds in one document. */
export interface DocumentExtraction {
  article: ParsedDocument & { language: Language };
  /** Mentions in the body: offsets into `article.body`. */
  mentions: Mention[];
  /** Mentions in the title line: offsets into `article.title`. */
  titleMentions: Mention[];
  temporal: TemporalExpression[];
  events: ExtractedEvent[];
  relations: PlaceRelation[];
}

export type ExtractionResult = { ok: true; extraction: DocumentExtraction } | { ok: false; error: DocumentError };

/**
 * A prepared extractor: the gazetteer indexes, and the place facts relations read (countries,
 * containment, the relation scope), are built once and reused for every document.
 */
export interface Extractor {
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
  /** Known names by their Latin skeleton, to merge candidates named in another script. */
  knownNames: KnownNames;
  relationFacts: RelationFacts;
}

export function createExtractor(gazetteer: Gazetteer): Extractor {
  return {
    gazetteer,
    matcher: createMentionMatcher(gazetteer),
    knownNames: createKnownNames(gazetteer),
    relationFacts: createRelationFacts(gazetteer.entries),
  };
}

/**
 * Text in, facts out: parses a document's bytes and extracts its entities, dates, events and
 * relations. The title line takes part: a headline is often the one sentence that states the
 * fact, so its mentions, events and relations count (its events and relations merge with the
 * body's when they tell the same).
 */
export function extractDocument(bytes: Uint8Array, file: string, extractor: Extractor): ExtractionResult {
  const parsed = parseDocument(bytes, file);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  const { body, publishedAt } = document;
  const language = detectLanguage(`${document.title ?? ''}\n${body}`);

  const bodyText = analyseSource('body', body, language, publishedAt, extractor);
  const titleText = document.title ? analyseSource('title', document.title, language, publishedAt, extractor) : null;
  const analysis: DocumentAnalysis = { language, publishedAt, texts: titleText ? [titleText.analysis, bodyText.analysis] : [bodyText.analysis] };

  return {
    ok: true,
    extraction: {
      article: { ...document, language },
      mentions: bodyText.mentions,
      titleMentions: titleText?.mentions ?? [],
      temporal: bodyText.temporals,
      events: extractEvents(analysis, extractor.relationFacts),
      relations: extractRelations(analysis, extractor.relationFacts),
    },
  };
}

interface AnalysedSource {
  analysis: TextAnalysis;
  mentions: Mention[];
  temporals: TemporalExpression[];
}

/** Mentions (known, then candidates), dates and sentences of one text of the document. */
function analyseSource(place: EvidencePlace, text: string, language: Language, publishedAt: string, extractor: Extractor): AnalysedSource {
  const tokens = tokenize(text);
  const known = findMentions(text, language, extractor.matcher, tokens);
  const rejected = extractor.gazetteer.rejectedCandidates;
  const candidates = findCandidates(text, language, known, extractor.knownNames, tokens).filter(
    (mention) => mention.entity.known || !rejected?.has(mention.entity.key),
  );
  const mentions = [...known, ...candidates].sort((a, b) => a.start - b.start);
  const temporals = parseTemporal(text, language, publishedAt);
  return { analysis: analyseText({ place, text, tokens, mentions, temporals }, language), mentions, temporals };
}
