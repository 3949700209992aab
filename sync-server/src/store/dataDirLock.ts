import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Who holds a data folder: written into the lock file when it is taken. */
interface LockOwner {
  pid: number;
  startedAt: string;
}

export interface DataDirLock {
  release(): void;
}

export const LOCK_FILE = 'anxun-server.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number' && 'startedAt' in parsed && typeof parsed.startedAt === 'string') {
      return { pid: parsed.pid, startedAt: parsed.startedAt };
    }
  } catch {
    // Unreadable or half-written: treated as no owner (stale).
  }
  return undefined;
}

function alreadyOpen(dataDir: string, owner: LockOwner): Error {
  return new Error(
    `数据目录 ${dataDir} 已被另一个安巡服务器进程使用（pid ${owner.pid}，启动于 ${owner.startedAt}）；同一数据目录只能运行一个服务器。\n` +
      `The data folder ${dataDir} is in use by another Anxun server (pid ${owner.pid}, started ${owner.startedAt}); ` +
      'one PGlite data folder serves one server process. Stop that server, or use DATABASE_URL to share one PostgreSQL between instances.',
  );
}

/**
 * Takes the data folder for this process. PGlite is one process's database: a second server on
 * the same folder would see only its own writes, and after a restart one server's acknowledged
 * writes would be gone. The lock file is created exclusively (O_EXCL) and holds pid and start
 * time; a lock whose pid is no longer alive (a crash, a kill -9) is taken over with a warning.
 */
export function lockDataDir(dataDir: string, warn: (message: string) => void = console.warn): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        // Only our own lock is removed: a takeover by another process must not be undone.
        if (readOwner(path)?.pid === me.pid) unlinkSync(path);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      // This very process counts as alive: a second openStore on one folder in one process is refused too.
      if (owner && isAlive(owner.pid)) throw alreadyOpen(dataDir, owner);
      warn(`数据目录锁已失效（pid ${owner?.pid ?? '?'} 已不在运行），接管。 Taking over the stale lock of ${dataDir} (pid ${owner?.pid ?? '?'} is not running).`);
      // Re-read just before removing: another starting server may have taken the stale lock meanwhile.
      if (readOwner(path)?.pid === owner?.pid) unlinkSync(path);
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}
