import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir } from './dataDirLock';
import { openStore } from './openStore';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'anxun-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('one server per PGlite data folder', () => {
  it('refuses a second store on a folder in use, naming the folder and the pid, and opens again after close', async () => {
    const dataDir = tempDir();
    const first = await openStore({ dataDir });
    await expect(openStore({ dataDir })).rejects.toThrow(new RegExp(`数据目录 ${dataDir} 已被.*pid ${process.pid}[\\s\\S]*The data folder ${dataDir} is in use .*pid ${process.pid}`));
    await first.store.setSetting('probe', 'kept');
    await first.store.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const second = await openStore({ dataDir });
    expect(await second.store.getSetting('probe')).toBe('kept');
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await second.store.close();
  }, 60_000);

  it('refuses a folder held by another live process', async () => {
    const dataDir = tempDir();
    // PID 1 is always alive (init, or the container's first process).
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: 1, startedAt: '2026-01-01T00:00:00.000Z' }));
    await expect(openStore({ dataDir })).rejects.toThrow(/pid 1/);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).toContain('"pid":1');
  });

  it('takes over a stale lock whose process is gone', async () => {
    const dataDir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: gone, startedAt: '2026-01-01T00:00:00.000Z' }));
    const warnings: string[] = [];
    const lock = lockDataDir(dataDir, (message) => warnings.push(message));
    expect(warnings).toEqual([expect.stringContaining(`pid ${gone} is not running`)]);
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
