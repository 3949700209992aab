import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cleanShot, logIn, tabletContext } from './browser';
import { waitForSync } from './fields';
import { AFTER_PHOTO, signatures, SITE_PHOTO } from './evidence';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { pushAs, pushEditAs, tokenOf } from './serverWrites';

const env = useServerAndBrowser();
const MAJOR = 'hz-e2e-major';
const MAJOR_TITLE = '有限空间作业未经审批（端到端）';

/**
 * What an officer's and an expert's tablets would have synced before the supervisor looks: a
 * hazard escalated as possibly major, a third-party finding, three finished inspections and a
 * patrol with its track, all pushed over HTTP so the server judges them as it judges devices.
 */
async function prepareArea(baseUrl: string) {
  const now = Date.now();
  const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  const officer = await tokenOf(baseUrl, 'wangge', PASSWORD);
  const expert = await tokenOf(baseUrl, 'zhuanjia', PASSWORD);
  const hazard = (id: string, source: string, foundBy: string, title: string, level: 'general' | 'major') => ({
    id, no: `YH-${id}`, enterpriseId: 'ent-001', title, description: '污水池清淤作业无审批、无监护人', location: '污水处理站', category: 'unsafeAct',
    proposedLevel: level, basis: '工贸企业重大事故隐患判定标准 第十三条', source, foundBy, foundAt: ago(120), photosBefore: [SITE_PHOTO], requiredMeasures: '立即停止作业，建立审批制度', updatedAt: ago(120),
  });
  const event = (id: string, hazardId: string, type: string, actor: { id: string; kind: string; name: string }, minutesAgo: number) => ({
    id, hazardId, enterpriseId: 'ent-001', type, payload: {}, actorId: actor.id, actorRole: 'officer', actorKind: actor.kind, actorName: actor.name,
    deviceId: 'e2e-tablet', deviceTime: ago(minutesAgo), updatedAt: ago(minutesAgo),
  });
  const wang = { id: 'u-officer-1', kind: 'grid', name: '王建国' };
  const wu = { id: 'u-expert-1', kind: 'expert', name: '吴振华' };
  await pushAs(baseUrl, officer, 'hazards', [hazard(MAJOR, 'gridPatrol', wang.id, MAJOR_TITLE, 'major')]);
  await pushAs(baseUrl, officer, 'hazardEvents', [event(`${MAJOR}-1`, MAJOR, 'report', wang, 110), event(`${MAJOR}-2`, MAJOR, 'escalate', wang, 100)]);
  await pushAs(baseUrl, expert, 'hazards', [hazard('hz-e2e-third', 'thirdParty', wu.id, '除尘器未设泄爆装置（专家诊断）', 'general')]);
  await pushAs(baseUrl, expert, 'hazardEvents', [event('hz-e2e-third-1', 'hz-e2e-third', 'report', wu, 90)]);

  const inGrid = (await serverDocuments(baseUrl, 'wangge', PASSWORD, 'enterprises')).filter((e) => (e['gridIds'] as string[]).includes('grid-ys-01')).slice(0, 3);
  await pushAs(baseUrl, officer, 'inspections', inGrid.map((e, n) => ({
    id: `insp-e2e-${n}`, enterpriseId: e.id, templateId: 'general-industry@1', templateVersion: 1, type: 'gridPatrol', status: 'finished', officerIds: [wang.id],
    startedAt: ago(170 - n * 30), finishedAt: ago(150 - n * 30), answers: [], signatures: signatures('王建国', ago(150 - n * 30)), summary: '', updatedAt: ago(150 - n * 30),
  })));
  // A self-check by the enterprise, and a hazard found, rectified and passed at its first re-check.
  const qiye = await tokenOf(baseUrl, 'qiye', PASSWORD);
  await pushAs(baseUrl, qiye, 'inspections', [{
    id: 'insp-e2e-self', enterpriseId: 'ent-001', templateId: 'general-industry@1', templateVersion: 1, type: 'selfCheck', status: 'finished', officerIds: ['u-ent-1'],
    startedAt: ago(300), finishedAt: ago(290), answers: [], signatures: [], summary: '', updatedAt: ago(290),
  }]);
  const closed = { ...hazard('hz-e2e-closed', 'gridPatrol', wang.id, '灭火器压力不足', 'general'), foundAt: ago(240), updatedAt: ago(240) };
  await pushAs(baseUrl, officer, 'hazards', [closed]);
  await pushAs(baseUrl, officer, 'hazardEvents', [
    { ...event('hz-e2e-closed-1', closed.id, 'assign', wang, 235), payload: { deadline: new Date(now + 7 * 86_400_000).toISOString().slice(0, 10) } },
    { ...event('hz-e2e-closed-2', closed.id, 'submitRectification', wang, 200), payload: { measures: '已更换灭火器', photos: [AFTER_PHOTO] } },
    { ...event('hz-e2e-closed-3', closed.id, 'verify', wang, 190), payload: { passed: true } },
  ]);
  const points = Array.from({ length: 13 }, (_, n) => ({ t: ago(180 - n * 10), lat: 31.86 + n * 0.002, lon: 120.53 + n * 0.001, acc: 8 }));
  await pushAs(baseUrl, officer, 'patrols', [{
    id: 'pt-e2e-1', officerId: wang.id, areaCode: '320582100', gridIds: ['grid-ys-01'], startedAt: ago(180), endedAt: ago(60), points,
    checkIns: inGrid.map((e, n) => ({ enterpriseId: e.id, at: ago(160 - n * 30) })), updatedAt: ago(60),
  }]);
}

const totalOf = async (page: Page) => Number(await page.getByTestId('overview-total').getAttribute('data-total'));

/** Waits until the overview's count differs from `before` (the server answered the new filter). */
async function totalChangesFrom(page: Page, before: number): Promise<number> {
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=overview-total]')?.getAttribute('data-total')) !== n, before, { timeout: 15_000 });
  return totalOf(page);
}

/** A chart is drawn when ECharts says so and its canvas has coloured pixels. */
async function chartDrawn(page: Page, testId: string): Promise<boolean> {
  await page.locator(`[data-testid=${testId}][data-rendered=true] canvas`).first().waitFor({ timeout: 30_000 });
  return page.locator(`[data-testid=${testId}] canvas`).first().evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return false;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) if ((data[i + 3] ?? 0) > 0 && ((data[i] ?? 255) < 230 || (data[i + 2] ?? 255) < 230)) return true;
    return false;
  });
}

it('a supervisor filters the overview, opens a hazard timeline and confirms a major hazard that the officer then sees confirmed', async () => {
  await prepareArea(env.server.url);
  const supervisorCtx = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const supervisor = await supervisorCtx.newPage();
  await logIn(supervisor, env.server.url, 'jianguan', PASSWORD);
  await waitForSync(supervisor, (s) => s.online === 'true' && s.pending === 0);
  // The console must work with the service worker in control (ECharts is not in its precache).
  await supervisor.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await supervisor.getByRole('link', { name: '监管台' }).click();

  // 一页通览: every source on one page; filtering by source and then overdue changes the counts.
  await supervisor.getByTestId('overview-row').first().waitFor({ timeout: 30_000 });
  const all = await totalOf(supervisor);
  expect(Number(await supervisor.getByTestId('count-source-thirdParty').locator('b').textContent())).toBe(1);
  await cleanShot(supervisor, 'console-overview-desktop');
  await supervisor.getByTestId('filter-source').selectOption('gridPatrol');
  const gridPatrol = await totalChangesFrom(supervisor, all);
  expect(gridPatrol).toBe(all - 1);
  await supervisor.getByTestId('filter-overdue').selectOption('true');
  const overdue = await totalChangesFrom(supervisor, gridPatrol);
  expect(overdue).toBeGreaterThan(0);
  expect(overdue).toBeLessThan(gridPatrol);
  await supervisor.waitForFunction((n) => document.querySelectorAll('[data-testid=overview-row]').length === n, overdue);
  expect(await supervisor.locator('[data-testid=overview-row] .overdue-text').count()).toBe(overdue);

  // The drilldown: the escalated hazard's enterprise and timeline, with device and server times.
  await supervisor.getByTestId('filter-reset').click();
  await totalChangesFrom(supervisor, overdue);
  await supervisor.getByTestId('filter-q').fill('有限空间作业未经审批');
  await supervisor.waitForFunction(() => document.querySelector('[data-testid=overview-total]')?.getAttribute('data-total') === '1', undefined, { timeout: 15_000 });
  await supervisor.locator(`[data-testid=overview-row][data-hazard-id="${MAJOR}"]`).click({ timeout: 15_000 });
  await supervisor.getByTestId('drilldown-timeline').waitFor();
  // The drilldown is a route (deep links, Back closes it) and the filters survive it.
  expect(supervisor.url()).toContain(`#/console/overview/hazard/${MAJOR}`);
  expect(await supervisor.getByTestId('filter-q').inputValue()).toBe('有限空间作业未经审批');
  expect(await supervisor.getByTestId('drilldown-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual(['report', 'escalate']);
  expect(await supervisor.getByTestId('drilldown-timeline').textContent()).toContain('服务器收到');
  expect(await supervisor.getByTestId('drilldown-enterprise').textContent()).toContain('统一社会信用代码');
  await cleanShot(supervisor, 'console-drilldown-desktop');

  // 审核督办: second-level confirmation of the major hazard, written locally and synced.
  await supervisor.getByTestId('console-nav-review').click();
  const item = supervisor.locator(`[data-testid=review-queue-escalated] [data-testid=review-item][data-hazard-id="${MAJOR}"]`);
  await item.getByTestId('review-action-confirmMajor').click();
  await item.getByTestId('review-text').fill('经现场核查，属于重大事故隐患，责令停止作业');
  await cleanShot(supervisor, 'console-review-desktop');
  await item.getByTestId('review-submit').click();
  await item.waitFor({ state: 'detached' });
  await waitForSync(supervisor, (s) => s.online === 'true' && s.pending === 0);
  const confirmed = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).find((e) => e['hazardId'] === MAJOR && e['type'] === 'confirmMajor');
  expect(confirmed?.['verdict']).toMatchObject({ accepted: true });

  // The officer's tablet receives the decision: the hazard is a confirmed major hazard to rectify.
  const officerCtx = await tabletContext(env.browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, env.server.url, 'wangge', PASSWORD);
  await officer.goto(`${env.server.url}/#/hazards/${MAJOR}`);
  await officer.locator('[data-testid=timeline-event][data-type=confirmMajor][data-verdict=true]').waitFor({ timeout: 60_000 });
  expect(await officer.locator('.hazard-tags [data-state]').first().getAttribute('data-state')).toBe('RECTIFYING');
  expect(await officer.locator('.hazard-tags .level-major').count()).toBe(1);
  await officerCtx.close();

  // 考核指标: the KPIs as charts, drawn (ECharts loads on demand past the service worker).
  await supervisor.getByTestId('console-nav-kpis').click();
  await supervisor.getByTestId('kpi-cards').waitFor({ timeout: 30_000 });
  for (const chart of ['chart-coverage', 'chart-rates', 'chart-overdue', 'chart-major', 'chart-source', 'chart-officers']) {
    expect(await chartDrawn(supervisor, chart), chart).toBe(true);
  }
  expect(await supervisor.getByTestId('kpi-coverage').textContent()).toMatch(/%/);
  await supervisor.waitForTimeout(800); // ECharts' entry animations
  await cleanShot(supervisor, 'console-kpis-desktop');
  await supervisorCtx.close();
});

it('a supervisor settles a logged conflict from the console by applying the value the merge overrode', async () => {
  // Two devices edit the same field from the same version: the later push wins, the earlier value is logged.
  const base = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'enterprises')).find((e) => e.id === 'ent-002');
  if (!base) throw new Error('ent-002 missing');
  const edit = (notes: string) => ({ ...base, notes, updatedAt: new Date().toISOString() });
  await pushEditAs(env.server.url, await tokenOf(env.server.url, 'wangge', PASSWORD), 'enterprises', base, edit('夜间有人值守（网格员记录）'));
  await pushEditAs(env.server.url, await tokenOf(env.server.url, 'shijianguan', PASSWORD), 'enterprises', base, edit('夜间无人值守（市局记录）'));

  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await logIn(page, env.server.url, 'jianguan', PASSWORD);
  await page.goto(`${env.server.url}/#/console/conflicts`);
  const row = page.locator('[data-testid=conflict-row]').filter({ hasText: 'notes' });
  await row.waitFor({ timeout: 30_000 });
  expect(await row.textContent()).toContain('夜间有人值守（网格员记录）');
  await cleanShot(page, 'console-conflicts-desktop');
  await row.getByTestId('conflict-apply-other').click();
  await row.waitFor({ state: 'detached', timeout: 30_000 });
  const stored = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'enterprises')).find((e) => e.id === 'ent-002');
  expect(stored?.['notes']).toBe('夜间有人值守（网格员记录）');
  const logged = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'conflicts')).filter((c) => c['documentId'] === 'ent-002' && c['field'] === 'notes');
  expect(logged.map((c) => [c['status'], c['resolution']])).toEqual([['resolved', 'appliedOther']]);
  await context.close();
});
