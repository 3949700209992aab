import { commentFor, enterpriseIn, gridIn, hazardFor, inspectionFor, signaturesFor, templateWith } from '../testing/fixtures';
import { caseFor } from '../testing/caseFixtures';

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
  'POST /api/replication/pull': {
    path: () => '/api/replication/pull',
    body: [{ collection: 'hazards', checkpoint: { seq: 1, id: 'h-1', scope: 'abc' }, limit: 10 }, { collection: 'enterprises', checkpoint: null, limit: 10 }],
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
  'GET /api/admin/import/:kind{templates|questions}/template': { path: (p) => `/api/admin/import/${p}/template`, goodParam: 'templates' },
  'POST /api/admin/import/:kind{templates|questions}': { path: (p) => `/api/admin/import/${p}`, goodParam: 'questions', binary: true, query: { dryRun: '1' } },
  'POST /api/admin/accounts': { path: () => '/api/admin/accounts', body: { kind: 'gridOfficer', username: 'fuzz-officer', displayName: '测试网格员', gridIds: ['grid-ys-02'] } },
  'POST /api/admin/accounts/enterprises': { path: () => '/api/admin/accounts/enterprises', body: { enterpriseIds: ['ent-003'] } },
  'POST /api/admin/users/:id/reset-password': { path: (p) => `/api/admin/users/${p}/reset-password`, goodParam: 'u-officer-3' },
  'POST /api/admin/users/:id/disable': { path: (p) => `/api/admin/users/${p}/disable`, goodParam: 'u-officer-3' },
  'POST /api/admin/users/:id/enable': { path: (p) => `/api/admin/users/${p}/enable`, goodParam: 'u-officer-3' },
  'GET /api/admin/areas': { path: () => '/api/admin/areas' },
  'POST /api/admin/areas': { path: () => '/api/admin/areas', body: { code: '320582100301', name: '测试村' } },
  'PUT /api/admin/areas/:code': { path: (p) => `/api/admin/areas/${p}`, goodParam: '320582100', body: { name: '杨舍镇' } },
  'POST /api/admin/grids': { path: () => '/api/admin/grids', body: { name: '测试网格', type: 'residential', areaCode: '320582100', boundary: [[{ lat: 31.8, lon: 120.5 }, { lat: 31.8, lon: 120.6 }, { lat: 31.9, lon: 120.6 }]] } },
  'PUT /api/admin/grids/:id': { path: (p) => `/api/admin/grids/${p}`, goodParam: 'grid-ys-02', body: { name: '杨舍镇工业企业网格二', type: 'industrial', areaCode: '320582100' } },
  'GET /api/admin/bindings': { path: () => '/api/admin/bindings', query: { gridId: 'grid-ys-01' } },
  'POST /api/admin/bindings': { path: () => '/api/admin/bindings', body: { kind: 'enterpriseGridPerson', gridId: 'grid-ys-01', personName: '张安全', personPhone: '13800000000', startsOn: '2026-01-01' } },
  'POST /api/admin/bindings/:id/end': { path: (p) => `/api/admin/bindings/${p}/end`, goodParam: 'bind-1', body: { endsOn: '2026-01-02' } },
  'GET /api/admin/audit': { path: () => '/api/admin/audit', query: { actor: 'admin', action: 'grid', targetKind: 'grid', targetId: 'grid-ys-01', from: '2026-01-01', to: '2026-12-31', limit: '10', format: 'csv' } },
  // The current password is wrong: no hostile variation of it changes the fuzz user's password.
  'POST /api/auth/change-password': { path: () => '/api/auth/change-password', body: { currentPassword: 'not-the-password', newPassword: 'Anxun-2026-new' } },
  // 举报 (public, no sign-in) and the supervisors' inbox. A report id that does not exist: hostile variations only ever meet 404s or 400s.
  'GET /api/public/reports/towns': { path: () => '/api/public/reports/towns' },
  'POST /api/public/reports': {
    path: () => '/api/public/reports',
    body: { townCode: '320582100', description: '仓库门口堆满纸箱，堵住了安全出口', address: '杨舍镇某路 8 号', enterpriseName: '某公司', location: { lat: 31.86, lon: 120.53, accuracy: 20 }, photos: [someHash], contact: { name: '王', phone: '13800000000' } },
  },
  'PUT /api/public/reports/:id/photos/:sha256': { path: (p) => `/api/public/reports/${p}/photos/${someHash}`, goodParam: 'rpt-fuzz', binary: true },
  'POST /api/public/reports/track': { path: () => '/api/public/reports/track', body: { code: '7K3M-Q9XB-2HPD' } },
  'GET /api/report-inbox': { path: () => '/api/report-inbox' },
  'GET /api/report-inbox/assigned': { path: () => '/api/report-inbox/assigned' },
  'POST /api/report-inbox/:id/check': { path: (p) => `/api/report-inbox/${p}/check`, goodParam: 'rpt-fuzz', body: { found: true, note: '现场确有纸箱堵塞出口' } },
  'GET /api/report-inbox/:id': { path: (p) => `/api/report-inbox/${p}`, goodParam: 'rpt-fuzz' },
  'GET /api/report-inbox/:id/officers': { path: (p) => `/api/report-inbox/${p}/officers`, goodParam: 'rpt-fuzz' },
  'GET /api/report-inbox/:id/photos/:sha256': { path: (p) => `/api/report-inbox/${p}/photos/${someHash}`, goodParam: 'rpt-fuzz' },
  'POST /api/report-inbox/:id/assign': { path: (p) => `/api/report-inbox/${p}/assign`, goodParam: 'rpt-fuzz', body: { officerId: 'u-officer-1', note: '请核实' } },
  'POST /api/report-inbox/:id/verify': {
    path: (p) => `/api/report-inbox/${p}/verify`, goodParam: 'rpt-fuzz',
    body: { enterpriseId: 'ent-001', title: '安全出口堵塞', category: 'siteManagement', level: 'general', deadline: '2026-12-31', requiredMeasures: '清理出口', includePhotos: true },
  },
  'POST /api/report-inbox/:id/dismiss': { path: (p) => `/api/report-inbox/${p}/dismiss`, goodParam: 'rpt-fuzz', body: { publicReason: '经核实不属实' } },
  // Last: once one of these succeeds, that role's fuzz session is revoked and later requests meet a 401.
  // Operations and device setup: public or token-guarded GETs without parameters; hostile queries must not break them.
  'GET /metrics': { path: () => '/metrics', query: { name: 'anxun_open_streams' } },
  'GET /ca.crt': { path: () => '/ca.crt' },
  'GET /setup': { path: () => '/setup', query: { lang: 'zh-CN' } },
  'GET /report-poster': { path: () => '/report-poster', query: { place: '某某公司东门' } },
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
 * A well-formed document of each collection a device pushes, keyed by collection (`name#variant`
 * for a further document of the same collection) (patrols and writs have no fixture
 * yet: TODO issue 11). Their pushes are fuzzed field by field, as a create and as the stale base
 * of an update (which runs the three-way merge over the hostile value).
 */
export const PUSH_TEMPLATES: Record<string, Record<string, unknown>> = {
  hazards: hazardFor('ent-001', 'h-fuzz-doc', 'gridPatrol', 'u-officer-1'),
  hazardEvents: commentFor({ id: 'h-fuzz-doc', enterpriseId: 'ent-001' }, 'ev-fuzz-doc', { userId: 'u-officer-1', role: 'officer', officerKind: 'grid' }),
  // Finished and signed, so hostile signatures and refusals reach the evidence judge (issue 13, item 8).
  inspections: { ...inspectionFor('ent-001', 'insp-fuzz-doc'), status: 'finished', finishedAt: '2026-03-02T10:00:00+08:00', signatures: signaturesFor() },
  // With a roster person (issue 15): every field of the staff roster is fuzzed too.
  enterprises: { ...enterpriseIn('grid-ys-01', '320582100001', 'ent-fuzz-doc'), people: [{
    id: 'person-fuzz', role: 'specialOperator', name: '李焊工', phone: '13800000000', certificateType: '焊接与热切割作业', certificateNumber: 'T320582199001011234',
    certificateExpiry: '2026-05-01', leftOn: '2026-06-30',
  }] },
  grids: gridIn('320582100', 'grid-fuzz-doc'),
  checklistTemplates: templateWith('tpl-fuzz-doc'),
  // 挂牌督办 (issue 16 item 3): a listing with its 停产停业 flag and review date, and a 五落实 plan.
  'hazardEvents#list': {
    ...commentFor({ id: 'h-fuzz-doc', enterpriseId: 'ent-001' }, 'ev-fuzz-list', { userId: 'u-sup-1', role: 'supervisor', areaCode: '320582100' }),
    type: 'list', payload: { listingLevel: 'town', docNo: '杨安委督〔2026〕1号', reviewDate: '2026-12-31', stopProduction: true },
  },
  'hazardEvents#filePlan': {
    ...commentFor({ id: 'h-fuzz-doc', enterpriseId: 'ent-001' }, 'ev-fuzz-plan', { userId: 'u-ent-1', role: 'enterprise' }),
    type: 'filePlan', payload: { measures: '加装泄爆片', responsiblePerson: '王厂长', costYuan: 80000, deadline: '2026-12-31', emergencyPlan: '专项预案' },
  },
  // 案件 (issue 16 item 4): a case file, pushed by enforcement officers.
  cases: caseFor('ent-001', 'case-fuzz-doc'),
};

/** The values most likely to reach SQL badly from a document field. */
export const DOCUMENT_HOSTILE_VALUES: unknown[] = ['\u0000', 'a\uD800', null, -1, 1e308, '0000-01-01T00:00:00Z', '0000-01-01', 'x'.repeat(5000)];
