import { stringify } from 'csv-stringify/sync';
import { CORS_HEADERS } from './http';

/**
 * Streamed exports: each format turns batches of records (read a batch at a time from lib/data)
 * into text chunks, so an export of any size holds one batch in memory.
 */

export const EXPORT_CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
} as const;
export type ExportFormat = keyof typeof EXPORT_CONTENT_TYPES;

export type CsvValue = string | number | boolean | null;

/** A column of a CSV export: its header and how a record fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (record: T) => CsvValue;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes where needed) with a UTF-8 byte-order mark, so spreadsheets
 * read Kazakh and Russian text as UTF-8; a text cell starting with `= + - @`, a tab or a carriage
 * return (what a spreadsheet would run as a formula) is prefixed with `'`.
 */
export async function* csvChunks<T>(columns: readonly CsvColumn<T>[], batches: AsyncIterable<readonly T[]>): AsyncGenerator<string> {
  const options = { record_delimiter: 'windows', escape_formulas: true, cast: { boolean: (value: boolean) => String(value) } } as const;
  yield `\uFEFF${stringify([columns.map((column) => column.header)], options)}`;
  for await (const batch of batches) {
    yield stringify(
      batch.map((record) => columns.map((column) => column.value(record) ?? '')),
      options,
    );
  }
}

/** A JSON array written element by element. */
export async function* jsonArrayChunks<T>(batches: AsyncIterable<readonly T[]>, toJson: (record: T) => unknown): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${batch.map((record) => JSON.stringify(toJson(record))).join(',\n')}`;
    first = false;
  }
  yield '\n]\n';
}

/** A GeoJSON FeatureCollection written feature by feature (each batch yields its features). */
export async function* featureCollectionChunks<T>(batches: AsyncIterable<readonly T[]>, featuresOf: (batch: readonly T[]) => unknown[]): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const batch of batches) {
    const features = featuresOf(batch);
    if (features.length === 0) continue;
    yield `${first ? '\n' : ',\n'}${features.map((feature) => JSON.stringify(feature)).join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}

/**
 * A download streamed as it is produced: a chunk is read when the client takes the previous one,
 * and a client that leaves stops the reading.
 */
export function streamedDownload(chunks: AsyncIterable<string>, format: ExportFormat, filename: string): Response {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        console.error(`Export ${filename} failed:`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
  return new Response(body, {
    headers: {
      ...CORS_HEADERS,
      'content-type': EXPORT_CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'public, max-age=60',
      'x-content-type-options': 'nosniff',
    },
  });
}
