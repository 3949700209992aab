import type { CollectionName, Principal } from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import { caseFor } from '../testing/caseFixtures';
import { commentFor, enterpriseIn, gridIn, hazardFor, inspectionFor, templateWith } from '../testing/fixtures';

/**
 * For every collection: what a user would create, the stored document the other write shapes
 * act on, the field an edit changes, what a forged assumed state claims, and a scope move.
 * Only document shapes live here; what may happen to them is the oracle's (writeMatrix.test.ts).
 */
export interface Subject {
  collection: CollectionName;
  create(p: Principal, id: string, value: unknown): DocumentData;
  target(id: string): DocumentData;
  field: string;
  value(n: number): unknown;
  /** Another field changed meanwhile by someone else (the stale shape). */
  concurrent(doc: DocumentData): DocumentData;
  /** The assumed state a hostile device claims: the record is its own. */
  forge(doc: DocumentData, p: Principal): DocumentData;
  move?: { field: string; value: unknown };
}

const at = '2026-06-01T09:30:00+08:00';
const minute = (n: number) => new Date(Date.UTC(2026, 5, 1) + n * 60_000).toISOString();
export const PARENT_HAZARD = hazardFor('ent-001', 'hz-matrix-parent', 'gridPatrol', 'u-officer-1');

const sourceOf = (p: Principal) =>
  p.role === 'enterprise' ? 'enterpriseSelfCheck' : p.role === 'supervisor' ? 'superiorSupervision'
    : p.officerKind === 'expert' ? 'thirdParty' : p.officerKind === 'enforcement' ? 'enforcement' : 'gridPatrol';

function writ(id: string, issuedBy: string): DocumentData {
  return {
    id, kind: 'rectificationNotice', enterpriseId: 'ent-001', hazardIds: [PARENT_HAZARD.id], townCode: '320582100', townName: '杨舍镇', provisionalNo: `AB12-20260601-${id.slice(-6)}`,
    party: { name: '测试企业', uscc: '91320582MA1X00000X', address: '杨舍镇', legalRepresentative: '张三' }, place: '生产车间', inspectedAt: at, findings: '',
    legalBasis: '《中华人民共和国安全生产法》第六十五条', items: [], issuedAt: at, issuedBy, officers: [{ id: issuedBy, name: '开具人' }], signatures: [], updatedAt: at,
  };
}
const patrol = (id: string, officerId: string, gridIds: readonly string[]): DocumentData => ({
  id, officerId, areaCode: '320582100', gridIds: [...gridIds], startedAt: at, points: [], checkIns: [], updatedAt: at,
});
const task = (id: string): DocumentData => ({
  id, drawId: 'draw-matrix', areaCode: '320582100', enterpriseId: 'ent-001', enterpriseName: '测试企业', enterpriseAddress: '', townName: '杨舍镇', riskColour: 'yellow',
  assigneeIds: ['u-officer-1', 'u-enforcer-1'], assigneeNames: ['王建国', '陈立新'], dueDate: '2026-06-30', status: 'assigned', createdAt: at, updatedAt: at,
});
const question = (id: string): DocumentData => ({
  id, sectorTags: [], type: 'single', stem: '灭火器压力表指针应在？', options: [{ key: 'A', text: '绿区' }, { key: 'B', text: '红区' }], answer: ['A'], explanation: '', basis: '', retired: false, updatedAt: at,
});
const conflict = (id: string): DocumentData => ({
  id, updatedAt: at, kind: 'merge', collection: 'enterprises', documentId: 'ent-001', enterpriseId: 'ent-001', field: 'notes', pathJson: '["notes"]',
  baseJson: '""', serverJson: '""', pushedJson: '""', keptJson: '""', serverAuthor: 'x', serverDevice: 'x', pushAuthor: 'x', pushDevice: 'x', detectedAt: at, status: 'open',
});
const draw = (id: string): DocumentData => ({
  id, areaCode: '320582100', seed: 1, criteria: { gridIds: [], categories: [], tags: [], riskColours: [] }, count: 1, population: [], poolIds: ['u-officer-1', 'u-enforcer-1'],
  assignments: [], dueDate: '2026-06-30', createdBy: 'u-sup-1', createdByName: '沈国平', createdAt: at, updatedAt: at,
});
const text = (prefix: string) => (n: number) => `${prefix}-${n}`;

export function subjects(ent001: DocumentData): Subject[] {
  return [
    { collection: 'grids', field: 'name', value: text('网格'), create: (_p, id, v) => ({ ...gridIn('320582100', id), name: v }), target: (id) => gridIn('320582100', id),
      concurrent: (d) => ({ ...d, outline: [], type: 'nineSmall' }), forge: (d, p) => ({ ...d, officerIds: [p.userId] }), move: { field: 'areaCode', value: '320582101' } },
    { collection: 'enterprises', field: 'notes', value: text('备注'), create: (_p, id, v) => ({ ...enterpriseIn('grid-ys-01', '320582100001', id), notes: v }), target: () => ent001,
      concurrent: (d) => ({ ...d, landlord: '出租方甲' }), forge: (d, p) => ({ ...d, gridIds: p.gridIds.length > 0 ? [...p.gridIds] : d['gridIds'] }), move: { field: 'gridIds', value: ['grid-ys-02'] } },
    { collection: 'checklistTemplates', field: 'name', value: text('检查表'), create: (_p, id, v) => ({ ...templateWith(id), name: v }), target: (id) => ({ ...templateWith(id), status: 'draft' }),
      concurrent: (d) => ({ ...d, appliesToTags: ['dustExplosion'] }), forge: (d) => d },
    { collection: 'inspections', field: 'summary', value: text('小结'), target: (id) => inspectionFor('ent-001', id),
      create: (p, id, v) => ({ ...inspectionFor('ent-001', id, p.role === 'enterprise' ? 'selfCheck' : 'gridPatrol', p.userId), summary: v }),
      concurrent: (d) => ({ ...d, title: '同时修改' }), forge: (d, p) => ({ ...d, officerIds: [p.userId], type: p.role === 'enterprise' ? 'selfCheck' : d['type'] }),
      move: { field: 'enterpriseId', value: 'ent-002' } },
    { collection: 'hazards', field: 'location', value: text('位置'), target: (id) => hazardFor('ent-001', id, 'gridPatrol', 'u-officer-1'),
      create: (p, id, v) => ({ ...hazardFor('ent-001', id, sourceOf(p), p.userId), location: v }),
      concurrent: (d) => ({ ...d, description: '同时修改' }), forge: (d, p) => ({ ...d, source: sourceOf(p), foundBy: p.userId }), move: { field: 'enterpriseId', value: 'ent-002' } },
    { collection: 'hazardEvents', field: 'actorName', value: text('姓名'),
      create: (p, id, v) => ({ ...commentFor(PARENT_HAZARD, id, p), actorName: v }), target: (id) => ({ ...commentFor(PARENT_HAZARD, id, { userId: 'u-officer-1', role: 'officer', officerKind: 'grid' }) }),
      concurrent: (d) => d, forge: (d, p) => ({ ...d, actorId: p.userId, actorRole: p.role }), move: { field: 'enterpriseId', value: 'ent-002' } },
    { collection: 'patrols', field: 'endedAt', value: minute, create: (p, id, v) => ({ ...patrol(id, p.userId, p.gridIds), endedAt: v }),
      target: (id) => patrol(id, 'u-officer-1', ['grid-ys-01', 'grid-ys-03']), concurrent: (d) => ({ ...d, checkIns: [{ enterpriseId: 'ent-001', at }] }),
      forge: (d, p) => ({ ...d, officerId: p.userId }), move: { field: 'areaCode', value: '320582101' } },
    { collection: 'writs', field: 'signatures', value: (n) => [{ signerName: `签名${n}`, signerRole: 'officer', refused: false, at }],
      create: (p, id, v) => ({ ...writ(id, p.userId), signatures: v }), target: (id) => writ(id, 'u-officer-1'), concurrent: (d) => ({ ...d, place: '仓库' }),
      forge: (d, p) => ({ ...d, issuedBy: p.userId }), move: { field: 'enterpriseId', value: 'ent-002' } },
    { collection: 'tasks', field: 'note', value: text('任务备注'), create: (_p, id, v) => ({ ...task(id), note: v }), target: task,
      concurrent: (d) => ({ ...d, dueDate: '2026-07-15' }), forge: (d, p) => ({ ...d, assigneeIds: [p.userId] }), move: { field: 'assigneeIds', value: ['u-officer-2', 'u-expert-1'] } },
    { collection: 'examQuestions', field: 'stem', value: text('题干'), create: (_p, id, v) => ({ ...question(id), stem: v }), target: (id) => ({ ...question(id), status: 'draft' }),
      concurrent: (d) => ({ ...d, explanation: '解析' }), forge: (d) => d },
    { collection: 'conflicts', field: 'field', value: text('字段'), create: (_p, id, v) => ({ ...conflict(id), field: v }), target: conflict,
      concurrent: (d) => ({ ...d, status: 'resolved' }), forge: (d, p) => ({ ...d, pushAuthor: p.userId }), move: { field: 'enterpriseId', value: 'ent-002' } },
    { collection: 'draws', field: 'createdByName', value: text('抽取人'), create: (_p, id, v) => ({ ...draw(id), createdByName: v }), target: draw,
      concurrent: (d) => ({ ...d, count: 2 }), forge: (d, p) => ({ ...d, createdBy: p.userId }), move: { field: 'areaCode', value: '320582101' } },
    { collection: 'cases', field: 'facts', value: text('案情'), create: (p, id, v) => ({ ...caseFor('ent-001', id, p.userId), facts: v }), target: (id) => caseFor('ent-001', id),
      concurrent: (d) => ({ ...d, cause: '同时修改' }), forge: (d, p) => ({ ...d, openedBy: p.userId }), move: { field: 'enterpriseId', value: 'ent-002' } },
  ];
}
