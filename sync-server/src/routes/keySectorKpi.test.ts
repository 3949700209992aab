import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OverviewKpis, type Enterprise, type Grid, type Inspection, type Principal } from '@anxun/shared-schema';
import { hashPassword } from '../auth/passwords';
import { scopeKeysFor } from '../replication/scopeKeys';
import { DEMO_PASSWORD } from '../seed/demoUsers';
import { enterpriseIn, gridIn, inspectionFor } from '../testing/fixtures';
import { getJson } from '../testing/overviewClient';
import { createTestServer, type TestServer } from '../testing/testServer';

// 重点行业领域巡查率 in a town of its own, computed by hand (docs/kpis.md, seed 004 附件3 task 5).
const NOW = new Date('2026-03-20T04:00:00Z');
const AREA = '320582103';
const SITE = { lat: 31.87, lon: 120.55 };
/** About 800 m north of SITE: outside the 300 m check-in radius. */
const AWAY = { lat: 31.8772, lon: 120.55 };
const meta = { actorId: 'test', deviceId: 'test' };
let server: TestServer;
let token: string;

const unit = (id: string, category: Enterprise['supervisionCategory'], location = SITE): Enterprise => ({ ...enterpriseIn('g-ks', `${AREA}001`, id), supervisionCategory: category, location });
const visit = (enterpriseId: string, id: string, officerId: string, position: { lat: number; lon: number } | undefined, type: Inspection['type'] = 'gridPatrol'): Inspection => ({
  ...inspectionFor(enterpriseId, id, type, officerId), status: 'finished', finishedAt: '2026-03-10T02:00:00Z',
  checkIn: { at: '2026-03-10T01:00:00Z', ...(position ? { position } : { offSiteReason: '定位失败' }) },
});

async function write(collection: 'grids' | 'enterprises' | 'inspections', docs: (Grid | Enterprise | Inspection)[]) {
  await server.store.writeTransaction(async (tx) => {
    for (const doc of docs) {
      const enterpriseId = 'enterpriseId' in doc ? doc.enterpriseId : undefined;
      const scope = enterpriseId ? (await tx.getEnterpriseScopes([enterpriseId])).get(enterpriseId) : undefined;
      const data = doc as unknown as Record<string, unknown> & { id: string };
      await tx.write(collection, { id: doc.id, data, deleted: false, keys: scopeKeysFor(collection, data, scope) }, undefined, meta);
    }
  });
}

const user = async (principal: Principal) => server.store.upsertUser({ principal, passwordHash: await hashPassword(DEMO_PASSWORD) });

beforeAll(async () => {
  server = await createTestServer({ now: () => NOW });
  await user({ userId: 'u-ks-sup', username: 'kssup', displayName: '测试镇应急办', role: 'supervisor', gridIds: [], areaCode: AREA });
  await user({ userId: 'u-ks-grid', username: 'ksgrid', displayName: '网格员甲', role: 'officer', officerKind: 'grid', gridIds: ['g-ks'] });
  await user({ userId: 'u-ks-law', username: 'kslaw', displayName: '执法员乙', role: 'officer', officerKind: 'enforcement', gridIds: ['g-ks'] });
  token = (await server.login('kssup')).accessToken;
  await write('grids', [{ ...gridIn(AREA, 'g-ks'), officerIds: ['u-ks-grid'] }]);
  await write('enterprises', [
    unit('k1', 'construction'), unit('k2', 'transport'), unit('k3', 'townGas'), unit('k4', 'construction'), unit('n1', 'machinery'),
  ]);
  await write('inspections', [
    visit('k1', 'v1', 'u-ks-grid', SITE), // counts: a grid officer, on site
    visit('k2', 'v2', 'u-ks-grid', AWAY), // off site (800 m): does not count
    visit('k3', 'v3', 'u-ks-law', SITE, 'enforcement'), // an enforcement officer: not a patrol
    visit('k4', 'v4', 'u-ks-grid', undefined), // no position, a reason given: not measured on site
    visit('n1', 'v5', 'u-ks-grid', SITE), // on site, but not a key-sector unit
  ]);
});
afterAll(() => server.close());

describe('重点行业领域巡查率 in GET /api/overview/kpis', () => {
  it('counts key-sector units visited on site by a grid officer, measured against the stored enterprise', async () => {
    const { status, body } = await getJson(server, '/api/overview/kpis?from=2026-03-01&to=2026-03-31&groupBy=grid', token);
    expect(status, JSON.stringify(body)).toBe(200);
    const kpis = OverviewKpis.parse(body);
    expect(kpis.total.keySectorPatrolRate).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    expect(kpis.groups.map((g) => [g.key, g.kpis.keySectorPatrolRate.numerator, g.kpis.keySectorPatrolRate.denominator])).toEqual([['g-ks', 1, 4]]);
  });
});
