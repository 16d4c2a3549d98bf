import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export class IngestLockedError extends Error {
  override name = 'IngestLockedError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One ingestion at a time per database: a lock file beside it holds the owner's process id. A
 * second run is refused while the owner lives; a lock left by a process that died is taken over.
 * Returns the function that releases the lock.
 */
export function acquireIngestLock(databaseFile: string, pid = process.pid): () => void {
  const lockFile = `${databaseFile}.ingest.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new IngestLockedError(`another ingestion (process ${owner}) is writing to this database; try again when it has finished`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new IngestLockedError(`could not take the ingestion lock ${lockFile}`);
}
