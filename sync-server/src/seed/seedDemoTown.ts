import type { CollectionName, Principal } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import type { DocumentData } from '../replication/documents';
import { applyPush, type ValidRow } from '../replication/push';
import type { Store } from '../store/Store';
import { DEMO_TEMPLATES } from './checklistTemplates';
import { DEMO_EXAM_QUESTIONS } from './exam/index';
import { demoEnterprises } from './demoEnterprises';
import { demoHazards } from './demoHazards';
import { DEMO_GRIDS, TOWNS } from './demoPlaces';
import { DEMO_PASSWORD, DEMO_USERS } from './demoUsers';

const asRows = (docs: readonly object[]): ValidRow[] => docs.map((d) => ({ assumed: null, next: { data: d as DocumentData, deleted: false } }));

function principal(userId: string): Principal {
  const user = DEMO_USERS.find((u) => u.userId === userId);
  if (!user) throw new Error(`unknown demo user ${userId}`);
  const { label: _label, ...p } = user;
  return p;
}

/**
 * Seeds the demo town on first start (no users yet). Documents go through the same push path as
 * devices' writes, so the demo data obeys the same scope rules and hazard verdicts.
 */
export async function seedDemoTown(store: Store, now: Date): Promise<boolean> {
  if (await store.findUserByUsername(DEMO_USERS[0]?.username ?? '')) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const { label: _label, ...p } of DEMO_USERS) await store.upsertUser({ principal: p, passwordHash });

  const city = principal('u-sup-city');
  const push = (who: Principal, collection: CollectionName, docs: readonly object[]) =>
    applyPush(store, who, 'demo-seed', collection, asRows(docs), () => now);
  // The towns as areas, so the demo administrator edits their grids at once (issue 14).
  for (const town of Object.values(TOWNS)) await store.places.createArea({ code: town.code, name: town.name }, now);
  await push(city, 'grids', DEMO_GRIDS);
  const enterprises = demoEnterprises();
  await push(city, 'enterprises', enterprises);
  await push(city, 'checklistTemplates', DEMO_TEMPLATES);
  await push(city, 'examQuestions', DEMO_EXAM_QUESTIONS);
  for (const { hazard, events } of demoHazards(enterprises, now)) {
    await push(principal(hazard.foundBy), 'hazards', [hazard]);
    for (const event of events) await push(principal(event.actorId), 'hazardEvents', [event]);
  }
  return true;
}

export function demoLoginLines(): string[] {
  return DEMO_USERS.map((u) => `  ${u.label.padEnd(28)} ${u.username.padEnd(12)} / ${DEMO_PASSWORD}`);
}
