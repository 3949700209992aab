import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PullResponse } from '@anxun/shared-schema';
import { logIn, screenshot, tabletContext } from './browser';
import { waitForSync } from './fields';
import { PASSWORD, useServerAndBrowser } from './journey';
import { testPhoto } from './testImage';
import { trustedLogin, trustedRequest } from './trustedRequest';

/** The town server's name on its network; Chromium resolves it to this machine. */
const LAN_NAME = 'anxun-lan.test';
/** The browser's own HOME: Chromium on Linux trusts the CAs of $HOME/.pki/nssdb, where this spec installs the server's. */
const browserHome = mkdtempSync(join(tmpdir(), 'anxun-tablet-home-'));
afterAll(() => rmSync(browserHome, { recursive: true, force: true }));

/** What an administrator does on a tablet from /setup: trust the downloaded CA certificate (here with NSS's certutil). */
function trustCa(caFile: string): Record<string, string> {
  const nssdb = join(browserHome, '.pki', 'nssdb');
  mkdirSync(nssdb, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${nssdb}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${nssdb}`, '-n', 'Anxun local CA', '-t', 'C,,', '-i', caFile]);
  return { HOME: browserHome };
}

const env = useServerAndBrowser([`--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`], {}, { tlsHost: LAN_NAME, browserEnv: (server) => trustCa(server.caFile ?? '') });

it('an officer opens the town server by its LAN name over HTTPS, works offline after a reload, and the hazard with its photo syncs', async () => {
  const { url, caFile = '', httpUrl = '' } = env.server;
  expect(url).toBe(`https://${LAN_NAME}:${new URL(url).port}`);
  const officer = await tabletContext(env.browser);
  const page = await officer.newPage();
  // The certificate is checked for real: no ignoreHTTPSErrors, the CA is trusted like on a tablet.
  await logIn(page, url, 'wangge', PASSWORD);
  expect(await page.evaluate(() => [window.isSecureContext, location.protocol, typeof crypto.randomUUID])).toEqual([true, 'https:', 'function']);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0);

  // Offline, a reload is served by the service worker: the app opens without the server.
  await officer.setOffline(true);
  await page.reload();
  await page.locator('[data-testid=enterprise-item]').first().waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.goto(`${url}/#/enterprises/ent-001/new-hazard`);
  await page.getByTestId('hazard-title').fill('消防通道堆放杂物');
  await page.getByTestId('hazard-description').fill('一楼东侧消防通道堆放纸箱，通道宽度不足');
  await page.getByTestId('treatment-deadline').check();
  await page.getByTestId('photo-input').first().setInputFiles(testPhoto(640, 480, 41));
  await expect.poll(() => page.locator('form[data-testid=new-hazard]').innerText(), { timeout: 15_000 }).toContain('✓ 1');
  await page.getByTestId('save-hazard').click();
  await page.getByTestId('hazard-heading').waitFor();
  const hazardId = page.url().split('/').pop() ?? '';
  await screenshot(page, 'https-lan-offline-hazard');

  await officer.setOffline(false);
  await waitForSync(page, (s) => s.online === 'true' && s.pending === 0, 90_000);
  await expect.poll(async () => Number(await page.getByTestId('sync-indicator').getAttribute('data-photos-pending')), { timeout: 60_000 }).toBe(0);

  // On the server, read by the supervisor over the same trusted HTTPS: the hazard and its photo.
  const token = await trustedLogin(url, caFile, 'jianguan', PASSWORD);
  const pulled = await trustedRequest(`${url}/api/replication/hazards/pull`, caFile, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ checkpoint: null, limit: 500 }) });
  const hazard = PullResponse.parse(JSON.parse(pulled.body.toString())).documents.find((d) => d.id === hazardId);
  expect(hazard).toMatchObject({ title: '消防通道堆放杂物', enterpriseId: 'ent-001' });
  const [photoHash] = hazard?.['photosBefore'] as string[];
  const photo = await trustedRequest(`${url}/api/photos/${photoHash}`, caFile, { headers: { authorization: `Bearer ${token}` } });
  expect(photo.status).toBe(200);
  expect(photo.headers['content-type']).toBe('image/jpeg');

  // The plain-HTTP port of the same name serves the setup page (with the CA's fingerprint) and sends everything else to HTTPS.
  const setup = await officer.newPage();
  await setup.goto(`${httpUrl}/setup`);
  const fingerprint = new X509Certificate(readFileSync(caFile)).fingerprint256;
  expect(await setup.getByTestId('ca-fingerprint').innerText()).toBe(fingerprint);
  expect(await setup.getByTestId('setup-https-url').getAttribute('href')).toBe(`${url}/`);
  await setup.locator('[data-testid=setup-qr] svg').waitFor();
  await screenshot(setup, 'https-lan-setup');
  expect(await setup.evaluate(() => fetch('/ca.crt').then((r) => r.text()))).toBe(readFileSync(caFile, 'utf8'));
  await setup.goto(`${httpUrl}/#/enterprises`);
  expect(setup.url()).toBe(`${url}/#/enterprises`);
  await officer.close();
});
