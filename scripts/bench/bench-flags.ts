/** Command-line flags of `npm run bench`. */

export const STEPS = ['ingest', 'queries', 'pages'] as const;
export type Step = (typeof STEPS)[number];

export interface BenchFlags {
  count: number;
  seed: number;
  /** Also ingest and time the queries at `stretchCount` documents. */
  stretch: boolean;
  stretchCount: number;
  port: number;
  connections: number;
  /** Measured seconds of load per URL (page, and static twin alike). */
  seconds: number;
  slices: number;
  warmUpSeconds: number;
  steps: Set<Step>;
  /** Serve the existing `.next` build instead of building (for repeating the page step). */
  skipBuild: boolean;
}

export const USAGE = `usage: npm run bench [-- --stretch] [--count 20000] [--stretch-count 100000] [--seed 1]
       [--port 3140] [--connections 10] [--seconds 10] [--slices 2] [--warm-up 2]
       [--steps ingest,queries,pages] [--skip-build]`;

function integer(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`${name} must be an integer ≥ ${min}, got ${value}\n${USAGE}`);
  return parsed;
}

export function parseBenchFlags(args: readonly string[]): BenchFlags {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--stretch' || arg === '--skip-build') switches.add(arg);
    else if (arg.startsWith('--') && index + 1 < args.length) values.set(arg, args[++index] as string);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  const known = ['--count', '--stretch-count', '--seed', '--port', '--connections', '--seconds', '--slices', '--warm-up', '--steps'];
  for (const name of values.keys()) if (!known.includes(name)) throw new Error(`unknown flag ${name}\n${USAGE}`);

  const steps = new Set<Step>();
  for (const step of (values.get('--steps') ?? STEPS.join(',')).split(',')) {
    if (!(STEPS as readonly string[]).includes(step)) throw new Error(`unknown step ${step} (steps: ${STEPS.join(', ')})`);
    steps.add(step as Step);
  }
  return {
    count: integer(values.get('--count'), 20_000, '--count', 1),
    seed: integer(values.get('--seed'), 1, '--seed', 0),
    stretch: switches.has('--stretch'),
    stretchCount: integer(values.get('--stretch-count'), 100_000, '--stretch-count', 1),
    port: integer(values.get('--port'), 3140, '--port', 1),
    connections: integer(values.get('--connections'), 10, '--connections', 1),
    seconds: integer(values.get('--seconds'), 10, '--seconds', 1),
    slices: integer(values.get('--slices'), 2, '--slices', 1),
    warmUpSeconds: integer(values.get('--warm-up'), 2, '--warm-up', 0),
    steps,
    skipBuild: switches.has('--skip-build'),
  };
}
