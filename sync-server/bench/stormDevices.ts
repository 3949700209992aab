import { COLLECTION_NAMES, type Checkpoint, type CollectionName } from '@anxun/shared-schema';
import { DEMO_PASSWORD } from '../src/seed/demoUsers';
import { hazardFor } from '../src/testing/fixtures';

/** The grid officers of the demo town: they pull their grids and push hazards found on patrol. */
export const STORM_USERS = [
  { username: 'wangge', userId: 'u-officer-1' },
  { username: 'wangge2', userId: 'u-officer-2' },
  { username: 'wangge3', userId: 'u-officer-3' },
] as const;

export const PULL_LIMIT = 1000;

/** One simulated tablet: its own session, its own client address, the checkpoints it synced to. */
export interface Device {
  index: number;
  username: string;
  userId: string;
  deviceId: string;
  address: string;
  accessToken: string;
  refreshToken: string;
  checkpoints: Map<CollectionName, Checkpoint | null>;
  enterpriseId: string;
  /** HTTP requests made so far (the limit line sends as many to /api/health). */
  requests: number;
}

export function newDevice(index: number): Device {
  const user = STORM_USERS[index % STORM_USERS.length] as (typeof STORM_USERS)[number];
  return {
    index, ...user, deviceId: `storm-${index}`, address: `10.${(index >> 8) & 255}.${index & 255}.7`,
    accessToken: '', refreshToken: '', checkpoints: new Map(COLLECTION_NAMES.map((c) => [c, null])), enterpriseId: '', requests: 0,
  };
}

export class DeviceFailure extends Error {}

async function call(base: string, device: Device, path: string, body: unknown, auth = true): Promise<unknown> {
  device.requests += 1;
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': device.address, ...(auth ? { authorization: `Bearer ${device.accessToken}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new DeviceFailure(`${path} → ${response.status} ${text.slice(0, 120)}`);
  return JSON.parse(text) as unknown;
}

function keepSession(device: Device, session: unknown) {
  const { accessToken, refreshToken } = session as { accessToken: string; refreshToken: string };
  device.accessToken = accessToken;
  device.refreshToken = refreshToken;
}

export async function login(base: string, device: Device): Promise<void> {
  keepSession(device, await call(base, device, '/api/auth/login', { username: device.username, password: DEMO_PASSWORD, deviceId: device.deviceId }, false));
}

export async function refresh(base: string, device: Device): Promise<void> {
  keepSession(device, await call(base, device, '/api/auth/refresh', { refreshToken: device.refreshToken }, false));
}

/**
 * Every collection from the device's checkpoints as the client pulls them: one batched request
 * (`POST /api/replication/pull`) for all, then again for those whose page was full; returns the documents.
 */
export async function pullEverything(base: string, device: Device): Promise<Map<CollectionName, { id: string }[]>> {
  const pulled = new Map<CollectionName, { id: string }[]>(COLLECTION_NAMES.map((c) => [c, []]));
  let pending: CollectionName[] = [...COLLECTION_NAMES];
  while (pending.length > 0) {
    const parts = pending.map((collection) => ({ collection, checkpoint: device.checkpoints.get(collection) ?? null, limit: PULL_LIMIT }));
    const pages = (await call(base, device, '/api/replication/pull', parts)) as { collection: CollectionName; documents: { id: string }[]; checkpoint: Checkpoint }[];
    for (const page of pages) {
      pulled.get(page.collection)?.push(...page.documents);
      device.checkpoints.set(page.collection, page.checkpoint);
    }
    pending = pages.filter((page) => page.documents.length >= PULL_LIMIT).map((page) => page.collection);
  }
  return pulled;
}

/** As the client did before issue 17's batched pull: one request per collection and page. */
export async function pullEachCollection(base: string, device: Device): Promise<Map<CollectionName, { id: string }[]>> {
  const pulled = new Map<CollectionName, { id: string }[]>();
  for (const collection of COLLECTION_NAMES) {
    const documents: { id: string }[] = [];
    for (;;) {
      const page = (await call(base, device, `/api/replication/${collection}/pull`, { checkpoint: device.checkpoints.get(collection) ?? null, limit: PULL_LIMIT })) as { documents: { id: string }[]; checkpoint: Checkpoint };
      documents.push(...page.documents);
      device.checkpoints.set(collection, page.checkpoint);
      if (page.documents.length < PULL_LIMIT) break;
    }
    pulled.set(collection, documents);
  }
  return pulled;
}

/** Five new hazards on an enterprise of the device's grids, in one push. */
export async function pushFive(base: string, device: Device, tag: string): Promise<string[]> {
  const hazards = Array.from({ length: 5 }, (_, i) => hazardFor(device.enterpriseId, `${tag}-${device.index}-${i}`, 'gridPatrol', device.userId));
  const conflicts = await call(base, device, '/api/replication/hazards/push', hazards.map((h) => ({ assumedMasterState: null, newDocumentState: { ...h, _deleted: false } })));
  if (!Array.isArray(conflicts) || conflicts.length > 0) throw new DeviceFailure(`push answered conflicts: ${JSON.stringify(conflicts).slice(0, 120)}`);
  return hazards.map((h) => h.id);
}

/** Runs `work` over `items`, `limit` at a time. */
export async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++] as T);
  }));
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function spread(label: string, values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${label}: p50 ${seconds(quantile(sorted, 0.5))}  p95 ${seconds(quantile(sorted, 0.95))}  p99 ${seconds(quantile(sorted, 0.99))}  max ${seconds(sorted.at(-1) ?? NaN)}`;
}
