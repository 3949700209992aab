import type { AnxunDatabase } from '../db/database';
import { deleteUploadedPhotos, listPhotoCandidates } from '../db/photoBlobs';
import { photoReferences } from '../db/photoReferences';
import { PHOTO_BUDGET_BYTES, planEviction } from './evictionPlan';

const EVERY_MS = 10 * 60 * 1000;
/** An administrator may cap a small device lower (bytes), e.g. a phone with little free space. */
export const BUDGET_SETTING = 'anxun.photoBudgetBytes';

function configuredBudget(): number {
  const set = Number(localStorage.getItem(BUDGET_SETTING) ?? NaN);
  return Number.isFinite(set) && set >= 0 ? set : PHOTO_BUDGET_BYTES;
}

/** Runs the eviction plan once: returns how many photos were deleted. */
export async function evictPhotosOnce(db: AnxunDatabase, budgetBytes = configuredBudget()): Promise<number> {
  const photos = await listPhotoCandidates();
  if (photos.reduce((sum, p) => sum + p.bytes, 0) <= budgetBytes) return 0;
  const plan = planEviction(photos, await photoReferences(db), budgetBytes);
  return plan.length === 0 ? 0 : deleteUploadedPhotos(plan);
}

/** Keeps the photo store within its budget: at start and every ten minutes while signed in. */
export function startPhotoEviction(db: AnxunDatabase): { stop: () => void } {
  const run = () => void evictPhotosOnce(db).catch((error: unknown) => console.warn('photo eviction failed', error));
  const timer = setInterval(run, EVERY_MS);
  run();
  return { stop: () => clearInterval(timer) };
}
