import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Content-addressed photo bytes under `<dir>/ab/abcdef…`: a file, once written, never changes. */
export interface PhotoFiles {
  has(hash: string): boolean;
  write(hash: string, bytes: Uint8Array): void;
  read(hash: string): Buffer | undefined;
}

export function photoFilesIn(dir: string): PhotoFiles {
  const pathOf = (hash: string) => join(dir, hash.slice(0, 2), hash);
  return {
    has: (hash) => existsSync(pathOf(hash)),
    write(hash, bytes) {
      const target = pathOf(hash);
      if (existsSync(target)) return;
      mkdirSync(join(dir, hash.slice(0, 2)), { recursive: true });
      // Write then rename: a crash never leaves a half file under the final name.
      const temporary = `${target}.${process.pid}.${Date.now()}.part`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, target);
    },
    read: (hash) => (existsSync(pathOf(hash)) ? readFileSync(pathOf(hash)) : undefined),
  };
}
