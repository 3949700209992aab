// Compiles the server for `npm start`: one ES module, dist/main.js, holding the server's code and
// shared-schema (TypeScript source, which Node cannot run); every npm dependency stays a normal
// import from node_modules. The migrations are SQL files that migrate.ts reads beside its module,
// so they are copied next to the bundle.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@anxun/'));

rmSync(`${root}dist`, { recursive: true, force: true });
const result = await build({
  entryPoints: [`${root}src/main.ts`],
  outfile: `${root}dist/main.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Subpath imports (@hono/node-server/serve-static, zod/v4…) are external too.
  external: external.flatMap((name) => [name, `${name}/*`]).concat(['zod', 'zod/*']),
  logLevel: 'warning',
  metafile: true,
});
cpSync(`${root}src/store/migrations`, `${root}dist/migrations`, { recursive: true });
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.info(`sync-server built: dist/main.js (${Math.round(bytes / 1024)} KB with its source map), migrations copied`);
