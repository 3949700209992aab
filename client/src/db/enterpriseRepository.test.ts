import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { completeUscc, newId, type Enterprise } from '@anxun/shared-schema';
import { openDatabase, type AnxunDatabase } from './database';
import { saveEnterpriseEdit, saveNewEnterprise } from './enterpriseRepository';
import { localWrites$, type LocalWrite } from './localWrites';

const enterprise: Enterprise = {
  id: 'ent-001', updatedAt: '2026-03-01T01:00:00.000Z', name: '张家港市恒达五金制品有限公司', uscc: completeUscc('91320582MA1XYK123'),
  usccWarningAccepted: false, regAddress: '杨舍镇东街 1 号', siteAddress: '杨舍镇工业园 8 号', areaCode: '320582100001', townName: '杨舍镇',
  villageName: '东街社区', gridIds: ['grid-1'], industryCode: 'C3311', supervisionCategory: 'machinery', lineDepartment: '应急管理局',
  scale: 'belowSize', headcount: 40, operatingStatus: 'operating', riskColour: 'yellow', tags: ['confinedSpace'],
  people: [{ id: 'p1', role: 'principal', name: '王强', phone: '13800000000' }], boundOfficerIds: [], landlord: '', notes: '',
};

let db: AnxunDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function databaseWith(doc: Enterprise): Promise<AnxunDatabase> {
  // The JSON-schema validator wraps the storage, as in development: the stored shape is checked too.
  db = await openDatabase(`test-${newId()}`, { validate: true, storage: getRxStorageMemory() });
  await db.enterprises.insert(doc);
  return db;
}

function recordWrites(): LocalWrite[] {
  const writes: LocalWrite[] = [];
  const subscription = localWrites$.subscribe((w) => writes.push(w));
  afterEach(() => subscription.unsubscribe());
  return writes;
}

describe('saveEnterpriseEdit', () => {
  it('writes the edit locally with a fresh updatedAt and tells the outbox', async () => {
    const local = await databaseWith(enterprise);
    const writes = recordWrites();
    const result = await saveEnterpriseEdit(local, enterprise, { ...enterprise, notes: '消防通道已清理' });
    expect(result.ok).toBe(true);
    const stored = (await local.enterprises.findOne('ent-001').exec())?.toJSON();
    expect(stored?.notes).toBe('消防通道已清理');
    expect(stored?.updatedAt).not.toBe(enterprise.updatedAt);
    expect(writes).toEqual([{ collection: 'enterprises', id: 'ent-001', updatedAt: stored?.updatedAt }]);
  });

  it('keeps a change that replication brought in while the form was open', async () => {
    const local = await databaseWith(enterprise);
    await local.enterprises.upsert({ ...enterprise, headcount: 55, updatedAt: '2026-03-01T02:00:00.000Z' });
    await saveEnterpriseEdit(local, enterprise, { ...enterprise, riskColour: 'orange' });
    const stored = (await local.enterprises.findOne('ent-001').exec())?.toJSON();
    expect(stored).toMatchObject({ headcount: 55, riskColour: 'orange' });
  });

  it('refuses an invalid edit with the fields at fault, writing nothing', async () => {
    const local = await databaseWith(enterprise);
    const writes = recordWrites();
    const result = await saveEnterpriseEdit(local, enterprise, { ...enterprise, name: ' ', headcount: Number.NaN });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.')).sort()).toEqual(['headcount', 'name']);
    expect((await local.enterprises.findOne('ent-001').exec())?.toJSON()).toMatchObject({ name: enterprise.name, headcount: 40 });
    expect(writes).toEqual([]);
  });
});

describe('a USCC failing its checksum is never saved', () => {
  const wrongCheck = (uscc: string) => uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0');

  it('refuses a changed code on the uscc field, writing nothing', async () => {
    const local = await databaseWith(enterprise);
    const result = await saveEnterpriseEdit(local, enterprise, { ...enterprise, uscc: wrongCheck(enterprise.uscc), usccWarningAccepted: true });
    expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual(['uscc']);
    expect((await local.enterprises.findOne('ent-001').exec())?.toJSON().uscc).toBe(enterprise.uscc);
  });

  it('leaves a code stored before the check alone when other fields change', async () => {
    const old = { ...enterprise, uscc: wrongCheck(enterprise.uscc), usccWarningAccepted: true };
    const local = await databaseWith(old);
    expect((await saveEnterpriseEdit(local, old, { ...old, notes: '复核' })).ok).toBe(true);
  });

  it('refuses a new enterprise with a bad code, and a second record of a code already in the ledger', async () => {
    const local = await databaseWith(enterprise);
    const bad = await saveNewEnterprise(local, { ...enterprise, id: 'ent-new', uscc: wrongCheck(completeUscc('91320582MA1XYK999')) });
    expect(bad.ok).toBe(false);
    expect(await local.enterprises.findOne('ent-new').exec()).toBeNull();
    expect((await saveNewEnterprise(local, enterprise)).ok).toBe(false);
    const good = await saveNewEnterprise(local, { ...enterprise, id: 'ent-new', uscc: completeUscc('91320582MA1XYK999') });
    expect(good.ok).toBe(true);
  });
});
