import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Environment variables are a boundary too: parsed once, here. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** PGlite data folder (embedded default). */
  DATA_DIR: z.string().default(`${repoRoot}data`),
  /** postgres://… switches the store to a real PostgreSQL. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://').optional(),
  CLIENT_DIR: z.string().default(`${repoRoot}dist/client`),
  /** Content-addressed photo files; defaults to DATA_DIR/photos. */
  PHOTO_DIR: z.string().optional(),
  /** Signing key of access tokens; generated once and kept in the database when unset. */
  JWT_SECRET: z.string().min(32).optional(),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  /**
   * With SEED_DEMO=0: the first password of the administrator `admin` created on a first start
   * (otherwise a one-time password is generated and printed). It must be changed at first sign-in.
   */
  ADMIN_PASSWORD: z.string().min(8).max(200).optional(),
  /**
   * 1 only behind a reverse proxy that appends the client's address to X-Forwarded-For: sign-in
   * throttling then counts per that address (the last entry) instead of the proxy's socket. Left
   * at 0 when clients connect directly, or anyone could pick their address with the header.
   */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /** Lifetime of an access token; a test sets a few seconds to watch devices renew. */
  ACCESS_TOKEN_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = ServerConfig.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}
