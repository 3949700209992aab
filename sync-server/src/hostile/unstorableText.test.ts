import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Problem, type WireDocument } from '@anxun/shared-schema';
import { hazardFor } from '../testing/fixtures';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
let officer: string;
let supervisor: string;
beforeAll(async () => {
  server = await createTestServer();
  officer = (await server.login('wangge')).accessToken;
  supervisor = (await server.login('jianguan')).accessToken;
}, 60_000);
afterAll(() => server.close());

const get = (path: string, token: string) => server.app.request(path, { headers: { authorization: `Bearer ${token}` } });
const problemOf = async (response: Response) => Problem.parse(await response.json());

describe('text PostgreSQL cannot store', () => {
  it('stores a pushed document with NUL and lone surrogates cleaned, and answers the cleaned form for the device to adopt', async () => {
    const hazard = { ...hazardFor('ent-001', 'h-nul-1', 'gridPatrol', 'u-officer-1'), title: '配电箱\u0000未上锁\uD800', location: '配电房\uDC00' };
    const pushed = await pushRows(server, 'hazards', officer, [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }]);
    expect(pushed.status).toBe(200);
    const answered = (pushed.body as WireDocument[]).find((d) => d.id === 'h-nul-1');
    expect(answered).toMatchObject({ title: '配电箱未上锁\uFFFD', location: '配电房\uFFFD' });
    const stored = (await pullAll(server, 'hazards', officer)).documents.find((d) => d.id === 'h-nul-1');
    expect(stored).toMatchObject({ title: '配电箱未上锁\uFFFD', location: '配电房\uFFFD' });

    // The same push again (its answer was lost): already stored, and the cleaned form is answered again.
    const again = await pushRows(server, 'hazards', officer, [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }]);
    expect(again.status).toBe(200);
    expect((again.body as WireDocument[]).find((d) => d.id === 'h-nul-1')).toMatchObject({ title: '配电箱未上锁\uFFFD' });
  });

  it('answers clean documents nothing extra', async () => {
    const hazard = hazardFor('ent-001', 'h-clean-1', 'gridPatrol', 'u-officer-1');
    const pushed = await pushRows(server, 'hazards', officer, [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }]);
    expect(pushed.status).toBe(200);
    expect((pushed.body as WireDocument[]).some((d) => d.id === 'h-clean-1')).toBe(false);
  });

  it('refuses NUL in a login username with 400, not 500', async () => {
    const response = await server.post('/api/auth/login', { username: 'wang\u0000ge', password: 'x', deviceId: 'd' });
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({ code: 'validation_failed', issues: [{ path: 'username' }] });
  });

  it('refuses a NUL or broken percent-encoding in a path id and a query value with 400', async () => {
    for (const id of ['%00', 'a%00', '%ED%A0%80', '%E4%B8']) {
      const response = await server.post(`/api/conflicts/${id}/resolve`, { applyOther: false }, supervisor);
      expect(response.status, id).toBe(400);
      expect((await problemOf(response)).code).toBe('validation_failed');
    }
    const query = await get('/api/overview/hazards?q=%00', supervisor);
    expect(query.status).toBe(400);
  });

  it('refuses a NUL in a resolve note and in a draw request with 400', async () => {
    expect((await server.post('/api/conflicts/c-x/resolve', { applyOther: false, note: '已\u0000核实' }, supervisor)).status).toBe(400);
    const draw = { criteria: { gridIds: ['grid-ys-01'], categories: [], tags: [], riskColours: [] }, poolIds: ['u-enforcer-1\u0000'], count: 1 };
    expect((await server.post('/api/draws', draw, supervisor)).status).toBe(400);
  });
});

describe('queries whose dates PostgreSQL would refuse', () => {
  const cursor = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('refuses an overview cursor whose key is not a date of its sort order', async () => {
    for (const [sort, key] of [['foundAt', 'x'], ['foundAt', '0000-01-01T00:00:00Z'], ['deadline', 'not-a-date'], ['deadline', '0000-01-01']] as const) {
      const response = await get(`/api/overview/hazards?sort=${sort}&cursor=${cursor({ sort, key, id: 'h-1' })}`, supervisor);
      expect(response.status, `${sort} ${key}`).toBe(400);
    }
    const valid = await get(`/api/overview/hazards?sort=deadline&cursor=${cursor({ sort: 'deadline', key: '9999-12-31', id: 'h-1' })}`, supervisor);
    expect(valid.status).toBe(200);
  });

  it('refuses month=0000-01 and dates outside the years 1900–2199', async () => {
    expect((await get('/api/reports/monthly?month=0000-01', supervisor)).status).toBe(400);
    expect((await get('/api/overview/kpis?from=0000-01-01&to=2026-01-01', supervisor)).status).toBe(400);
    expect((await get('/api/overview/hazards?from=0000-01-01', supervisor)).status).toBe(400);
    expect((await get('/api/reports/monthly?month=2026-03', supervisor)).status).toBe(200);
  });
});

describe('the error log', () => {
  it('holds route, method, error name and code and a request id, never the values a PostgreSQL error echoes', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)));
    const original = server.store.findUserByUsername;
    server.store.findUserByUsername = () => Promise.reject(Object.assign(new Error('duplicate key (phone)=(13800138000) 王建国'), { code: '23505' }));
    try {
      const response = await server.post('/api/auth/login', { username: 'wangge', password: 'secret-password', deviceId: 'd' });
      expect(response.status).toBe(500);
      const problem = await problemOf(response);
      expect(problem.code).toBe('internal');
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
      expect(entry).toMatchObject({ method: 'POST', route: '/api/auth/login', error: 'Error', code: '23505' });
      expect(problem.detail).toContain(String(entry['requestId']));
      expect(lines[0]).not.toMatch(/13800138000|王建国|secret-password|wangge/);
    } finally {
      server.store.findUserByUsername = original;
      spy.mockRestore();
    }
  });
});
