import type { Hazard } from './hazard';
import type { HazardEvent, HazardEventPayload } from './hazardEvents';
import type { OfficerKind, Role } from './user';

/** Builders for tests of the hazard loop (exported for the server's and client's tests too). */
export function sampleHazard(overrides: Partial<Hazard> = {}): Hazard {
  return {
    id: 'hz-1', no: 'YH-1', enterpriseId: 'ent-1', title: '除尘器未设泄爆装置', description: '', location: '一号车间',
    category: 'siteManagement', proposedLevel: 'general', basis: '应急管理部令第10号', source: 'gridPatrol',
    foundBy: 'u-officer', foundAt: '2026-03-01T09:00:00+08:00', photosBefore: [], requiredMeasures: '', updatedAt: '2026-03-01T09:00:00+08:00',
    ...overrides,
  };
}

/** A photo taken after rectification: submitRectification needs one (issue 13, item 9). */
export const AFTER_PHOTO = 'af'.repeat(32);

let counter = 0;
export function sampleEvent(
  type: HazardEvent['type'],
  payload: HazardEventPayload = {},
  actor: { role: Role; kind?: OfficerKind; id?: string; area?: string } = { role: 'officer', kind: 'grid' },
  overrides: Partial<HazardEvent> = {},
): HazardEvent {
  counter += 1;
  const time = new Date(Date.UTC(2026, 2, 1, 1, 0, counter)).toISOString();
  return {
    id: `ev-${counter}`, hazardId: 'hz-1', enterpriseId: 'ent-1', type, payload, actorId: actor.id ?? `u-${actor.role}`,
    actorRole: actor.role, ...(actor.kind ? { actorKind: actor.kind } : {}), ...(actor.area ? { actorAreaCode: actor.area } : {}), actorName: actor.role, deviceId: 'dev-1',
    deviceTime: time, updatedAt: time, ...overrides,
  };
}

/**
 * The seeds a property test runs: its pinned regression seeds (cases that once failed or that
 * exercise a rare path) plus one new seed per run, printed by the caller so a failure can be
 * replayed. ANXUN_PROPERTY_SEED replaces the random seed (replay).
 */
export function propertySeeds(pinned: readonly number[]): { seeds: number[]; randomSeed: number } {
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
  const replay = env['ANXUN_PROPERTY_SEED'];
  const randomSeed = replay === undefined ? Date.now() % 2 ** 31 : Number(replay);
  return { seeds: [...pinned, randomSeed], randomSeed };
}
