import { createKnownNames, findCandidates, type KnownNames } from './candidates';
import { extractEvents } from './events';
import type { Gazetteer } from './gazetteer';
import { createMentionMatcher, findMentions, type MentionMatcher } from './mentions';
import { detectLanguage } from './detect-language';
import { parseDocument, type DocumentError } from './parse-document';
import { extractRelations } from './relations';
import { splitSentences } from './sentences';
import { parseTemporal } from './temporal';
import type {
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

/** A prepared extractor: the gazetteer indexes are built once and reused for every document. */
export interface Extractor {
  gazetteer: Gazetteer;
  matcher: MentionMatcher;
  /** Known names by their Latin skeleton, to merge candidates named in another script. */
  knownNames: KnownNames;
}

export function createExtractor(gazetteer: Gazetteer): Extractor {
  return { gazetteer, matcher: createMentionMatcher(gazetteer), knownNames: createKnownNames(gazetteer) };
}

/** Text in, facts out: parses a document's bytes and extracts its entities, dates, events and relations. */
export function extractDocument(bytes: Uint8Array, file: string, extractor: Extractor): ExtractionResult {
  const parsed = parseDocument(bytes, file);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  const { body, publishedAt } = document;
  const language = detectLanguage(`${document.title ?? ''}\n${body}`);

  const known = findMentions(body, language, extractor.matcher);
  const candidates = findCandidates(body, language, known, extractor.knownNames);
  const mentions = [...known, ...candidates].sort((a, b) => a.start - b.start);
  const temporal = parseTemporal(body, language, publishedAt);
  const sentences = splitSentences(body);
  const context = { body, language, publishedAt, sentences, mentions, temporals: temporal };

  return {
    ok: true,
    extraction: {
      article: { ...document, language },
      mentions,
      titleMentions: [],
      temporal,
      events: extractEvents(context),
      relations: extractRelations(context),
    },
  };
}
