/**
 * What the patrol recorder is doing, for the header badge: one recorder per app (PatrolRecorder,
 * mounted once), any number of readers. Kept outside React so that the badge can be rendered by
 * any layout (header on a tablet, bottom bar on a phone) without starting a second recorder.
 */
export type WakeLockState = 'held' | 'unsupported' | 'released';
export type PositionState = 'waiting' | 'fixing' | 'denied' | 'unavailable';

export interface PatrolRecording {
  patrolId: string | null;
  startedAt: string | null;
  metres: number;
  points: number;
  wakeLock: WakeLockState;
  position: PositionState;
}

const IDLE: PatrolRecording = { patrolId: null, startedAt: null, metres: 0, points: 0, wakeLock: 'released', position: 'waiting' };

let current: PatrolRecording = IDLE;
const listeners = new Set<() => void>();

export const patrolRecording = {
  get: (): PatrolRecording => current,
  update(change: Partial<PatrolRecording>): void {
    current = { ...current, ...change };
    for (const listener of listeners) listener();
  },
  reset(): void {
    patrolRecording.update(IDLE);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
