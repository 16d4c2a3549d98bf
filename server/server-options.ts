import { parseArgs } from 'node:util';

export interface ServerOptions {
  port: number;
  /** Undefined: every interface, as `next start` does without -H. */
  hostname: string | undefined;
}

/** `-p/--port` and `-H/--hostname`, as `next start` takes them; the port defaults to PORT. */
export function parseServerOptions(args: readonly string[], defaultPort: number): ServerOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
    },
    strict: true,
  });
  const port = values.port === undefined ? defaultPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`invalid port: ${values.port}`);
  return { port, hostname: values.hostname || undefined };
}
