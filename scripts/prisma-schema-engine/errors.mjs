/**
 * Errors in the shapes the Prisma CLI parses: JSON-RPC errors carrying Prisma's `P…` codes, and
 * JSON log lines on stderr.
 */

/** A user-facing engine error with a Prisma error code (`P1003`, `P3005`, …). */
export class EngineError extends Error {
  /**
   * @param {string | null} code
   * @param {string} message
   * @param {unknown} [meta]
   */
  constructor(code, message, meta = null) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.meta = meta;
  }
}

// The native engine answers every failed request with this code; the CLI only reads `data`.
const SERVER_ERROR = 4466;

/**
 * The JSON-RPC `error` member for anything a request threw. Errors from the wasm engine carry
 * `code` (a Prisma error code or nothing); a `RuntimeError` from wasm is a Rust panic.
 *
 * @param {unknown} error
 * @param {string} [panicMessage] what the panic hook recorded, if anything
 */
export function toRpcError(error, panicMessage) {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = isPanic && panicMessage ? panicMessage : errorMessage(error);
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  const meta = /** @type {{ meta?: unknown }} */ (error)?.meta;
  return {
    code: SERVER_ERROR,
    // For a panic the CLI shows this message and keeps `data.message` for its crash report.
    message: isPanic ? message : 'An error happened. Check the data field for details.',
    data: {
      is_panic: isPanic,
      message,
      error_code: typeof code === 'string' && /^P\d{4}$/.test(code) ? code : null,
      meta: meta ?? null,
    },
  };
}

/**
 * P3018, worded as the native engine words it. The wasm engine records the failure in
 * `_prisma_migrations` but reports it as a bare database error, some without the migration's name.
 *
 * @param {string} migrationName
 * @param {string} logs what the engine recorded: the database error, then a span trace
 */
export function migrationFailure(migrationName, logs) {
  const databaseError = logs.split(/\n\s+0: /)[0]?.trim() || logs;
  return new EngineError(
    'P3018',
    'A migration failed to apply. New migrations cannot be applied before the error is recovered from. ' +
      'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve' +
      `\n\nMigration name: ${migrationName}\n\nDatabase error:\n${databaseError}\n`,
    { migration_name: migrationName, database_error: databaseError },
  );
}

/** @param {unknown} error */
export function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/**
 * One stderr log line in the native engine's tracing format, which the CLI parses.
 *
 * @param {'INFO' | 'WARN' | 'ERROR'} level
 * @param {Record<string, unknown> & { message: string }} fields
 */
export function logLine(level, fields) {
  return JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' });
}
