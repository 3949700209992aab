// Seeds a grid officer's city-scale device data through the real push API (not timed).
import { completeUscc, type Enterprise, type Hazard } from '@anxun/shared-schema';

export const PASSWORD = 'anxun2026';

export async function accessToken(url: string, username: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD, deviceId: 'bench' }) });
  if (!r.ok) throw new Error(`login ${username}: ${r.status}`);
  return ((await r.json()) as { accessToken: string }).accessToken;
}

export async function pushAll(url: string, token: string, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 200) {
    const rows = docs.slice(i, i + 200).map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, _deleted: false } }));
    const r = await fetch(`${url}/api/replication/${collection}/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(rows) });
    if (!r.ok) throw new Error(`${collection}: ${r.status} ${await r.text()}`);
  }
}

/** Every document of a collection the user may read, exactly as the pull API sends it. */
export async function pullAll(url: string, token: string, collection: string): Promise<object[]> {
  const documents: object[] = [];
  let checkpoint: unknown = null;
  for (;;) {
    const r = await fetch(`${url}/api/replication/${collection}/pull`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ checkpoint, limit: 1000 }) });
    if (!r.ok) throw new Error(`pull ${collection}: ${r.status}`);
    const page = (await r.json()) as { documents: object[]; checkpoint: unknown };
    documents.push(...page.documents);
    if (page.documents.length === 0) return documents;
    checkpoint = page.checkpoint;
  }
}

export function benchEnterprise(n: number): Enterprise {
  const stamp = new Date().toISOString();
  return {
    id: `bench-ent-${n}`, name: `基准测试企业${String(n).padStart(4, '0')}号有限公司`, uscc: completeUscc(`91320582MA${String(n).padStart(7, '0')}`),
    usccWarningAccepted: false, regAddress: '', siteAddress: `杨舍镇测试路${n}号`, areaCode: '320582100001', townName: '杨舍镇', villageName: '东城社区',
    gridIds: ['grid-ys-01'], industryCode: '3360', supervisionCategory: 'machinery', lineDepartment: '应急管理局', scale: 'belowSize', headcount: 20 + (n % 200),
    operatingStatus: 'operating', riskColour: (['red', 'orange', 'yellow', 'blue'] as const)[n % 4] ?? 'blue', tags: n % 2 ? ['dustExplosion'] : ['confinedSpace'],
    people: [{ id: `bp-${n}`, role: 'safetyOfficer', name: '测试员' }], boundOfficerIds: ['u-officer-1'], landlord: '', notes: '', updatedAt: stamp,
  };
}

export function benchHazard(n: number, enterprises: number): Hazard {
  const at = new Date(Date.now() - (n % 60) * 86_400_000).toISOString();
  return {
    id: `bench-hz-${n}`, no: `YH-B-${n}`, enterpriseId: `bench-ent-${n % enterprises}`, title: `基准隐患 ${n}：消防通道堵塞`, description: '车间东侧消防通道堆放原料，宽度不足',
    location: '车间', category: 'siteManagement', proposedLevel: 'general', basis: '', source: 'gridPatrol', foundBy: 'u-officer-1', foundAt: at, photosBefore: [],
    requiredMeasures: '立即清理通道', updatedAt: at,
  };
}

/** 50 enterprises in the officer `wangge`'s grid and `hazards` hazards spread over them. */
export async function seedOfficerDevice(url: string, hazards: number): Promise<void> {
  const enterprises = 50;
  await pushAll(url, await accessToken(url, 'shijianguan'), 'enterprises', Array.from({ length: enterprises }, (_, i) => benchEnterprise(i)));
  await pushAll(url, await accessToken(url, 'wangge'), 'hazards', Array.from({ length: hazards }, (_, i) => benchHazard(i, enterprises)));
}
