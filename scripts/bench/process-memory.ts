import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from Linux's /proc. `next start` may
 * run its server in child processes, so the root's own RSS alone would undercount.
 */

/** The parent pid from the text of /proc/<pid>/stat (the name in parentheses may contain spaces and parentheses). */
export function parseParentPid(statText: string): number | null {
  const afterName = statText.slice(statText.lastIndexOf(')') + 1).trim().split(/\s+/);
  // Fields after the name: state, ppid, …
  const parent = Number(afterName[1]);
  return Number.isInteger(parent) ? parent : null;
}

/** The resident set in kB from the text of /proc/<pid>/status (null for a process without memory, e.g. a zombie). */
export function parseResidentKb(statusText: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(statusText);
  return match ? Number(match[1]) : null;
}

/** `root` and every process below it, given each process's parent. */
export function descendantsOf(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    if (tree.includes(pid)) continue;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process ended between listing and reading
  }
}

function readParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    const parent = stat === null ? null : parseParentPid(stat);
    if (parent !== null) parents.set(Number(entry), parent);
  }
  return parents;
}

/** Summed RSS, in MB, of a process and its descendants right now. */
export function processTreeRssMb(root: number): number {
  let kb = 0;
  for (const pid of descendantsOf(root, readParents())) {
    const status = readOrNull(`/proc/${pid}/status`);
    kb += (status === null ? null : parseResidentKb(status)) ?? 0;
  }
  return kb / 1024;
}

export interface MemorySampler {
  /** Stops sampling; returns the largest tree RSS seen, in MB. */
  stop: () => number;
}

export function sampleTreeMemory(root: number, intervalMs = 200): MemorySampler {
  let peak = processTreeRssMb(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, processTreeRssMb(root));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, processTreeRssMb(root));
    },
  };
}
