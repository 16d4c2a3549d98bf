import path from 'node:path';
import { EngineError } from './errors.mjs';

/**
 * The SQLite file a datasource URL names, as an absolute path.
 *
 * Accepts what the CLI forwards verbatim from the config: `file:./dev.db`, `file:/abs/dev.db`,
 * `file:///abs/dev.db` (the form Prisma Studio needs) and `sqlite:` equivalents, with or without a
 * `?query`. Relative paths resolve against `baseDir`: the engine's working directory, which the
 * CLI sets to the folder of the Prisma config.
 *
 * @param {string} url
 * @param {string} baseDir
 * @returns {string}
 */
export function sqliteFilePath(url, baseDir) {
  const match = /^(?:file|sqlite):(.*)$/s.exec(url.trim());
  if (!match) {
    throw new EngineError(
      'P1013',
      `The provided database string is invalid. Only SQLite \`file:\` URLs are supported by this schema engine, got \`${redact(url)}\`.`,
    );
  }
  let rest = /** @type {string} */ (match[1]).replace(/[?#].*$/s, '');
  if (rest.startsWith('//')) {
    // A real URL: `file:///abs` or `file://localhost/abs`; anything else after `//` is taken as
    // a path, like the project's own URL reader does.
    rest = rest.replace(/^\/\/(localhost)?(?=\/)/, '').replace(/^\/\/(?!\/)/, '');
    rest = decodeURIComponent(rest);
  }
  if (rest === '') throw new EngineError('P1013', 'The provided database string is invalid. The file path is empty.');
  return path.resolve(baseDir, rest);
}

/** Keeps credentials that a mistaken non-SQLite URL might carry out of error messages. */
function redact(url) {
  return url.replace(/\/\/[^@/]*@/, '//<credentials>@');
}
