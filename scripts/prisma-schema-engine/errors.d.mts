export class EngineError extends Error {
  constructor(code: string | null, message: string, meta?: unknown);
  code: string | null;
  meta: unknown;
}
export interface RpcError {
  code: number;
  message: string;
  data: { is_panic: boolean; message: string; error_code: string | null; meta: unknown };
}
export function toRpcError(error: unknown, panicMessage?: string): RpcError;
export function migrationFailure(migrationName: string, logs: string): EngineError;
export function errorMessage(error: unknown): string;
export function logLine(level: 'INFO' | 'WARN' | 'ERROR', fields: Record<string, unknown> & { message: string }): string;
