import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './input-error';
import { readSourceList, SourceListError, type SourceEntry } from './read-source-list';

export { InputError } from './input-error';

/** Document files are plain text; everything else in a folder (the gazetteer, notes) is not ingested. */
const DOCUMENT_EXTENSION = '.txt';

export interface InputFile {
  /** As the user gave it or as found under a given folder, for messages. */
  display: string;
  absolute: string;
  /**
   * The article's source (outlet): the file's entry in a `sources.json`, else the `--source` given,
   * else the folder (or the file's own folder) it was found through.
   */
  sourceName: string;
  /** The address of the original story, from a `sources.json` (http or https only); null when unknown. */
  originalUrl: string | null;
}

export interface CollectOptions {
  /** The outlet of every file that its `sources.json` does not name (`npm run ingest -- --source NAME …`). */
  source?: string;
}

/**
 * Expands files and folders (recursively, sorted) into the document files to ingest, each with its
 * source and original address: a `sources.json` in the file's folder names it by file name, one in
 * a given folder by its path below that folder.
 */
export function collectFiles(inputs: readonly string[], cwd = process.cwd(), options: CollectOptions = {}): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const lists = new Map<string, Map<string, SourceEntry>>();
  const listOf = (folder: string) => {
    let list = lists.get(folder);
    if (!list) {
      try {
        list = readSourceList(folder);
      } catch (error) {
        if (error instanceof SourceListError) throw new InputError(error.message);
        throw error;
      }
      lists.set(folder, list);
    }
    return list;
  };
  const describe = (absolute: string, root: string | null, folderName: string): Pick<InputFile, 'sourceName' | 'originalUrl'> => {
    const entry =
      listOf(path.dirname(absolute)).get(path.basename(absolute)) ??
      (root ? listOf(root).get(path.relative(root, absolute).split(path.sep).join('/')) : undefined);
    return { sourceName: entry?.source ?? options.source ?? folderName, originalUrl: entry?.url ?? null };
  };
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
        add({ display: path.join(input, path.relative(absolute, file)), absolute: file, ...describe(file, absolute, sourceName) });
      }
    } else {
      add({ display: input, absolute, ...describe(absolute, null, path.basename(path.dirname(absolute))) });
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
