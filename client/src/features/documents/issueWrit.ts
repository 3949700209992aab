import { newId, type Writ } from '@anxun/shared-schema';
import type { AnxunDatabase } from '../../db/database';
import { provisionalWritNumbers, saveWrit } from '../../db/writRepository';
import { deviceId } from '../../sync/deviceId';
import { draftWrit, type WritSources } from './writDraft';

/** Drafts and saves a writ on this device; returns its id, or the reasons it could not be saved. */
export async function issueWrit(db: AnxunDatabase, sources: Omit<WritSources, 'id' | 'deviceId' | 'existingNos' | 'now'>): Promise<{ ok: true; writ: Writ } | { ok: false; message: string }> {
  const writ = draftWrit({ ...sources, id: `writ-${newId()}`, deviceId: deviceId(), existingNos: await provisionalWritNumbers(db), now: new Date() });
  const saved = await saveWrit(db, writ);
  return saved.ok ? { ok: true, writ: saved.value } : { ok: false, message: saved.issues.map((i) => `${i.path}: ${i.message}`).join('；') };
}
