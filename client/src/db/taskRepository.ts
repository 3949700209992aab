import { map, type Observable } from 'rxjs';
import { InspectionTask, type TaskStatus } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import { localWrites$ } from './localWrites';

/** The 双随机 tasks assigned to this officer, earliest due first (open before finished). */
export function observeTasksOf(db: AnxunDatabase, userId: string): Observable<InspectionTask[]> {
  const open = (t: InspectionTask) => (t.status === 'done' || t.status === 'cancelled' ? 1 : 0);
  return db.tasks.find().$.pipe(
    map((docs) => docs.map((d) => d.toJSON() as InspectionTask)
      .filter((t) => t.assigneeIds.includes(userId))
      .sort((a, b) => open(a) - open(b) || a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))),
  );
}

/** Records progress on the device at once; the sync layer pushes it (officers may change only the progress). */
export async function setTaskStatus(db: AnxunDatabase, id: string, status: TaskStatus): Promise<void> {
  const doc = await db.tasks.findOne(id).exec();
  if (!doc) return;
  const now = new Date().toISOString();
  const updated = await doc.incrementalModify((current) => InspectionTask.parse({
    ...(current as InspectionTask), status, updatedAt: now, ...(status === 'done' ? { doneAt: now } : {}),
  }));
  localWrites$.next({ collection: 'tasks', id, updatedAt: updated.updatedAt });
}
