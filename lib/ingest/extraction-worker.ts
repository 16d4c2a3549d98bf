import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import type { Gazetteer } from '@/lib/extract/gazetteer';
import type { ExtractionRequest, ExtractionResponse } from './extraction-pool';
import { searchDocumentOfExtraction } from './search-index';

/** One extraction thread of the pool: builds its own extractor, then answers requests one by one. */
const extractor = createExtractor((workerData as { gazetteer: Gazetteer }).gazetteer);

parentPort?.on('message', ({ id, bytes, file }: ExtractionRequest) => {
  const result = extractDocument(bytes, file, extractor);
  // What the search index holds is computed here too, to keep that work off the thread that writes.
  const response: ExtractionResponse = { id, result, searchDocument: result.ok ? searchDocumentOfExtraction(result.extraction) : null };
  parentPort?.postMessage(response);
});
