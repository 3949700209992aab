import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Session } from '@anxun/shared-schema';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../sync-server/src/testing/throwawayPostgres';
import { startAnxunServer, type RunningServer } from './anxunServer';
import { launchChromium, logIn, screenshot, tabletContext } from './browser';
import { DEPLOY_CADDYFILE, startCaddy, type CaddyProxy } from './caddyProxy';
import { waitForSync } from './fields';
import { actIn, openHazard } from './hazardLoop';
import { PASSWORD } from './journey';
import { serverDocuments } from './serverApi';
import { testPhoto } from './testImage';

// Two real server instances (the `npm start` entry point) on one throw-away PostgreSQL, with
// the default photo storage of DATABASE_URL (the database), behind Debian's caddy running
// deploy/Caddyfile. Plain http on 127.0.0.1 (see caddyProxy.ts): this journey is about
// balancing, photos and streams across instances; TLS is Caddy's and the HTTPS journey's.
let postgres: ThrowawayPostgres;
const instances: RunningServer[] = [];
let caddy: CaddyProxy;
let browser: Browser;

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  const env = { DATABASE_URL: postgres.url, TRUST_PROXY: '1', TLS: 'off' };
  // One after the other: the first migrates, seeds the demo town and makes the signing key.
  instances.push(await startAnxunServer(env));
  instances.push(await startAnxunServer(env));
  caddy = await startCaddy(instances.map((i) => i.url.replace('http://', '')));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await caddy?.stop();
  for (const instance of instances) await instance.stop();
  await postgres?.stop();
});

/** Every API answer a page receives, by path. */
function answersOf(page: Page): { path: string; status: number }[] {
  const seen: { path: string; status: number }[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) seen.push({ path, status: r.status() });
  });
  return seen;
}

it('ships a Caddyfile that caddy accepts as it is (TLS by Caddy’s own authority)', () => {
  const home = mkdtempSync(join(tmpdir(), 'anxun-caddy-validate-'));
  try {
    const out = execFileSync('caddy', ['validate', '--config', DEPLOY_CADDYFILE, '--adapter', 'caddyfile'], { env: { ...process.env, HOME: home, XDG_DATA_HOME: home }, encoding: 'utf8', stdio: 'pipe' });
    expect(out).toContain('Valid configuration');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

it('an officer’s photo uploaded through one instance is seen by a supervisor on the other, whose stream brings the officer’s edit live', async () => {
  const [viaA, viaB] = caddy.pinned as [string, string];
  const officerCtx = await tabletContext(browser);
  const officer = await officerCtx.newPage();
  await logIn(officer, viaA, 'wangge', PASSWORD);
  await waitForSync(officer, (s) => s.online === 'true' && s.pending === 0);

  // The officer records a hazard with a photo, through instance A.
  await officer.goto(`${viaA}/#/enterprises/ent-001/new-hazard`);
  await officer.getByTestId('hazard-title').fill('二楼仓库消防通道堆放纸箱');
  await officer.getByTestId('hazard-description').fill('二楼仓库消防通道被纸箱占用');
  await officer.getByTestId('treatment-deadline').check();
  await officer.getByTestId('photo-input').nth(0).setInputFiles(testPhoto(640, 480, 31));
  await expect.poll(() => officer.locator('form[data-testid=new-hazard]').innerText(), { timeout: 15_000 }).toContain('✓ 1');
  await officer.getByTestId('save-hazard').click();
  await officer.getByTestId('hazard-heading').waitFor();
  const hazardId = officer.url().split('/').pop() ?? '';
  await waitForSync(officer, (s) => s.pending === 0);
  await expect.poll(async () => Number(await officer.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 60_000 }).toBe(0);

  // The supervisor works through instance B only, and sees the hazard and its photo from there.
  const supervisorCtx = await tabletContext(browser);
  const supervisor = await supervisorCtx.newPage();
  const supervisorAnswers = answersOf(supervisor);
  await logIn(supervisor, viaB, 'jianguan', PASSWORD);
  await waitForSync(supervisor, (s) => s.online === 'true' && s.pending === 0);
  await openHazard(supervisor, hazardId);
  const thumb = supervisor.locator('[data-testid=photo-thumb]').first();
  await supervisor.locator('[data-testid=photo-thumb][data-status=uploaded] img').first().waitFor({ timeout: 30_000 });
  const photoHash = await thumb.getAttribute('data-hash');
  expect(supervisorAnswers.find((a) => a.path === `/api/photos/${photoHash}`)?.status).toBe(200);
  await screenshot(supervisor, 'two-instances-supervisor-photo');

  // Live: the officer comments through A; the supervisor's open page (B's stream) shows it without a reload.
  const eventsBefore = await supervisor.locator('[data-testid=timeline-event]').count();
  await openHazard(officer, hazardId);
  const comment = '经实例A提交：请企业今日内清理通道';
  await actIn(officer, 'body', 'comment', { text: comment });
  await waitForSync(officer, (s) => s.pending === 0);
  await expect.poll(() => supervisor.locator('[data-testid=timeline-event]').count(), { timeout: 20_000 }).toBe(eventsBefore + 1);
  expect(await supervisor.locator('[data-testid=timeline-event]').last().innerText()).toContain(comment);
  // The supervisor's change streams were open through B the whole time.
  expect(supervisorAnswers.some((a) => a.path.endsWith('/stream') && a.status === 200)).toBe(true);
  await screenshot(supervisor, 'two-instances-supervisor-live-comment');
  await Promise.all([officerCtx.close(), supervisorCtx.close()]);
});

it('balances over both instances without stickiness, and keeps serving when one of them stops', async () => {
  const login = await fetch(`${caddy.balanced}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'jianguan', password: PASSWORD, deviceId: 'e2e-balanced' }),
  });
  const { accessToken } = Session.parse(await login.json());
  const hazard = (await serverDocuments(caddy.balanced, 'jianguan', PASSWORD, 'hazards')).find((h) => Array.isArray(h['photosBefore']) && (h['photosBefore'] as string[]).length > 0);
  const hash = (hazard?.['photosBefore'] as string[])[0];
  const fetchPhoto = async () => (await fetch(`${caddy.balanced}/api/photos/${hash}`, { headers: { authorization: `Bearer ${accessToken}` } })).status;
  // Round robin: consecutive requests alternate between the instances; every one is served.
  expect(await Promise.all([1, 2, 3, 4].map(fetchPhoto))).toEqual([200, 200, 200, 200]);

  // Instance A goes away (an update, a crash): the site keeps answering from B, the same token still valid.
  await instances[0]?.stop();
  const afterStop: number[] = [];
  for (let i = 0; i < 6; i++) afterStop.push(await fetchPhoto());
  expect(afterStop).toEqual([200, 200, 200, 200, 200, 200]);
});
