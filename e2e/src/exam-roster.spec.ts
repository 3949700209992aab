import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { basisOf } from '@anxun/shared-schema';
import { ARTIFACTS, cleanShot, logIn, tabletContext } from './browser';
import { waitForSync } from './fields';
import { standAt } from './geo';
import { phoneContext } from './hazardLoop';
import { PASSWORD, useServerAndBrowser } from './journey';
import { serverDocuments } from './serverApi';
import { sign } from './signaturePad';

const env = useServerAndBrowser();

/** A date `days` from today in Shanghai (the app's calendar). */
const shanghaiDay = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Exactly what a 1024×768 tablet shows with `testId` scrolled to the top of the screen. */
async function viewShot(page: Page, testId: string, name: string) {
  await page.locator('.kit-toast').waitFor({ state: 'detached', timeout: 10_000 });
  // Just below the sticky header.
  await page.getByTestId(testId).first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}


async function addPerson(page: Page, person: { name: string; role: string; phone: string; certificateType?: string; certificateNumber?: string; certificateExpiry?: string }) {
  await page.getByTestId('person-add').click();
  await page.getByTestId('person-name').fill(person.name);
  await page.getByTestId('person-role').selectOption(person.role);
  await page.getByTestId('person-phone').fill(person.phone);
  if (person.certificateType) await page.getByTestId('person-certificateType').fill(person.certificateType);
  if (person.certificateNumber) await page.getByTestId('person-certificateNumber').fill(person.certificateNumber);
  if (person.certificateExpiry) await page.getByTestId('person-certificateExpiry').fill(person.certificateExpiry);
  await page.getByTestId('person-save').click();
  await page.locator(`[data-testid=person-row][data-name="${person.name}"]`).waitFor();
}

it('逢查必考 from the roster: the enterprise keeps its staff on a phone, the officer examines two of them, the supervisor sees the pass rate', async () => {
  // 1. The enterprise adds two certificate holders to its roster on its phone: one expired, one expiring.
  const phone = await phoneContext(env.browser);
  const ent = await phone.newPage();
  await logIn(ent, env.server.url, 'qiye', PASSWORD);
  await waitForSync(ent, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await ent.goto(`${env.server.url}/#/roster`);
  await ent.getByTestId('roster').waitFor();
  await addPerson(ent, { name: '李焊工', role: 'specialOperator', phone: '13911112222', certificateType: '焊接与热切割作业', certificateNumber: 'T320582199001011234', certificateExpiry: shanghaiDay(-10) });
  await addPerson(ent, { name: '赵电工', role: 'specialOperator', phone: '13922223333', certificateType: '电工作业', certificateNumber: 'T320582199202021234', certificateExpiry: shanghaiDay(20) });
  expect(await ent.locator('[data-testid=person-row][data-name="李焊工"]').getAttribute('data-cert')).toBe('expired');
  expect(await ent.locator('[data-testid=person-row][data-name="赵电工"]').getAttribute('data-cert')).toBe('expiring');
  await cleanShot(ent, 'roster-enterprise-phone');
  await waitForSync(ent, (s) => s.online === 'true' && s.pending === 0, 90_000);
  const people = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'enterprises')).find((e) => e.id === 'ent-001')?.['people'] as { name: string; role: string }[];
  expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['李焊工', '赵电工']));
  const principal = people.find((p) => p.role === 'principal')?.name ?? '';
  // Another enterprise never receives the roster.
  expect(JSON.stringify(await serverDocuments(env.server.url, 'qiye2', PASSWORD, 'enterprises'))).not.toContain('13911112222');
  await phone.close();

  // 2. The enforcement officer sees the roster with its certificate findings on the enterprise page.
  const tablet = await tabletContext(env.browser);
  await standAt(tablet, env.server.url, 'ent-001');
  const page = await tablet.newPage();
  // Finishing with unanswered checklist items asks to confirm: this journey is about the quiz.
  page.on('dialog', (dialog) => void dialog.accept());
  await logIn(page, env.server.url, 'zhifa', PASSWORD);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await page.goto(`${env.server.url}/#/enterprises/ent-001`);
  await page.locator('[data-testid=person-row][data-name="李焊工"]').waitFor({ timeout: 60_000 });
  expect(await page.locator('[data-testid=cert-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual(['expired', 'expiring']);
  expect(await page.getByTestId('person-add').count()).toBe(0);
  await viewShot(page, 'roster', 'roster-officer-tablet');

  // 3. An enforcement inspection: the expired certificate becomes a hazard, two examinees are drawn, the principal first.
  await page.getByTestId('start-inspection-link').click();
  await page.getByTestId('inspection-type').selectOption('enforcement');
  await page.getByTestId('second-officer').fill('u-officer-1');
  await page.locator('[data-testid=template-option][data-template=confined-space] button').click();
  await page.getByTestId('inspection-progress').waitFor();
  await page.getByTestId('cert-make-hazard').click();
  await page.getByTestId('hazard-location').fill('焊接车间');
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('cert-hazard-link').waitFor();

  expect(await page.getByTestId('exam-count').inputValue()).toBe('2');
  await page.getByTestId('exam-draw-examinees').click();
  await expect.poll(() => page.getByTestId('exam-quiz').count()).toBe(2);
  const examinees = await page.getByTestId('exam-quiz').evaluateAll((els) => els.map((e) => e.getAttribute('data-examinee')));
  expect(examinees[0]).toBe(principal);
  expect(new Set(examinees).size).toBe(2);
  for (const quiz of await page.getByTestId('exam-quiz').all()) {
    for (const input of await quiz.locator('input[data-testid$="-A"]').all()) await input.check();
  }
  // Each examinee hands back the tablet in turn.
  await page.getByTestId('exam-submit').first().click();
  await expect.poll(() => page.getByTestId('exam-result').count()).toBe(1);
  await page.getByTestId('exam-submit').first().click();
  await expect.poll(() => page.getByTestId('exam-result').count()).toBe(2);
  // Every reviewed question shows the answer given, the right one and (where the bank has one) its explanation.
  const reviewed = await page.getByTestId('exam-review-item').count();
  expect(reviewed).toBeGreaterThanOrEqual(8);
  const bank = await serverDocuments(env.server.url, 'zhifa', PASSWORD, 'examQuestions');
  const stems = await page.getByTestId('exam-review-item').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const withExplanation = stems.filter((text) => bank.some((q) => text.includes(String(q['stem'])) && String(q['explanation']) !== '')).length;
  expect(await page.getByTestId('exam-explanation').count()).toBe(withExplanation);
  expect(stems.every((text) => text.includes('正确答案'))).toBe(true);
  await viewShot(page, 'exam-panel', 'exam-review-tablet');

  await page.getByTestId('signer-name-officer').fill('陈立新');
  await sign(page, 'signature-officer');
  await page.getByTestId('signer-name-enterpriseRepresentative').fill(principal);
  await sign(page, 'signature-enterpriseRepresentative');
  await page.getByTestId('finish-inspection').click();
  await page.getByTestId('inspection-finished').waitFor();
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 90_000);
  const inspection = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'inspections')).find((i) => i['enterpriseId'] === 'ent-001' && i['type'] === 'enforcement');
  const exams = inspection?.['exams'] as { examinee: { name: string; isPrincipal?: boolean }; passed: boolean; seed: number }[];
  expect(exams.map((e) => e.examinee.name).sort()).toEqual([...examinees].sort());
  expect(exams.find((e) => e.examinee.name === principal)?.examinee.isPrincipal).toBe(true);
  expect((inspection?.['examineeDraw'] as { personIds: string[] }).personIds).toHaveLength(2);
  const hazards = (await serverDocuments(env.server.url, 'jianguan', PASSWORD, 'hazards')).filter((h) => h['inspectionId'] === inspection?.id);
  expect(hazards.map((h) => h['basis'])).toEqual([basisOf('aqf.30.1')]);
  await tablet.close();

  // 4. The supervisor sees the pass rate on the KPI page, for the area and for the enterprise.
  const desk = await tabletContext(env.browser);
  const supervisor = await desk.newPage();
  await logIn(supervisor, env.server.url, 'jianguan', PASSWORD);
  await supervisor.getByTestId('console-nav-kpis').click();
  const passed = exams.filter((e) => e.passed).length;
  await expect.poll(() => supervisor.getByTestId('kpi-exam-pass').innerText(), { timeout: 30_000 }).toContain(`${passed} / 2`);
  await expect.poll(() => supervisor.locator('[data-testid=exam-pass-enterprises] tr[data-key=ent-001]').innerText()).toContain(`${passed} / 2`);
  await viewShot(supervisor, 'exam-pass-rates', 'exam-pass-rates-supervisor');
  await desk.close();
});
