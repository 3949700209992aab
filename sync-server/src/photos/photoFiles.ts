import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PhotoBlobs } from './photoBlobs';

/** Photo bytes under `<dir>/ab/abcdef…`: the default with PGlite, one server per folder. */
export function photoFilesIn(dir: string): PhotoBlobs {
  const pathOf = (hash: string) => join(dir, hash.slice(0, 2), hash);
  return {
    kind: 'folder',
    has: async (hash) => existsSync(pathOf(hash)),
    async write(hash, bytes) {
      const target = pathOf(hash);
      if (existsSync(target)) return;
      await mkdir(join(dir, hash.slice(0, 2)), { recursive: true });
      // Write then rename: a crash never leaves a half file under the final name. A temporary
      // name of its own per write: two uploads of one photo may be under way at once.
      const temporary = `${target}.${randomUUID()}.part`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    },
    async read(hash) {
      try {
        return await readFile(pathOf(hash));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}
