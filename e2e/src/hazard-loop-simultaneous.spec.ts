import { expect, it } from 'vitest';
import { addDays, foldHazard, Hazard, HazardEvent, initialStatus, judgeEvent, applyEvent, shanghaiDate } from '@anxun/shared-schema';
import { cleanShot, logIn, tabletContext } from './browser';
import { waitForSync } from './fields';
import { actIn, openHazard, phoneContext, recordHazard, timelineEntries } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';

const env = useServerAndBrowser();
/** Dates some days from today (Asia/Shanghai), so the journey never ages into the past. */
const inDays = (n: number) => addDays(shanghaiDate(new Date()), n);


it('enterprise and officer act on one hazard at the same time, both offline; the server orders them and nothing is lost', async () => {
  const officerCtx = await tabletContext(env.browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, env.server.url, 'wangge', PASSWORD);
  const hazardId = await recordHazard(officer, env.server.url, 'ent-001', { title: '液氨管道阀门锈蚀渗漏', location: '制冷机房', deadline: inDays(17) });
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0);

  const enterpriseCtx = await phoneContext(env.browser);
  const enterprise = await enterpriseCtx.newPage();
  await logIn(enterprise, env.server.url, 'qiye', PASSWORD);
  const card = `[data-testid=rect-card][data-id="${hazardId}"]`;
  await enterprise.locator(card).waitFor({ timeout: 30_000 });

  // Both lose the signal. The enterprise asks for more time and then submits; meanwhile the
  // officer, seeing the hazard still being rectified, escalates it as possibly major and comments.
  await Promise.all([officerCtx.setOffline(true), enterpriseCtx.setOffline(true)]);
  await actIn(enterprise, card, 'requestExtension', { reason: '阀门需厂家定制，到货约两周', deadline: inDays(30) });
  await enterprise.locator(`${card}[data-state=EXTENSION_REQUESTED]`).waitFor();
  await actIn(enterprise, card, 'submitRectification', { measures: '已关闭该段管道并加装临时盲板，定制阀门到货后更换' }, 41);
  await enterprise.locator(`${card}[data-state=SUBMITTED]`).waitFor();
  await openHazard(officer, hazardId);
  await actIn(officer, 'body', 'escalate', { text: '渗漏点位于机房主管路，可能构成重大隐患' });
  await actIn(officer, 'body', 'comment', { text: '已要求企业立即疏散机房人员' });
  await officer.locator('[data-testid=hazard-heading] ~ .hazard-tags [data-state=ESCALATED]').waitFor();

  // Both reconnect at once: the server orders the four events as they arrive and judges each.
  await Promise.all([officerCtx.setOffline(false), enterpriseCtx.setOffline(false)]);
  await Promise.all([
    waitForSync(officer, (s) => s.online === 'true' && s.pending === 0, 90_000),
    waitForSync(enterprise, (s) => s.online === 'true' && s.pending === 0, 90_000),
  ]);

  // Whatever the order, every verdict is the state machine's, and the end state is its fold.
  const hazard = Hazard.parse((await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazards')).find((h) => h.id === hazardId));
  const events = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).filter((e) => e['hazardId'] === hazardId).map((e) => HazardEvent.parse(e));
  expect(events).toHaveLength(5);
  let replay = initialStatus(hazard);
  for (const event of [...events].sort((a, b) => (a.verdict?.seq ?? 0) - (b.verdict?.seq ?? 0))) {
    const judgement = judgeEvent(hazard, replay, event);
    expect(event.verdict?.accepted, event.type).toBe(judgement.ok);
    if (judgement.ok) replay = applyEvent(replay, event);
  }
  const final = foldHazard(hazard, events);
  expect(final.state).toBe(replay.state);
  expect(['SUBMITTED', 'ESCALATED']).toContain(final.state);
  const refused = events.filter((e) => e.verdict?.accepted === false);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  expect(events.find((e) => e.type === 'comment')?.verdict?.accepted).toBe(true);

  // Each author hears of a refused action of theirs, with the reason in words.
  for (const [page, actorId] of [[officer, 'u-officer-1'], [enterprise, 'u-ent-1']] as const) {
    if (!refused.some((e) => e.actorId === actorId)) continue;
    await page.goto(`${env.server.url}/#/notifications`);
    const notice = page.locator(`[data-testid=notify-item][data-kind=refused][data-hazard="${hazardId}"]`).first();
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/隐患当前为「[^」]+」，不能「[^」]+」/);
  }

  // The supervisor's timeline shows all five, refused ones with the server's reason, none with raw state names.
  const supervisorCtx = await tabletContext(env.browser);
  const supervisor = await supervisorCtx.newPage();
  await logIn(supervisor, env.server.url, 'jianguan', PASSWORD);
  await openHazard(supervisor, hazardId);
  await expect.poll(() => supervisor.locator('[data-testid=timeline-event]').count(), { timeout: 30_000 }).toBe(5);
  const entries = await timelineEntries(supervisor);
  expect(entries.filter((e) => e.verdict === 'false')).toHaveLength(refused.length);
  for (const entry of entries) {
    expect(entry.text).toMatch(/设备时间 .+服务器时间 /s);
    if (entry.verdict === 'false') expect(entry.text).toMatch(/未被接受：隐患当前为「[^」]+」，不能「[^」]+」/);
    expect(entry.text).not.toMatch(/SUBMITTED|ESCALATED|RECTIFYING|EXTENSION_REQUESTED/);
  }
  expect(await supervisor.locator(`[data-testid=hazard-heading] ~ .hazard-tags [data-state=${final.state}]`).count()).toBe(1);
  await cleanShot(supervisor, 'supervisor-simultaneous-timeline');
  await Promise.all([officerCtx.close(), enterpriseCtx.close(), supervisorCtx.close()]);
});
