import { SingleBar, Presets } from 'cli-progress';

/** Runs shorter than this finish before a bar would be worth drawing. */
const MIN_FILES_FOR_PROGRESS = 20;

/** A progress bar on stderr for long runs (periodic lines when stderr is not a terminal). */
export function createProgress(
  total: number,
  { action, unit }: { action: string; unit: string } = { action: 'Ingesting', unit: 'files' },
): { update: (done: number) => void; stop: () => void } {
  if (total < MIN_FILES_FOR_PROGRESS) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar(
    {
      format: `${action} [{bar}] {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2_000,
      etaBuffer: 200,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
