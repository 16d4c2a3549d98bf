import { createExtractor, extractDocument, type DocumentExtraction } from '@/lib/extract/extract-document';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { Mention } from '@/lib/extract/types';
import type { ArticleIdentity } from '@/lib/ingest/persist-article';

/** What extraction makes of a document's text; throws when the text is not a valid document. */
export function extractText(text: string, gazetteer: Gazetteer): DocumentExtraction {
  const result = extractDocument(new TextEncoder().encode(text), 'fixture.txt', createExtractor(gazetteer));
  if (!result.ok) throw new Error(result.error.message);
  return result.extraction;
}

/** Mentions of these gazetteer entities in a line of text, found by their English names, as extraction reports them. */
export function mentionsByEnglishName(text: string, keys: readonly string[], gazetteer: Gazetteer): Mention[] {
  return keys.map((key) => {
    const entry = gazetteer.byKey.get(key);
    if (!entry) throw new Error(`no gazetteer entry "${key}"`);
    const start = text.indexOf(entry.names.en);
    if (start < 0) throw new Error(`"${entry.names.en}" is not in "${text}"`);
    return { text: entry.names.en, start, end: start + entry.names.en.length, entity: { key, type: entry.type, names: entry.names, known: true } };
  });
}

/** An article identity for storing an extraction directly. */
export function fixtureIdentity(sourcePath: string, contentHash: string): ArticleIdentity {
  return { sourcePath, slug: sourcePath.replace(/\W+/g, '-'), contentHash, sourceName: 'fixtures' };
}
