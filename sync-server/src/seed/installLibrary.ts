import type { CollectionName, Principal } from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import { applyPush } from '../replication/push';
import type { Store } from '../store/Store';
import { LIBRARY } from './checklists/index';
import { DEMO_EXAM_QUESTIONS } from './exam/index';

/** Who installs the library: the installation itself, with an administrator's rights and no area. */
const LIBRARY_INSTALLER: Principal = { userId: 'system-library', username: 'system-library', displayName: '安巡标准库', role: 'admin', gridIds: [] };

const SHIPPED: readonly [CollectionName, readonly { id: string }[]][] = [['checklistTemplates', LIBRARY], ['examQuestions', DEMO_EXAM_QUESTIONS]];

/**
 * The project's reviewed checklist library and 逢查必考 bank, put into every database at start:
 * a town that starts without the demo (SEED_DEMO=0) inspects with them on day one, and a release
 * that ships new templates or questions brings them to towns already live. Only documents the
 * database lacks are added (by id; a template's id names its version): a stored document is
 * never changed, so published versions stay immutable and a town's retirements stay. Goes
 * through the push path, so the same rules judge it as any administrator's write.
 */
export async function installLibrary(store: Store, now: () => Date): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  for (const [collection, docs] of SHIPPED) {
    const stored = await store.writeTransaction((tx) => tx.getDocuments(collection, docs.map((d) => d.id)));
    const missing = docs.filter((d) => !stored.has(d.id));
    if (missing.length === 0) continue;
    const rows = missing.map((d) => ({ assumed: null, next: { data: d as unknown as DocumentData, deleted: false } }));
    // Batches of a client push, so each transaction stays as small as a device's.
    for (let i = 0; i < rows.length; i += 200) await applyPush(store, LIBRARY_INSTALLER, 'library', collection, rows.slice(i, i + 200), now);
    added[collection] = missing.length;
  }
  return added;
}
