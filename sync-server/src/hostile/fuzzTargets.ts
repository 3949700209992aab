import { caseFor } from '../testing/caseFixtures';
import { commentFor, enterpriseIn, gridIn, hazardFor, inspectionFor, templateWith } from '../testing/fixtures';

/**
 * Every endpoint of the app, with a well-formed request the fuzz test then breaks piece by piece.
 * Keyed by `METHOD route` exactly as app.routes lists them: a route added without an entry here
 * fails malformedInput.test.ts.
 */
export interface FuzzTarget {
  /** The path with `param` in the route's path parameter (endpoints without one ignore it). */
  path(param: string): string;
  /** A value the route would accept in its path parameter. */
  goodParam?: string;
  /** A well-formed JSON body; its every leaf is then replaced by hostile values. */
  body?: unknown;
  /** Raw bytes instead of JSON (photo upload). */
  binary?: true;
  /** Well-formed query values; each is then replaced by hostile values. */
  query?: Record<string, string>;
  /** A server-sent event stream: a 200 is cancelled at once. */
  stream?: true;
}

const hazard = hazardFor('ent-001', 'h-fuzz-1', 'gridPatrol', 'u-officer-1');
const none = { gridIds: [], categories: [], tags: [], riskColours: [] };
const someHash = 'a'.repeat(64);

export const FUZZ_TARGETS: Record<string, FuzzTarget> = {
  'GET /api/health': { path: () => '/api/health' },
  'POST /api/auth/login': { path: () => '/api/auth/login', body: { username: 'wangge', password: 'wrong-password', deviceId: 'fuzz-device' } },
  'POST /api/auth/refresh': { path: () => '/api/auth/refresh', body: { refreshToken: 'not-a-real-refresh-token' } },
  'GET /api/admin/users': { path: () => '/api/admin/users' },
  'GET /api/admin/users/:id/sessions': { path: (p) => `/api/admin/users/${p}/sessions`, goodParam: 'u-officer-1' },
  'POST /api/admin/users/:id/revoke-sessions': { path: (p) => `/api/admin/users/${p}/revoke-sessions`, goodParam: 'u-officer-2' },
  'POST /api/replication/:collection/pull': {
    path: (p) => `/api/replication/${p}/pull`, goodParam: 'hazards',
    body: { checkpoint: { seq: 1, id: 'h-1', scope: 'abc' }, limit: 10 },
  },
  'POST /api/replication/:collection/push': {
    path: (p) => `/api/replication/${p}/push`, goodParam: 'hazards',
    body: [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }],
  },
  'GET /api/replication/stream': { path: () => '/api/replication/stream', stream: true },
  'GET /api/replication/:collection/stream': { path: (p) => `/api/replication/${p}/stream`, goodParam: 'hazards', stream: true },
  'GET /api/conflicts': { path: () => '/api/conflicts', query: { status: 'open' } },
  'POST /api/conflicts/:id/resolve': { path: (p) => `/api/conflicts/${p}/resolve`, goodParam: 'c-1', body: { applyOther: false, note: '已核实' } },
  'PUT /api/photos/:sha256': { path: (p) => `/api/photos/${p}`, goodParam: someHash, binary: true },
  'GET /api/photos/:sha256': { path: (p) => `/api/photos/${p}`, goodParam: someHash },
  'GET /api/overview/hazards': {
    path: () => '/api/overview/hazards',
    query: { source: 'gridPatrol', state: 'RECTIFYING', level: 'major', gridId: 'grid-ys-01', enterpriseId: 'ent-001', town: '320582', from: '2026-01-01', to: '2026-12-31', q: '配电', sort: 'deadline', limit: '10', cursor: 'eyJzb3J0IjoiZGVhZGxpbmUiLCJrZXkiOiIyMDI2LTAxLTAxIiwiaWQiOiJoLTEifQ' },
  },
  'GET /api/overview/hazards/:id': { path: (p) => `/api/overview/hazards/${p}`, goodParam: 'h-1' },
  'GET /api/overview/kpis': { path: () => '/api/overview/kpis', query: { from: '2026-01-01', to: '2026-03-31', groupBy: 'grid' } },
  'GET /api/overview/officers': { path: () => '/api/overview/officers', query: { from: '2026-01-01', to: '2026-03-31' } },
  'GET /api/draws': { path: () => '/api/draws' },
  'POST /api/draws': { path: () => '/api/draws', body: { criteria: { ...none, gridIds: ['grid-ys-01'] }, poolIds: ['u-enforcer-1', 'u-enforcer-2'], count: 1, dueDate: '2026-12-31' } },
  'GET /api/draws/inspectors': { path: () => '/api/draws/inspectors' },
  'GET /api/draws/:id': { path: (p) => `/api/draws/${p}`, goodParam: 'draw-1' },
  'POST /api/draws/:id/replay': { path: (p) => `/api/draws/${p}/replay`, goodParam: 'draw-1' },
  'GET /api/reports/monthly': { path: () => '/api/reports/monthly', query: { month: '2026-03', format: 'json' } },
  'GET /api/admin/import/enterprises/template': { path: () => '/api/admin/import/enterprises/template' },
  'POST /api/admin/import/enterprises': { path: () => '/api/admin/import/enterprises', binary: true, query: { dryRun: '1' } },
  'POST /api/admin/import/enterprises/report': {
    path: () => '/api/admin/import/enterprises/report',
    body: { dryRun: true, summary: { created: 1, updated: 0, unchanged: 0, refused: 1 }, rows: [{ row: 2, status: 'created', uscc: '91320582MA1X00000N', name: '企业' }, { row: 3, status: 'refused', reason: '缺少企业名称' }] },
  },
  'POST /api/admin/accounts': { path: () => '/api/admin/accounts', body: { kind: 'gridOfficer', username: 'fuzz-officer', displayName: '测试网格员', gridIds: ['grid-ys-02'] } },
  'POST /api/admin/accounts/enterprises': { path: () => '/api/admin/accounts/enterprises', body: { enterpriseIds: ['ent-003'] } },
  'POST /api/admin/users/:id/reset-password': { path: (p) => `/api/admin/users/${p}/reset-password`, goodParam: 'u-officer-3' },
  'POST /api/admin/users/:id/disable': { path: (p) => `/api/admin/users/${p}/disable`, goodParam: 'u-officer-3' },
  'POST /api/admin/users/:id/enable': { path: (p) => `/api/admin/users/${p}/enable`, goodParam: 'u-officer-3' },
  // The current password is wrong: no hostile variation of it changes the fuzz user's password.
  'POST /api/auth/change-password': { path: () => '/api/auth/change-password', body: { currentPassword: 'not-the-password', newPassword: 'Anxun-2026-new' } },
  // Last: once one of these succeeds, that role's fuzz session is revoked and later requests meet a 401.
  // Operations and device setup: public or token-guarded GETs without parameters; hostile queries must not break them.
  'GET /metrics': { path: () => '/metrics', query: { name: 'anxun_open_streams' } },
  'GET /ca.crt': { path: () => '/ca.crt' },
  'GET /setup': { path: () => '/setup', query: { lang: 'zh-CN' } },
  'POST /api/auth/logout': { path: () => '/api/auth/logout' },
  'POST /api/auth/logout-all': { path: () => '/api/auth/logout-all' },
};

/** Path parameters a modified client could send, already percent-encoded as they travel. */
export const HOSTILE_SEGMENTS = [
  '%00', 'a%00b', 'x'.repeat(70), '%E4%B8%AD%E6%96%87', '%F0%9F%98%80', '%ED%A0%80', '%C0%AF', '%FF', '%ZZ', '%',
  '..', '.', '%2E%2E', '%2F', 'a%20b', '%25', "'%3B--", '-1', '0', 'null', 'undefined', '__proto__', 'constructor', '1e999',
];

/** Values for one string position: wrong types, unstorable text, huge and odd strings. */
export const HOSTILE_VALUES: unknown[] = [
  null, 0, -1, 1.5, 1e308, true, [], {}, [null], { $gt: '' }, '', ' ', '\u0000', 'a\u0000b', '\uD800', 'a\uDC00b', '\uDBFF\uDFFF',
  'x'.repeat(5000), '配'.repeat(3000), '0000-01-01', '9999-12-31', '2026-02-30', '0000-01', '1970-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999999Z', '275760-09-13T00:00:00Z', '-1', 'NaN', '__proto__',
];

/** Whole bodies that are not the JSON a route expects. */
export const HOSTILE_BODIES: string[] = [
  '', '{', '}', 'nul', 'null', 'true', '0', '-0', '1e999', '"x"', '[]', '[[]]', '{}', '{"__proto__":{"x":1}}', '\u0000', '"\\u0000"', '"\\ud800"',
  '{"a":"\\u0000"}', '{"\\u0000":1}', '[' .repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(3000) + '1' + '}'.repeat(3000), `"${'x'.repeat(15_000)}"`,
];

/** Query values for a query parameter. */
export const HOSTILE_QUERY_VALUES = [
  '', '%00', '%ED%A0%80', '%FF', '%', 'x'.repeat(400), '0000-01', '0000-01-01', '9999-12', '99999-01-01', '2026-13-01', '2026-02-30', '-1', '0',
  '1e9', 'NaN', 'true', '%E4%B8%AD', 'a,b,,c', ',,,',   // Cursors whose key is not a date: {"sort":"foundAt","key":"x"}, deadline 0000-01-01, foundAt 0000-01-01T00:00:00Z.
  'eyJzb3J0IjoiZm91bmRBdCIsImtleSI6IngiLCJpZCI6ImgtMSJ9', 'eyJzb3J0IjoiZGVhZGxpbmUiLCJrZXkiOiIwMDAwLTAxLTAxIiwiaWQiOiJoLTEifQ',
  'eyJzb3J0IjoiZm91bmRBdCIsImtleSI6IjAwMDAtMDEtMDFUMDA6MDA6MDBaIiwiaWQiOiJoLTEifQ',
];

/**
 * A well-formed document of each collection a device pushes (patrols and writs have no fixture
 * yet: TODO issue 11). Their pushes are fuzzed field by field, as a create and as the stale base
 * of an update (which runs the three-way merge over the hostile value).
 */
export const PUSH_TEMPLATES: Record<string, Record<string, unknown>> = {
  hazards: hazardFor('ent-001', 'h-fuzz-doc', 'gridPatrol', 'u-officer-1'),
  hazardEvents: commentFor({ id: 'h-fuzz-doc', enterpriseId: 'ent-001' }, 'ev-fuzz-doc', { userId: 'u-officer-1', role: 'officer', officerKind: 'grid' }),
  inspections: inspectionFor('ent-001', 'insp-fuzz-doc'),
  enterprises: enterpriseIn('grid-ys-01', '320582100001', 'ent-fuzz-doc'),
  grids: gridIn('320582100', 'grid-fuzz-doc'),
  checklistTemplates: templateWith('tpl-fuzz-doc'),
  // 案件 (issue 16 item 4): a case file, pushed by enforcement officers.
  cases: caseFor('ent-001', 'case-fuzz-doc'),
};

/** The values most likely to reach SQL badly from a document field. */
export const DOCUMENT_HOSTILE_VALUES: unknown[] = ['\u0000', 'a\uD800', null, -1, 1e308, '0000-01-01T00:00:00Z', '0000-01-01', 'x'.repeat(5000)];
