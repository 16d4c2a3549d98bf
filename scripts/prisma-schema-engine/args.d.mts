export interface EngineArgs {
  version: boolean;
  datamodels: string[];
  datasource: { url?: string; shadowDatabaseUrl?: string } | null;
  cliCommand: string | null;
}
export function parseEngineArgs(argv: string[]): EngineArgs;
