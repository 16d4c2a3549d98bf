import { statSync } from 'node:fs';
import { createExtractor, extractDocument } from '@/lib/extract/extract-document';
import { collectFiles } from '../collect-files';
import { extractionToJson, failureToJson } from '../extraction-json';
import { readDocument } from '../read-document';
import { readGazetteer } from '../read-gazetteer';

// Dry run: prints what would be extracted from each file as one JSON object per line; writes nothing.
const inputs = process.argv.slice(2);
if (inputs.length === 0) {
  console.error('usage: npm run --silent extract -- <file|folder>…');
  process.exit(2);
}

const extractor = createExtractor(readGazetteer());
let failed = 0;

for (const input of inputs) {
  const files = isFolder(input) ? collectFiles([input]).map((f) => f.display) : [input];
  for (const file of files) {
    const line = extractOne(file);
    if (!line.ok) failed += 1;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

function extractOne(file: string) {
  const read = readDocument(file);
  if (!read.ok) return failureToJson(file, `${file}:0: ${read.reason}`);
  const result = extractDocument(read.bytes, file, extractor);
  return result.ok ? extractionToJson(file, result.extraction) : failureToJson(file, result.error.message);
}

function isFolder(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}
