import { addDays, shanghaiDate, type Enterprise, type Grid, type Hazard, type HazardEvent, type Inspection } from '@anxun/shared-schema';
import { scopeKeysFor } from '../src/replication/scopeKeys';
import { seededRandom } from '../src/seed/random';
import type { SqlClient } from '../src/store/sqlClient';
import type { ScopeKeys } from '../src/store/Store';

/**
 * A county-level city for the overview benchmark (domain §6): 10 towns, 200 grids, 20,000
 * enterprises, `hazardCount` hazards over the last year with their events, and finished
 * inspections. It BYPASSES the push path on purpose: documents are inserted in bulk SQL, events
 * carry ready-made verdicts, and hazard_status is then built by the start-up backfill (the same
 * fold the write path uses). Only the read side is being measured.
 */
export const BENCH_CITY = '320582';
export const BENCH_TOWN = '320582100';
const TOWNS = 10;
const GRIDS_PER_TOWN = 20;
const ENTERPRISES_PER_GRID = 100;

type Doc = { collection: string; id: string; data: object; keys: ScopeKeys };

async function insertDocuments(db: SqlClient, docs: readonly Doc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 2000) {
    const batch = docs.slice(i, i + 2000).map((d) => ({
      collection: d.collection, id: d.id, data: d.data, enterprise_id: d.keys.enterpriseId, grid_ids: d.keys.gridIds, area_code: d.keys.areaCode, parent_id: d.keys.parentId,
    }));
    await db.query(
      `INSERT INTO documents (collection, id, seq, deleted, data, enterprise_id, grid_ids, area_code, parent_id, updated_by, device_id)
       SELECT collection, id, nextval('document_seq'), false, data, enterprise_id, grid_ids, area_code, parent_id, 'bench', 'bench'
       FROM jsonb_to_recordset($1::jsonb) AS r(collection text, id text, data jsonb, enterprise_id text, grid_ids text[], area_code text, parent_id text)`,
      [JSON.stringify(batch)],
    );
  }
}

export async function seedBenchCity(db: SqlClient, hazardCount: number, inspectionCount: number, now: Date): Promise<void> {
  const random = seededRandom(20260320);
  const stamp = now.toISOString();
  const today = shanghaiDate(now);
  const grids: Grid[] = [];
  const enterprises: Enterprise[] = [];
  for (let t = 0; t < TOWNS; t++) {
    const town = `${BENCH_CITY}${String(100 + t)}`;
    for (let g = 0; g < GRIDS_PER_TOWN; g++) {
      const grid: Grid = { id: `bg-${t}-${g}`, name: `网格${t}-${g}`, type: 'industrial', areaCode: town, townName: `镇${t}`, officerIds: [`bo-${t}-${g % 10}`], outline: [], updatedAt: stamp };
      grids.push(grid);
      for (let e = 0; e < ENTERPRISES_PER_GRID; e++) {
        enterprises.push({
          id: `be-${t}-${g}-${e}`, name: `企业${t}-${g}-${e}`, uscc: '91320582MA1X00000X', usccWarningAccepted: true, regAddress: '', siteAddress: '地址',
          areaCode: `${town}${String(1 + (g % 5)).padStart(3, '0')}`, townName: `镇${t}`, villageName: `村${g % 5}`, gridIds: [grid.id], industryCode: '',
          supervisionCategory: random.pick(['machinery', 'hazchem', 'nineSmall', 'textile', 'lightIndustry'] as const), lineDepartment: '', scale: 'belowSize',
          headcount: 20, operatingStatus: 'operating', riskColour: 'yellow', tags: random.next() < 0.2 ? ['dustExplosion'] : [], people: [], boundOfficerIds: [],
          landlord: '', notes: '', updatedAt: stamp,
        });
      }
    }
  }
  const keyOf = new Map<string, ScopeKeys>();
  const docs: Doc[] = [];
  const add = (collection: 'grids' | 'enterprises' | 'hazards' | 'hazardEvents' | 'inspections', data: { id: string }, enterpriseId?: string) => {
    const keys = scopeKeysFor(collection, data as Record<string, unknown> & { id: string }, enterpriseId ? keyOf.get(enterpriseId) : undefined);
    if (collection === 'enterprises') keyOf.set(data.id, keys);
    docs.push({ collection, id: data.id, data, keys });
  };
  grids.forEach((g) => add('grids', g));
  enterprises.forEach((e) => add('enterprises', e));
  await insertDocuments(db, docs.splice(0));

  let verdictSeq = 1;
  for (let i = 0; i < hazardCount; i++) {
    const enterprise = random.pick(enterprises);
    const foundDay = random.int(0, 364);
    const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const hazard: Hazard = {
      id: `bh-${i}`, no: `YH-B-${i}`, enterpriseId: enterprise.id, title: random.pick(['配电箱未上锁', '消防通道堵塞', '除尘器未接地', '有限空间未设警示标志', '叉车无证驾驶']),
      description: '', location: '车间', category: 'siteManagement', proposedLevel: 'general', basis: '',
      source: random.pick(['gridPatrol', 'gridPatrol', 'enterpriseSelfCheck', 'enterpriseSelfCheck', 'enforcement', 'superiorSupervision', 'thirdParty'] as const),
      foundBy: `bo-0-${i % 10}`, foundAt: at(foundDay + 0.2), photosBefore: [], requiredMeasures: '', updatedAt: at(foundDay + 0.2),
    };
    add('hazards', hazard, enterprise.id);
    // Older hazards are more often closed; some re-checks fail first.
    const deadline = addDays(shanghaiDate(at(foundDay)), random.int(3, 30));
    const closeDay = Math.max(0, foundDay - random.int(1, 40));
    const steps: [HazardEvent['type'], HazardEvent['payload'], number][] = [['assign', { deadline }, foundDay]];
    if (closeDay > 0 || random.next() < 0.3) steps.push(['submitRectification', { measures: '已整改' }, closeDay + 0.1]);
    if (closeDay > 0 && random.next() < 0.1) steps.push(['verify', { passed: false, reason: '未到位', deadline: addDays(today, 5) }, closeDay + 0.05], ['submitRectification', { measures: '再整改' }, closeDay + 0.02]);
    if (closeDay > 0) steps.push(['verify', { passed: true }, closeDay]);
    steps.forEach(([type, payload, days], n) => {
      const event: HazardEvent = {
        id: `${hazard.id}-e${n}`, hazardId: hazard.id, enterpriseId: enterprise.id, type, payload, actorId: hazard.foundBy, actorRole: 'officer', actorName: 'bench',
        deviceId: 'bench', deviceTime: at(days), updatedAt: at(days), verdict: { accepted: true, seq: verdictSeq++, at: at(days) },
      };
      add('hazardEvents', event, enterprise.id);
    });
    if (docs.length > 20_000) await insertDocuments(db, docs.splice(0));
  }
  for (let i = 0; i < inspectionCount; i++) {
    const enterprise = random.pick(enterprises);
    const finishedAt = new Date(now.getTime() - random.int(0, 364) * 86_400_000).toISOString();
    const inspection: Inspection = {
      id: `bi-${i}`, enterpriseId: enterprise.id, templateId: 't', templateVersion: 1, type: random.next() < 0.5 ? 'selfCheck' : 'gridPatrol', status: 'finished',
      officerIds: [grids.find((g) => g.id === enterprise.gridIds[0])?.officerIds[0] ?? 'bo'], startedAt: finishedAt, finishedAt, answers: [], signatures: [], summary: '', updatedAt: finishedAt,
    };
    add('inspections', inspection, enterprise.id);
    if (docs.length > 20_000) await insertDocuments(db, docs.splice(0));
  }
  await insertDocuments(db, docs.splice(0));
}
