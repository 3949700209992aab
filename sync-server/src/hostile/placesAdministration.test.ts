import { expect, it } from 'vitest';
import { Binding, Problem, shanghaiDate, type Principal } from '@anxun/shared-schema';
import { pullAll } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { loginAsNewUser, onEachStore } from './eachStore';

/**
 * The administrator's areas, grids, bindings and audit log as a modified client would attack
 * them: other roles, another town's administrator, forged and mismatched ids. Every refused
 * write leaves the stored grids, bindings and audit as they were.
 */
const TANGQIAO_ADMIN: Principal = { userId: 'u-admin-tq', username: 'admin-tq', displayName: '塘桥镇系统管理员', role: 'admin', gridIds: [], areaCode: '320582101' };
const today = shanghaiDate(new Date());

onEachStore('areas, grids and bindings against hostile clients', (server) => {
  const send = (s: TestServer, token: string, method: string, path: string, body?: unknown) =>
    s.app.request(`/api/admin${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const snapshot = async (s: TestServer) => ({
    grids: (await s.db.query(`SELECT id, data FROM documents WHERE collection = 'grids' ORDER BY id`)).rows,
    ent002: (await s.db.query(`SELECT data->'boundOfficerIds' AS b FROM documents WHERE id = 'ent-002'`)).rows,
    bindings: (await s.db.query('SELECT * FROM bindings ORDER BY id')).rows,
    areas: (await s.db.query('SELECT * FROM areas ORDER BY code')).rows,
    audit: (await s.db.query('SELECT count(*)::int AS n FROM admin_audit')).rows,
  });

  it('refuses every write and read to officers, enterprises and supervisors (403), changing nothing', async () => {
    const s = server();
    const before = await snapshot(s);
    for (const user of ['wangge', 'qiye', 'jianguan']) {
      const token = (await s.login(user)).accessToken;
      const attempts: [string, string, unknown?][] = [
        ['POST', '/areas', { code: '320582100401', name: '越权村' }], ['PUT', '/areas/320582100', { name: '改名' }],
        ['POST', '/grids', { name: '越权网格', type: 'industrial', areaCode: '320582100' }], ['PUT', '/grids/grid-ys-01', { name: '改名', type: 'industrial', areaCode: '320582100' }],
        ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', userId: 'u-officer-2', startsOn: today }],
        ['POST', '/bindings/any/end', { endsOn: today }], ['GET', '/bindings?gridId=grid-ys-01'], ['GET', '/audit'], ['GET', '/areas'],
      ];
      for (const [method, path, body] of attempts) {
        const answer = await send(s, token, method, path, body);
        expect(answer.status, `${user} ${method} ${path}`).toBe(403);
        expect(Problem.parse(await answer.json()).code).toBe('forbidden');
      }
    }
    expect(await snapshot(s)).toEqual(before);
  });

  it('another town’s administrator reaches none of this town’s areas, grids, officers, bindings or audit', async () => {
    const s = server();
    const admin = (await s.login('admin')).accessToken;
    const officer = await loginAsNewUser(s, { userId: 'u-hostile-officer', username: 'hostile-officer', displayName: '杨舍网格员', role: 'officer', officerKind: 'grid', gridIds: [], areaCode: '320582100' });
    expect(officer).toBeTruthy();
    const bound = Binding.parse(await (await send(s, admin, 'POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-02', userId: 'u-hostile-officer', startsOn: today })).json());
    const tq = await loginAsNewUser(s, TANGQIAO_ADMIN);
    expect((await send(s, tq, 'POST', '/areas', { code: '320582101001', name: '韩山村' })).status).toBe(201);
    const before = await snapshot(s);
    const attempts: [string, string, unknown, number][] = [
      ['POST', '/areas', { code: '320582100501', name: '越界村' }, 403],
      ['PUT', '/areas/320582100', { name: '越界改名' }, 404],
      // A grid of this town, or a grid moved into it: both out of reach.
      ['PUT', '/grids/grid-ys-01', { name: '越界', type: 'industrial', areaCode: '320582101' }, 404],
      ['POST', '/grids', { name: '越界网格', type: 'industrial', areaCode: '320582100' }, 404],
      ['PUT', '/grids/grid-tq-01', { name: '搬走', type: 'industrial', areaCode: '320582100' }, 404],
      // This town's officer bound to the other town's own grid: the officer is out of reach.
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-tq-01', userId: 'u-hostile-officer', startsOn: today }, 404],
      ['POST', '/bindings', { kind: 'enterpriseGridPerson', gridId: 'grid-ys-01', personName: '越界', startsOn: today }, 404],
      ['POST', '/bindings', { kind: 'dualOfficer', enterpriseId: 'ent-001', userId: 'u-officer-3', startsOn: today }, 404],
      ['POST', `/bindings/${bound.id}/end`, { endsOn: today }, 404],
    ];
    for (const [method, path, body, status] of attempts) expect((await send(s, tq, method, path, body)).status, `${method} ${path}`).toBe(status);
    for (const path of ['/bindings?gridId=grid-ys-02', '/bindings?userId=u-hostile-officer', '/bindings?enterpriseId=ent-001']) {
      expect((await send(s, tq, 'GET', path)).status, path).toBe(404);
    }
    const areas = ((await (await send(s, tq, 'GET', '/areas')).json()) as { areas: { code: string }[] }).areas;
    expect(areas.map((a) => a.code)).toEqual(['320582101', '320582101001']);
    const entries = ((await (await send(s, tq, 'GET', '/audit?limit=5000')).json()) as { entries: { targetId: string }[] }).entries;
    expect(entries.map((e) => e.targetId)).toEqual(['320582101001']);
    expect(await snapshot(s)).toEqual(before);
  });

  it('refuses forged and mismatched ids: unknown targets, the wrong kind of target, accounts that are no officers', async () => {
    const s = server();
    const admin = (await s.login('admin')).accessToken;
    const before = await snapshot(s);
    const attempts: [string, string, unknown, string][] = [
      ['PUT', '/grids/ent-001', { name: '企业冒充网格', type: 'industrial', areaCode: '320582100' }, 'not_found'],
      ['PUT', '/grids/no-such-grid', { name: '不存在', type: 'industrial', areaCode: '320582100' }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'no-such-grid', userId: 'u-officer-2', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', enterpriseId: 'ent-001', userId: 'u-officer-2', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', enterpriseId: 'ent-001', userId: 'u-officer-2', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'dualOfficer', gridId: 'grid-ys-01', userId: 'u-officer-2', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', userId: 'u-ent-1', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', userId: 'u-sup-1', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', userId: 'u-admin', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', userId: 'no-such-user', startsOn: today }, 'not_found'],
      ['POST', '/bindings', { kind: 'enterpriseGridPerson', gridId: 'grid-ys-01', userId: 'u-officer-2', personName: '带账号', startsOn: today }, 'validation_failed'],
      ['POST', '/bindings/no-such-binding/end', { endsOn: today }, 'not_found'],
      ['PUT', '/areas/320582100999', { name: '不存在' }, 'not_found'],
    ];
    for (const [method, path, body, code] of attempts) {
      expect(Problem.parse(await (await send(s, admin, method, path, body)).json()).code, `${method} ${path} ${JSON.stringify(body)}`).toBe(code);
    }
    expect(await snapshot(s)).toEqual(before);
  });

  it('an ended binding takes the grid out of the officer’s pull on the next request (the principal cache follows)', async () => {
    const s = server();
    const admin = (await s.login('admin')).accessToken;
    const token = await loginAsNewUser(s, { userId: 'u-cache-officer', username: 'cache-officer', displayName: '缓存网格员', role: 'officer', officerKind: 'grid', gridIds: [], areaCode: '320582100' });
    expect((await pullAll(s, 'grids', token)).documents).toEqual([]);
    const b = Binding.parse(await (await send(s, admin, 'POST', '/bindings', { kind: 'gridOfficer', gridId: 'grid-ys-01', userId: 'u-cache-officer', startsOn: today })).json());
    expect((await pullAll(s, 'grids', token)).documents.map((d) => d.id)).toEqual(['grid-ys-01']);
    expect((await send(s, admin, 'POST', `/bindings/${b.id}/end`, { endsOn: today })).status).toBe(200);
    expect((await pullAll(s, 'grids', token)).documents).toEqual([]);
  });
});
