// Seeds a grid officer's city-scale device data through the real push API (not timed).
import { completeUscc, type Enterprise, type Hazard } from '@anxun/shared-schema';
import { SITE_PHOTO } from '../src/evidence';

export const PASSWORD = 'anxun2026';

export async function accessToken(url: string, username: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD, deviceId: 'bench' }) });
  if (!r.ok) throw new Error(`login ${username}: ${r.status}`);
  return ((await r.json()) as { accessToken: string }).accessToken;
}

/** The refused rows a push answered with, read defensively: an unreadable header is still a refusal. */
function refusalsOf(response: Response): string | null {
  const header = response.headers.get('x-anxun-refused');
  if (!header) return null;
  try {
    const refused: unknown = JSON.parse(decodeURIComponent(header));
    if (!Array.isArray(refused)) return header.slice(0, 500);
    const first = refused.slice(0, 3).map((r) => JSON.stringify(r)).join('; ');
    return `${refused.length} row(s) refused, e.g. ${first}`;
  } catch {
    return `unreadable refusal header: ${header.slice(0, 500)}`;
  }
}

/** Node's fetch (undici) fails outright when a refusal list outgrows its header limit. */
const headersOverflowed = (error: unknown) => error instanceof Error && (error.cause as { code?: string } | undefined)?.code === 'UND_ERR_HEADERS_OVERFLOW';

async function pushBatch(url: string, token: string, collection: string, docs: object[]): Promise<Response> {
  const rows = docs.map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, _deleted: false } }));
  return fetch(`${url}/api/replication/${collection}/push`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(rows) });
}

/** Pushes new documents in batches of 200; throws, naming the reason, if the server refuses any row. */
export async function pushAll(url: string, token: string, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 200) {
    const batch = docs.slice(i, i + 200);
    let response: Response;
    try {
      response = await pushBatch(url, token, collection, batch);
    } catch (error) {
      if (!headersOverflowed(error)) throw error;
      // Too many refusals to read at once: find the first refused row alone (a row stored by the
      // batch answers as a conflict now, which is no refusal) and name its reason.
      for (const doc of batch) {
        const reason = refusalsOf(await pushBatch(url, token, collection, [doc]));
        if (reason) throw new Error(`seeding ${collection}: the server refused rows of the batch at ${i} (too many to list in a header); the first: ${reason}`, { cause: error });
      }
      throw new Error(`seeding ${collection}: the server refused rows of the batch at ${i} (too many to list in a header)`, { cause: error });
    }
    if (!response.ok) throw new Error(`seeding ${collection}: push answered ${response.status} ${(await response.text()).slice(0, 500)}`);
    const refused = refusalsOf(response);
    if (refused) throw new Error(`seeding ${collection}: the server refused rows of the batch at ${i}: ${refused}`);
    await response.body?.cancel();
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
    location: '车间', category: 'siteManagement', proposedLevel: 'general', basis: '', source: 'gridPatrol', foundBy: 'u-officer-1', foundAt: at, photosBefore: [SITE_PHOTO],
    requiredMeasures: '立即清理通道', updatedAt: at,
  };
}

/** 50 enterprises in the officer `wangge`'s grid and `hazards` hazards spread over them. */
export async function seedOfficerDevice(url: string, hazards: number): Promise<void> {
  const enterprises = 50;
  await pushAll(url, await accessToken(url, 'shijianguan'), 'enterprises', Array.from({ length: enterprises }, (_, i) => benchEnterprise(i)));
  await pushAll(url, await accessToken(url, 'wangge'), 'hazards', Array.from({ length: hazards }, (_, i) => benchHazard(i, enterprises)));
}
