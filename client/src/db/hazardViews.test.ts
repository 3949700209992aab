import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstValueFrom, skip, type Subscription } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newId } from '@anxun/shared-schema';
import { sampleHazard } from '@anxun/shared-schema/testing';
import { openDatabase, type AnxunDatabase } from './database';
import { observeHazardViews, type HazardView } from './hazardRepository';

let db: AnxunDatabase | undefined;
const subscriptions: Subscription[] = [];
afterEach(async () => {
  for (const s of subscriptions.splice(0)) s.unsubscribe();
  await db?.close();
  db = undefined;
});

describe('observeHazardViews', () => {
  it('folds the whole ledger once for every screen that shows it, and a burst of batches once per window', async () => {
    db = await openDatabase(`test-${newId()}`, { validate: false, storage: getRxStorageMemory() });
    await db.hazards.insert(sampleHazard({ id: 'h-0' }));
    const list: HazardView[][] = [];
    const badge: HazardView[][] = [];
    subscriptions.push(observeHazardViews(db).subscribe((v) => list.push(v)));
    subscriptions.push(observeHazardViews(db).subscribe((v) => badge.push(v)));
    await vi.waitFor(() => expect(badge.map((v) => v.length)).toEqual([1]));
    // The same folded array: one fold served both screens.
    expect(list[0]).toBe(badge[0]);

    // Ten replicated batches arriving together.
    const written = firstValueFrom(observeHazardViews(db).pipe(skip(1)));
    for (let batch = 0; batch < 10; batch++) {
      await db.hazards.bulkInsert(Array.from({ length: 20 }, (_, i) => sampleHazard({ id: `h-${batch}-${i}` })));
    }
    await written;
    await vi.waitFor(() => expect(list.at(-1)?.length).toBe(201));
    expect(badge.at(-1)).toBe(list.at(-1));
    // Far fewer than one emission per batch.
    expect(list.length).toBeLessThanOrEqual(4);
  });
});
