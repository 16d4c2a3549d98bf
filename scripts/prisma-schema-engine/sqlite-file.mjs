import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EngineError } from './errors.mjs';

/** P1003 as the native engine words it for SQLite. */
export function databaseDoesNotExist(/** @type {string} */ filePath) {
  const name = path.basename(filePath);
  return new EngineError('P1003', `Database \`${name}\` does not exist at \`${filePath}\`.`, {
    database_file_name: name,
    database_file_path: filePath,
  });
}

/** Connects without creating the file, as the native engine's connection check does. */
export function checkCanConnect(/** @type {string} */ filePath) {
  if (!fs.existsSync(filePath)) throw databaseDoesNotExist(filePath);
  let db;
  try {
    db = new Database(filePath, { fileMustExist: true, readonly: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw new EngineError('P1001', `Can't open the SQLite database at \`${filePath}\`: ${/** @type {Error} */ (error).message}`);
  } finally {
    db?.close();
  }
}

/** Creates an empty database file (and its folder); returns the database's name. */
export function createDatabaseFile(/** @type {string} */ filePath) {
  if (fs.existsSync(filePath)) {
    throw new EngineError('P1009', `Database \`${path.basename(filePath)}\` already exists on the database server`, {
      database_name: path.basename(filePath),
    });
  }
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  new Database(filePath).close();
  return path.basename(filePath);
}

/** Runs a script on a connection of its own: the wasm engine would run it on the main database. */
export function executeScriptOn(/** @type {string} */ filePath, /** @type {string} */ script) {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const db = new Database(filePath);
  try {
    db.exec(script);
  } catch (error) {
    throw new EngineError(null, `SQLite database error\n${/** @type {Error} */ (error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Empties the database the way the native engine's SQLite reset does: unlock, truncate, relock.
 * The wasm engine's reset leaves the tables in place, so re-applying the migrations afterwards
 * fails with "table … already exists".
 *
 * @param {string} filePath
 * @param {Iterable<import('better-sqlite3').Database>} openConnections
 */
export function truncateDatabase(filePath, openConnections) {
  const connections = [...openConnections];
  for (const db of connections) {
    // A database in WAL mode keeps pages in its -wal file; leave WAL first so truncating the
    // main file really empties the database instead of leaving it inconsistent with its log.
    db.pragma('main.journal_mode=DELETE');
    db.pragma('main.locking_mode=NORMAL');
    // A read is what actually drops the exclusive lock after leaving exclusive mode.
    db.pragma('main.quick_check');
  }
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  fs.writeFileSync(filePath, '');
  for (const suffix of ['-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
  for (const db of connections) db.pragma('main.locking_mode=EXCLUSIVE');
}
