import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Environment variables are a boundary too: parsed once, here. */
export const ServerConfig = z.object({
  /** The app's port: 8443 when it speaks HTTPS, else 8080. */
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().default('127.0.0.1'),
  /** PGlite data folder (embedded default). */
  DATA_DIR: z.string().default(`${repoRoot}data`),
  /** postgres://… switches the store to a real PostgreSQL. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://').optional(),
  CLIENT_DIR: z.string().default(`${repoRoot}dist/client`),
  /** Content-addressed photo files; defaults to DATA_DIR/photos. */
  PHOTO_DIR: z.string().optional(),
  /**
   * Where photo bytes live: `folder` (PHOTO_DIR), `database` (table photo_blobs) or `s3`. Unset:
   * s3 when S3_BUCKET is set, else database with DATABASE_URL (every instance reads every photo),
   * else folder. See docs/deploy-instances.md.
   */
  PHOTO_STORAGE: z.enum(['folder', 'database', 's3']).optional(),
  /** An S3-compatible bucket, addressed path-style: http(s)://host[:port]. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
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
  /**
   * Connections in the PostgreSQL pool of this instance (DATABASE_URL only). Writes take one lock,
   * so past a few connections more only queue inside PostgreSQL; see the storm figures in the README.
   */
  PG_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  /** Lifetime of an access token; a test sets a few seconds to watch devices renew. */
  ACCESS_TOKEN_SECONDS: z.coerce.number().int().min(5).max(86_400).default(900),
  /**
   * auto: HTTPS unless HOST is loopback (a tablet needs a secure context for offline use and
   * crypto; a newcomer's `npm start` on 127.0.0.1 stays plain). on: HTTPS everywhere. off: plain
   * HTTP, for a server behind a proxy that terminates TLS.
   */
  TLS: z.enum(['auto', 'on', 'off']).default('auto'),
  /** The organisation's certificate chain and key (PEM files); without them a local CA is made in DATA_DIR/tls. */
  TLS_CERT: z.string().min(1).optional(),
  TLS_KEY: z.string().min(1).optional(),
  /** More names and addresses for the local CA's server certificate, comma-separated; the first is the address shown. */
  TLS_HOSTS: z.string().optional(),
  /** With HTTPS, plain HTTP on this port only redirects (and serves /ca.crt and /setup); off: none. Default 8080. */
  HTTP_PORT: z.union([z.literal('off'), z.coerce.number().int().min(0).max(65535)]).optional(),
  /** Bearer token for GET /metrics; without it /metrics answers loopback clients only. */
  METRICS_TOKEN: z.string().min(16).optional(),
}).refine((c) => (c.TLS_CERT === undefined) === (c.TLS_KEY === undefined), { message: 'TLS_CERT and TLS_KEY go together', path: ['TLS_CERT'] });
export type ServerConfig = z.infer<typeof ServerConfig>;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/** Whether this server speaks HTTPS itself (TLS=auto: only when it listens beyond loopback). */
export function servesTls(config: Pick<ServerConfig, 'TLS' | 'HOST'>): boolean {
  return config.TLS === 'on' || (config.TLS === 'auto' && !LOOPBACK.test(config.HOST));
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = ServerConfig.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}
