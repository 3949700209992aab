import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { enterpriseLocation, METRE, standAt } from './geo';
import { drawExamQuestions, type ExamQuestion } from '@anxun/shared-schema';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';
import { sign } from './signaturePad';

const env = useServerAndBrowser();

async function answer(page: Page, code: string, result: 'pass' | 'fail' | 'na') {
  await page.getByTestId(`answer-${code}-${result}`).click();
  await page.locator(`[data-testid=check-item][data-code="${code}"][data-result="${result}"]`).waitFor();
}

/** Takes a photo for a checklist item through its real file input (the camera on a tablet). */
async function photograph(page: Page, code: string, seed: number) {
  const item = page.locator(`[data-testid=check-item][data-code="${code}"]`);
  await item.getByTestId('photo-input').first().setInputFiles(testPhoto(640, 480, seed));
  await item.getByTestId('photo-thumb').first().waitFor();
}

async function recordHazardFor(page: Page, code: string) {
  await page.getByTestId(`make-hazard-${code}`).click();
  await page.getByTestId('hazard-location').fill('地下污水池');
  await page.getByTestId('save-hazard').click();
  await page.getByTestId(`hazard-link-${code}`).waitFor();
}

/** Draws a short stroke on a signature pad. */

it('an officer runs a whole checklist offline, closes the tab midway, and it all reaches the supervisor', async () => {
  const officer = await tabletContext(env.browser);
  // The officer starts 66 m south of ent-001 and walks to its gate.
  const gate = await enterpriseLocation(env.server.url, 'ent-001');
  await standAt(officer, env.server.url, 'ent-001', -66);
  let page = await officer.newPage();
  await logIn(page, env.server.url, 'wangge', PASSWORD);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);

  await officer.setOffline(true);
  // Patrol with track: fixes are recorded on the device while the patrol runs.
  await page.goto(`${env.server.url}/#/enterprises`);
  await page.getByTestId('patrol-start').click();
  await page.locator('[data-testid=patrol-panel][data-active=true]').waitFor();
  // A walk: about 22 m a second (the recorder drops faster "jumps" as cell-tower fixes).
  for (const step of [1, 2, 3]) {
    await page.waitForTimeout(1_000);
    await officer.setGeolocation({ latitude: gate.lat + (step * 22 - 66) * METRE, longitude: gate.lon, accuracy: 8 });
  }
  await expect.poll(async () => Number((await page.getByTestId('patrol-stats').innerText()).match(/\d+/)?.[0] ?? 0), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await screenshot(page, 'patrol-running');
  await page.goto(`${env.server.url}/#/enterprises/ent-001`);
  await page.getByTestId('start-inspection-link').click();
  await page.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await page.getByTestId('inspection-progress').waitFor();
  const inspectionUrl = page.url();
  const items = await page.getByTestId('check-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  expect(items).toHaveLength(15);

  const half = ['GM-01', 'GM-02', 'GM-03', 'GM-04', 'CS-01', 'CS-02'];
  for (const code of half) await answer(page, code, code === 'CS-01' ? 'fail' : 'pass');
  await photograph(page, 'CS-01', 1);
  await recordHazardFor(page, 'CS-01');

  // The tab is closed mid-inspection; reopened (still offline), the inspection resumes where it stopped.
  await page.close();
  page = await officer.newPage();
  await page.goto(inspectionUrl);
  await page.getByTestId('inspection-progress').waitFor();
  await expect.poll(() => page.getByTestId('inspection-progress').innerText(), { timeout: 15_000 }).toContain('6/15');
  expect(await page.getByTestId('hazard-link-CS-01').count()).toBe(1);

  for (const code of items.filter((c) => !half.includes(c))) await answer(page, code, code === 'CS-05' ? 'fail' : code === 'CS-08' ? 'na' : 'pass');
  await photograph(page, 'CS-05', 2);
  await recordHazardFor(page, 'CS-05');
  // 逢查必考: a walk-in staff member answers five questions drawn offline with a logged seed.
  await page.getByTestId('exam-name').fill('徐洋');
  await page.getByTestId('exam-post').selectOption('specialOperator');
  await page.getByTestId('exam-draw').click();
  const questionIds = await page.getByTestId('exam-question').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  expect(questionIds).toHaveLength(5);
  for (const id of questionIds) await page.getByTestId(`exam-${id}-A`).check();
  await page.getByTestId('exam-submit').click();
  await page.getByTestId('exam-result').waitFor();

  await page.getByTestId('signer-name-officer').fill('王建国');
  await sign(page, 'signature-officer');
  await page.getByTestId('signer-name-enterpriseRepresentative').fill('黄志强');
  await page.getByTestId('signature-refused').click();
  // A refusal completes the record only with a witness and the reason (issue 13, item 8).
  expect(await page.getByTestId('finish-inspection').isDisabled()).toBe(true);
  await page.getByTestId('refusal-witness').fill('李海燕');
  await page.getByTestId('refusal-reason').fill('对检查结论有异议，拒绝签字');
  await page.getByTestId('refusal-record-submit').click();
  await page.getByTestId('refusal-record').waitFor();
  await page.getByTestId('finish-inspection').click();
  await page.getByTestId('inspection-finished').waitFor();
  await screenshot(page, 'inspection-finished-offline');
  expect(JSON.stringify(await serverDocuments(env.server.url, 'wangge', PASSWORD, 'inspections'))).not.toContain('王建国');

  // 即查即改: a hazard fixed on the spot, closed with an after photo, still offline.
  await page.goto(`${env.server.url}/#/enterprises/ent-001/new-hazard`);
  await page.getByTestId('hazard-title').fill('灭火器压力不足');
  await page.getByTestId('hazard-description').fill('车间东门 2 具灭火器压力表指针在红区');
  await page.getByTestId('photo-input').first().setInputFiles(testPhoto(800, 600, 4));
  await page.getByTestId('treatment-onSpot').check();
  await page.getByTestId('photo-input').nth(1).setInputFiles(testPhoto(800, 600, 3));
  // Both the site photo and the after photo are ready before saving.
  await expect.poll(async () => (await page.locator('form[data-testid=new-hazard]').innerText()).split('✓ 1').length - 1, { timeout: 15_000 }).toBe(2);
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('hazard-heading').waitFor();
  await page.locator('[data-state=CLOSED]').first().waitFor();
  const fixedId = page.url().split('/').pop() ?? '';

  await officer.setOffline(false);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 90_000);
  const inspection = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'inspections')).find((i) => i['enterpriseId'] === 'ent-001');
  expect(inspection).toMatchObject({ status: 'finished', templateId: 'confined-space@1', templateVersion: 1 });
  expect((inspection?.['answers'] as unknown[]).length).toBe(15);
  // Checked in where the officer stood last: at the gate, on site.
  const checkIn = inspection?.['checkIn'] as { position: { lat: number; lon: number }; offSiteReason?: string };
  expect(checkIn.position.lat).toBeCloseTo(gate.lat, 6);
  expect(checkIn.position.lon).toBeCloseTo(gate.lon, 6);
  expect(checkIn.offSiteReason).toBeUndefined();
  const exam = (inspection?.['exams'] as { seed: number; questionIds: string[]; score: number; examinee: { name: string } }[])[0] as { seed: number; questionIds: string[]; examinee: { name: string } };
  expect(exam.examinee.name).toBe('徐洋');
  const bank = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'examQuestions')) as unknown as ExamQuestion[];
  expect(bank.length).toBeGreaterThanOrEqual(60);
  // The logged seed reproduces the draw: the quiz can be audited.
  expect(drawExamQuestions(bank, { seed: exam.seed, count: 5, sectorTags: ['hazchemUse', 'confinedSpace'], posts: ['specialOperator'] }).map((q) => q.id)).toEqual(exam.questionIds);
  expect((inspection?.['signatures'] as { signerRole: string; refused: boolean; witness?: string }[]).map((s) => [s.signerRole, s.refused, s.witness]).sort()).toEqual([['enterpriseRepresentative', true, '李海燕'], ['officer', false, undefined]]);
  const hazards = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazards')).filter((h) => h['inspectionId'] === inspection?.id);
  expect(hazards.map((h) => h['checklistItemCode']).sort()).toEqual(['CS-01', 'CS-05']);
  // CS-01 and CS-05 are major-hazard criteria: they go to confirmation, and the server accepted that.
  const events = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).filter((e) => hazards.some((h) => h.id === e['hazardId']));
  expect(events.map((e) => [e['type'], (e['verdict'] as { accepted: boolean } | undefined)?.accepted])).toEqual([['report', true], ['report', true]]);

  // Photos travel separately from documents; all of them reach the server.
  await expect.poll(async () => Number(await page.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 60_000 }).toBe(0);
  const photoHashes = hazards.flatMap((h) => h['photosBefore'] as string[]);
  expect(photoHashes).toHaveLength(2);
  const fixEvent = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazardEvents')).find((e) => e['hazardId'] === fixedId);
  expect(fixEvent).toMatchObject({ type: 'fixOnSpot', verdict: { accepted: true } });
  photoHashes.push(...((fixEvent?.['payload'] as { photos: string[] }).photos));
  const supervisorToken = await (await fetch(`${env.server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'jianguan', password: PASSWORD, deviceId: 'check' }) })).json() as { accessToken: string };
  for (const hash of photoHashes) {
    const photo = await fetch(`${env.server.url}/api/photos/${hash}`, { headers: { authorization: `Bearer ${supervisorToken.accessToken}` } });
    expect(photo.status, hash).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
  }

  const patrols = await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'patrols');
  expect(patrols).toHaveLength(1);
  expect((patrols[0]?.['points'] as unknown[]).length).toBeGreaterThanOrEqual(2);
  expect(patrols[0]?.['checkIns']).toEqual([expect.objectContaining({ enterpriseId: 'ent-001', inspectionId: inspection?.id })]);
  expect(inspection?.['patrolId']).toBe(patrols[0]?.id);

  const supervisor = await tabletContext(env.browser);
  const desk = await supervisor.newPage();
  await logIn(desk, env.server.url, 'jianguan', PASSWORD);
  await desk.goto(`${env.server.url}/#/inspections`);
  await desk.locator(`[data-testid=inspection-item][data-id="${inspection?.id}"][data-status=finished]`).waitFor({ timeout: 30_000 });
  await desk.goto(`${env.server.url}/#/hazards`);
  await desk.locator(`[data-testid=hazard-item][data-id="${hazards[0]?.id}"]`).waitFor({ timeout: 30_000 });
  await screenshot(desk, 'supervisor-sees-inspection-hazards');
  await desk.goto(`${env.server.url}/#/hazards/${hazards[0]?.id}`);
  await desk.locator('[data-testid=photo-thumb][data-status=uploaded] img').first().waitFor({ timeout: 30_000 });
  await screenshot(desk, 'supervisor-sees-hazard-photo');
  await supervisor.close();
  await officer.close();
});
