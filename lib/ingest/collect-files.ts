import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Document files are plain text; everything else in a folder (the gazetteer, notes) is not ingested. */
const DOCUMENT_EXTENSION = '.txt';

export interface InputFile {
  /** As the user gave it or as found under a given folder, for messages. */
  display: string;
  absolute: string;
  /** The folder (or the file's own folder) it was found through: the article's source. */
  sourceName: string;
}

export class InputError extends Error {
  override name = 'InputError';
}

/** Expands files and folders (recursively, sorted) into the document files to ingest. */
export function collectFiles(inputs: readonly string[], cwd = process.cwd()): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new InputError(`${input}: no such file or folder`);
    }
    if (stats.isDirectory()) {
      const sourceName = path.basename(absolute);
      for (const file of listDocuments(absolute)) {
        add({ display: path.join(input, path.relative(absolute, file)), absolute: file, sourceName });
      }
    } else {
      add({ display: input, absolute, sourceName: path.basename(path.dirname(absolute)) });
    }
  }
  return files;

  function add(file: InputFile) {
    if (seen.has(file.absolute)) return;
    seen.add(file.absolute);
    files.push(file);
  }
}

function listDocuments(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listDocuments(full));
    else if (entry.isFile() && entry.name.endsWith(DOCUMENT_EXTENSION)) found.push(full);
  }
  return found;
}
