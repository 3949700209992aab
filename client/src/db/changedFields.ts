/**
 * The top-level fields a form changed, compared with the version the form started from. Only
 * these are written over the stored document, so a change that replication brought in while
 * the form was open (another officer's edit of another field) is kept, not reverted.
 */
export function changedFields<T extends object>(base: T, draft: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (JSON.stringify(draft[key]) !== JSON.stringify(base[key])) changes[key] = draft[key];
  }
  for (const key of Object.keys(base) as (keyof T)[]) {
    // A field the form removed (an optional value cleared) is a change to "absent".
    if (!(key in draft)) changes[key] = undefined;
  }
  return changes;
}

/** The stored document with the form's changes applied; undefined values remove the field. */
export function applyChanges<T extends object>(stored: T, changes: Partial<T>): T {
  const merged: Record<string, unknown> = { ...stored, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as T;
}
