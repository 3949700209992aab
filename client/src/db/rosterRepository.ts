import { map, type Observable } from 'rxjs';
import { Enterprise, type EnterprisePerson } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import type { WriteResult } from './hazardRepository';
import { localWrites$ } from './localWrites';

const rosterOrder = (a: EnterprisePerson, b: EnterprisePerson) =>
  Number(a.leftOn !== undefined) - Number(b.leftOn !== undefined) || Number(b.role === 'principal') - Number(a.role === 'principal') || a.name.localeCompare(b.name, 'zh-CN');

/** An enterprise's staff roster (从业人员名册, its profile's `people`): principal first, people who left last. */
export function observeRoster(db: AnxunDatabase, enterpriseId: string): Observable<EnterprisePerson[]> {
  return db.enterprises.findOne(enterpriseId).$.pipe(map((d) => (d ? [...(d.toJSON() as Enterprise).people].sort(rosterOrder) : [])));
}

/**
 * Adds or changes one person on this device (offline too), inside RxDB's write queue on the
 * latest profile: only that person's entry changes, so the server merges it by id with edits of
 * other people made on other devices. The sync layer pushes it later.
 */
export async function saveRosterPerson(db: AnxunDatabase, enterpriseId: string, person: EnterprisePerson): Promise<WriteResult<EnterprisePerson>> {
  const doc = await db.enterprises.findOne(enterpriseId).exec();
  if (!doc) return { ok: false, issues: [{ path: 'enterpriseId', message: `no enterprise ${enterpriseId}` }] };
  const withPerson = (e: Enterprise) => ({ ...e, people: e.people.some((p) => p.id === person.id) ? e.people.map((p) => (p.id === person.id ? person : p)) : [...e.people, person] });
  const checked = Enterprise.safeParse(withPerson(doc.toJSON() as Enterprise));
  if (!checked.success) {
    // Paths inside the person (people.N.field → field), so the form marks its own fields.
    return { ok: false, issues: checked.error.issues.map((i) => ({ path: i.path.slice(i.path[0] === 'people' ? 2 : 0).map(String).join('.'), message: i.message })) };
  }
  const updatedAt = new Date().toISOString();
  await doc.incrementalModify((latest) => Enterprise.parse({ ...withPerson(latest as Enterprise), updatedAt }));
  localWrites$.next({ collection: 'enterprises', id: enterpriseId, updatedAt });
  return { ok: true, value: person };
}

/** The checklist code a certificate finding's hazard carries (≤ 24 characters): links the finding to its hazard. */
export const certificateFindingCode = (personId: string) => `cert:${personId.slice(-19)}`;

/** Hazards an inspection made of certificate findings, by finding code. */
export function observeCertificateHazards(db: AnxunDatabase, enterpriseId: string, inspectionId: string): Observable<Map<string, string>> {
  return db.hazards.find({ selector: { enterpriseId, inspectionId } }).$.pipe(map((docs) => new Map(
    docs.flatMap((d) => (d.checklistItemCode?.startsWith('cert:') ? [[d.checklistItemCode, d.id] as const] : [])),
  )));
}
