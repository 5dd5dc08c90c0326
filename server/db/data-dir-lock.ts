import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/*
 * PGlite is one Postgres in this process with no lock of its own: a second process on the same
 * directory would corrupt it. The lock is a file created exclusively (O_EXCL) holding the owner's
 * pid and host. A file left by a process that died (SIGKILL, a crash) is stale when that pid no
 * longer runs here, or is this very process (a container restarted with the same pid), and is taken
 * over. An OS-level lock (flock) would free itself on death, but Node has no flock without a native
 * add-on; the pid check gives the same answer on one machine and says who holds the directory.
 */

export const LOCK_FILE = 'console.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Directories this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

function tryCreate(file: string, owner: LockOwner): boolean {
  try {
    const fd = openSync(file, 'wx', 0o600);
    writeFileSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function heldElsewhere(dir: string, owner: LockOwner | undefined): string | undefined {
  if (!owner) return undefined;
  const who = `pid ${owner.pid} on ${owner.host}, since ${owner.since}`;
  const advice =
    'Stop that console server, or give this one its own CONSOLE_DATA_DIR. Several instances share one database through DATABASE_URL (PostgreSQL), not one data directory.';
  if (owner.host !== hostname()) {
    return `CONSOLE_DATA_DIR=${dir} is in use by a console server on another machine (${who}). ${advice} If that machine is gone, delete ${join(dir, LOCK_FILE)}.`;
  }
  if (owner.pid !== process.pid && isRunning(owner.pid)) {
    return `CONSOLE_DATA_DIR=${dir} is in use by another console server (${who}). ${advice}`;
  }
  return undefined;
}

/**
 * Takes the data directory for this process, or returns why not. The returned release removes the
 * lock; it also goes when the process exits normally.
 */
export function lockDataDir(dir: string): { release: () => void } | { refusal: string } {
  mkdirSync(dir, { recursive: true });
  if (heldHere.has(dir)) {
    return {
      refusal: `CONSOLE_DATA_DIR=${dir} is already open in this process; give each server its own CONSOLE_DATA_DIR.`,
    };
  }
  const file = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  if (!tryCreate(file, me)) {
    const refusal = heldElsewhere(dir, readOwner(file));
    if (refusal) return { refusal };
    rmSync(file, { force: true });
    if (!tryCreate(file, me)) {
      return { refusal: heldElsewhere(dir, readOwner(file)) ?? `${file} was taken meanwhile.` };
    }
  }
  heldHere.add(dir);
  const release = () => {
    process.off('exit', release);
    if (!heldHere.delete(dir)) return;
    if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { release };
}
