import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export class IngestLockedError extends Error {
  override name = 'IngestLockedError';
}

/**
 * What the process table says of a process id: its state letter and start time (clock ticks after
 * boot) on Linux, where /proc has them; null where it does not (or the process is gone).
 */
function procStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [state, startTime] = [fields[0], fields[19]];
    return state && startTime ? { state, startTime } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the lock's owner still runs. A process killed with SIGKILL leaves its lock behind; its id
 * may then belong to an unreaped zombie (which signal 0 still reaches) or, later, to another
 * process: the start time written in the lock tells that one apart.
 */
function ownerRuns(pid: number, startTime: string | undefined): boolean {
  if (!isAlive(pid)) return false;
  const stat = procStat(pid);
  if (!stat) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return startTime === undefined || stat.startTime === startTime;
}

/**
 * One ingestion at a time per database: a lock file beside it holds the owner's process id (and,
 * on Linux, its start time). A second run is refused while the owner lives; a lock left by a
 * process that died is taken over. Returns the function that releases the lock.
 */
export function acquireIngestLock(databaseFile: string, pid = process.pid): () => void {
  const lockFile = `${databaseFile}.ingest.lock`;
  const startTime = procStat(pid)?.startTime;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, startTime ? `${pid} ${startTime}` : String(pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [ownerText = '', ownerStart] = readFileSync(lockFile, 'utf8').trim().split(/\s+/);
      const owner = Number(ownerText);
      if (Number.isInteger(owner) && owner > 0 && ownerRuns(owner, ownerStart)) {
        throw new IngestLockedError(`another ingestion (process ${owner}) is writing to this database; try again when it has finished`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new IngestLockedError(`could not take the ingestion lock ${lockFile}`);
}
