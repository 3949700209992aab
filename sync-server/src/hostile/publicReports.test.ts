import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { COLLECTION_NAMES, InboxReport, MAX_REPORT_PHOTO_BYTES, PublicReportReceipt, PublicReportTrack, REPORT_CODE_ALPHABET, REPORT_CODE_LENGTH } from '@anxun/shared-schema';
import { CONTENT_SECURITY_POLICY } from '../http/securityHeaders';
import { pullAll } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { loginAsNewUser, onEachStore, TANGQIAO_SUPERVISOR } from './eachStore';

/** Reports from the public, attacked the way a stranger with curl would, and read by every role that must not. */

const YANGSHE = '320582100';
const PHONE = '13912345678';
const NAME = '举报人张三';
const jpeg = (seed: string) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new TextEncoder().encode(`report ${seed}`), 0xff, 0xd9]);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let address = 0;
/** Each call comes from its own client address unless one is given (the test server trusts X-Forwarded-For). */
const from = (ip = `10.9.${Math.floor(++address / 250)}.${address % 250}`) => ({ 'x-forwarded-for': ip });

function submission(photos: string[] = [], extra: Record<string, unknown> = {}) {
  return { townCode: YANGSHE, description: '仓库门口堆满纸箱，堵住了安全出口，晚上还有人在里面抽烟', address: '杨舍镇东城社区某路 8 号', photos, contact: { name: NAME, phone: PHONE }, ...extra };
}

async function submit(server: TestServer, body: unknown, ip?: string): Promise<Response> {
  return server.app.request('/api/public/reports', { method: 'POST', headers: { 'content-type': 'application/json', ...from(ip) }, body: JSON.stringify(body) });
}

async function report(server: TestServer, photos: Uint8Array[] = []): Promise<PublicReportReceipt> {
  const response = await submit(server, submission(photos.map(sha)));
  expect(response.status).toBe(201);
  const receipt = PublicReportReceipt.parse(await response.json());
  for (const bytes of photos) expect((await upload(server, receipt, bytes)).status).toBe(201);
  return receipt;
}

const upload = (server: TestServer, receipt: { reportId: string; uploadToken: string }, bytes: Uint8Array, hash = sha(bytes)) =>
  server.app.request(`/api/public/reports/${receipt.reportId}/photos/${hash}`, { method: 'PUT', headers: { 'x-upload-token': receipt.uploadToken, 'content-type': 'image/jpeg', ...from() }, body: bytes });
const track = (server: TestServer, code: string, ip?: string) =>
  server.app.request('/api/public/reports/track', { method: 'POST', headers: { 'content-type': 'application/json', ...from(ip) }, body: JSON.stringify({ code }) });
const get = (server: TestServer, path: string, token: string) => server.app.request(path, { headers: { authorization: `Bearer ${token}` } });

async function inboxOf(server: TestServer, token: string): Promise<InboxReport[]> {
  const response = await get(server, '/api/report-inbox', token);
  expect(response.status).toBe(200);
  return ((await response.json()) as { reports: unknown[] }).reports.map((r) => InboxReport.parse(r));
}

async function enterpriseOfTown(server: TestServer, town: string): Promise<string> {
  const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM documents WHERE collection = 'enterprises' AND area_code LIKE $1 || '%' ORDER BY id LIMIT 1`, [town]);
  return rows[0]?.id ?? '';
}

const verifyBody = (enterpriseId: string) => ({
  enterpriseId, title: '安全出口被堵塞', category: 'siteManagement', level: 'general', deadline: '2099-12-31', requiredMeasures: '立即清理安全出口', includePhotos: true, internalNote: '内部：举报人是隔壁店主',
});

onEachStore('举报 from the public', (server) => {
  it('takes an anonymous report and answers an unguessable code that tracks only its progress', async () => {
    const receipt = await report(server());
    expect(receipt.code).toMatch(new RegExp(`^[${REPORT_CODE_ALPHABET}]{${REPORT_CODE_LENGTH}}$`));
    const response = await track(server(), `${receipt.code.slice(0, 4).toLowerCase()}-${receipt.code.slice(4)}`);
    expect(response.status).toBe(200);
    const answer = PublicReportTrack.parse(await response.json());
    expect(answer.progress).toBe('received');
    expect(Object.keys(answer).sort()).toEqual(['progress', 'receivedAt']);
  });

  it('stores neither the code nor the upload token, only their digests', async () => {
    const receipt = await report(server());
    const { rows } = await server().db.query<{ row: string }>(`SELECT row_to_json(r)::text AS row FROM public_reports r WHERE id = $1`, [receipt.reportId]);
    expect(rows[0]?.row).not.toContain(receipt.code);
    expect(rows[0]?.row).not.toContain(receipt.uploadToken);
  });

  it('accepts only declared photos with the report token, real images that match their hash', async () => {
    const declared = jpeg('declared');
    const receipt = await report(server());
    expect((await upload(server(), receipt, declared)).status).toBe(404);
    const withPhoto = PublicReportReceipt.parse(await (await submit(server(), submission([sha(declared), sha(jpeg('other'))]))).json());
    expect((await upload(server(), { ...withPhoto, uploadToken: receipt.uploadToken }, declared)).status).toBe(404);
    expect((await upload(server(), withPhoto, jpeg('undeclared'))).status).toBe(404);
    expect((await upload(server(), withPhoto, jpeg('undeclared'), sha(declared))).status).toBe(422);
    const script = new TextEncoder().encode('<script>alert(1)</script>');
    const scriptReceipt = PublicReportReceipt.parse(await (await submit(server(), submission([sha(script)]))).json());
    expect((await upload(server(), scriptReceipt, script)).status).toBe(415);
    expect((await upload(server(), withPhoto, declared)).status).toBe(201);
    // Past MAX_REPORT_PHOTO_BYTES the body is refused before it is read (a signed-in upload may be larger).
    const big = new Uint8Array(MAX_REPORT_PHOTO_BYTES + 1).fill(7);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const bigReceipt = PublicReportReceipt.parse(await (await submit(server(), submission([sha(big)]))).json());
    expect((await upload(server(), bigReceipt, big)).status).toBe(413);
  });

  it('refuses an oversized body unread, and bad types and unknown fields with a problem code', async () => {
    const big = await submit(server(), submission([], { description: '堵'.repeat(20_000) }));
    expect(big.status).toBe(413);
    for (const bad of [
      submission([], { description: 42 }), submission([], { townCode: '3205821' }), submission([], { photos: 'a'.repeat(64) }),
      submission([], { contact: { phone: 'call me<script>' } }), submission([], { reporterUserId: 'u-sup-1' }), submission([], { description: '短' }),
      submission([], { townCode: '999999999' }),
    ]) {
      const response = await submit(server(), bad);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('validation_failed');
    }
  });

  it('keeps script in text as text: JSON answers under the unchanged CSP, never markup', async () => {
    const xss = '<img src=x onerror=alert(1)><script>alert("x")</script> 有人在仓库里违规动火';
    const response = await submit(server(), submission([], { description: xss, enterpriseName: '<b>x</b>' }));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const { reportId } = PublicReportReceipt.parse(await response.json());
    const supervisor = (await server().login('jianguan')).accessToken;
    const inbox = await get(server(), `/api/report-inbox/${reportId}`, supervisor);
    expect(inbox.headers.get('content-type')).toContain('application/json');
    expect(InboxReport.parse(await inbox.json()).description).toBe(xss);
  });

  it('shows reports, contact and photos only to the supervisors of the report’s area', async () => {
    const photo = jpeg('only-supervisor');
    const receipt = await report(server(), [photo]);
    const town = (await server().login('jianguan')).accessToken;
    const mine = (await inboxOf(server(), town)).find((r) => r.id === receipt.reportId);
    expect(mine?.contact).toEqual({ name: NAME, phone: PHONE });
    expect((await get(server(), `/api/report-inbox/${receipt.reportId}/photos/${sha(photo)}`, town)).status).toBe(200);
    const other = await loginAsNewUser(server(), TANGQIAO_SUPERVISOR);
    expect((await inboxOf(server(), other)).some((r) => r.id === receipt.reportId)).toBe(false);
    for (const path of ['', '/officers', `/photos/${sha(photo)}`]) expect((await get(server(), `/api/report-inbox/${receipt.reportId}${path}`, other)).status).toBe(404);
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/dismiss`, { publicReason: '不属实不属实' }, other)).status).toBe(404);
    for (const username of ['wangge', 'zhifa', 'qiye', 'admin']) {
      const token = (await server().login(username)).accessToken;
      expect((await get(server(), '/api/report-inbox', token)).status).toBe(403);
      expect((await get(server(), `/api/report-inbox/${receipt.reportId}`, token)).status).toBe(404);
      expect((await get(server(), `/api/photos/${sha(photo)}`, token)).status).toBe(404);
      expect((await server().post(`/api/report-inbox/${receipt.reportId}/verify`, verifyBody('ent-001'), token)).status).toBe(404);
    }
  });

  it('floods: each address and the whole installation are limited, with 429, a problem code and Retry-After', async () => {
    // The shared servers allow 5 per address and 300 overall per hour (DEFAULT_REPORT_LIMITS).
    const ip = '203.0.113.7';
    for (let i = 0; i < 5; i += 1) expect((await submit(server(), submission(), ip)).status).toBe(201);
    const refused = await submit(server(), submission(), ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { code: string }).code).toBe('too_many_reports');
    expect((await submit(server(), submission())).status).toBe(201);
  });

  it('guessing codes: a miss says only not found, and a guesser is stopped after 60 tries an hour', async () => {
    const ip = '198.51.100.9';
    const guesses = Array.from({ length: 60 }, (_, i) => `${'23456789ABCD'.slice(0, 8)}${String(1000 + i).replace(/[01]/g, '2')}`);
    for (const guess of guesses) {
      const response = await track(server(), guess, ip);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { code: string }).code).toBe('not_found');
    }
    const receipt = await report(server());
    // Even the right code is refused once the address is over its limit.
    expect((await track(server(), receipt.code, ip)).status).toBe(429);
    expect((await track(server(), receipt.code)).status).toBe(200);
  });

  it('verifies into a hazard of source 举报 that carries no identity, and the reporter sees it rectifying', async () => {
    const photo = jpeg('verified');
    const receipt = await report(server(), [photo]);
    const supervisor = (await server().login('jianguan')).accessToken;
    const enterpriseId = await enterpriseOfTown(server(), YANGSHE);
    const verified = await server().post(`/api/report-inbox/${receipt.reportId}/verify`, verifyBody(enterpriseId), supervisor);
    expect(verified.status).toBe(200);
    const handled = InboxReport.parse(await verified.json());
    expect(handled.status).toBe('verified');
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/verify`, verifyBody(enterpriseId), supervisor)).status).toBe(409);
    const { progress } = PublicReportTrack.parse(await (await track(server(), receipt.code)).json());
    expect(progress).toBe('rectifying');
    const officer = (await server().login('wangge')).accessToken;
    const hazards = (await pullAll(server(), 'hazards', officer)).documents;
    const hazard = hazards.find((h) => h.id === handled.hazardId);
    expect(hazard?.['source']).toBe('whistleblower');
    // The hazard's readers now see the photo the supervisor attached.
    expect((await get(server(), `/api/photos/${sha(photo)}`, officer)).status).toBe(200);
    // No pull of any user, and no overview, carries the reporter, the code or the internal note.
    for (const username of ['wangge', 'qiye', 'jianguan', 'shijianguan', 'zhifa']) {
      const token = (await server().login(username)).accessToken;
      for (const collection of COLLECTION_NAMES) {
        const text = JSON.stringify((await pullAll(server(), collection, token)).documents);
        for (const secret of [PHONE, NAME, receipt.code, '隔壁店主']) expect(text, `${username} ${collection}`).not.toContain(secret);
      }
    }
    const overview = await (await get(server(), `/api/overview/hazards/${handled.hazardId}`, supervisor)).text();
    for (const secret of [PHONE, NAME, receipt.code]) expect(overview).not.toContain(secret);
  });

  it('reports a major hazard for confirmation instead of giving it a deadline: the reporter reads 已立为隐患', async () => {
    const receipt = await report(server());
    const city = (await server().login('shijianguan')).accessToken;
    const enterpriseId = await enterpriseOfTown(server(), YANGSHE);
    const { deadline: _none, ...major } = { ...verifyBody(enterpriseId), level: 'major' };
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/verify`, major, city)).status).toBe(200);
    expect(PublicReportTrack.parse(await (await track(server(), receipt.code)).json()).progress).toBe('hazardOpened');
  });

  it('refuses to open the hazard on an enterprise outside the supervisor’s area, and keeps the report open', async () => {
    const receipt = await report(server());
    const supervisor = (await server().login('jianguan')).accessToken;
    const elsewhere = await enterpriseOfTown(server(), '320582101');
    const response = await server().post(`/api/report-inbox/${receipt.reportId}/verify`, verifyBody(elsewhere), supervisor);
    expect(response.status).toBe(403);
    const after = InboxReport.parse(await (await get(server(), `/api/report-inbox/${receipt.reportId}`, supervisor)).json());
    expect(after.status).toBe('received');
    expect(after.hazardId).toBeNull();
  });

  it('prints a gate poster whose QR leads to the public page, the place escaped, under the app CSP', async () => {
    const response = await server().app.request('/report-poster?place=<script>alert(1)</script>东门');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    expect(html).toContain('#/report');
    expect(html).toContain('<svg class="qr"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });

  it('dismisses with a public reason the reporter reads, never the internal note', async () => {
    const receipt = await report(server());
    const supervisor = (await server().login('jianguan')).accessToken;
    const officers = (await (await get(server(), `/api/report-inbox/${receipt.reportId}/officers`, supervisor)).json()) as { id: string }[];
    expect(officers.map((o) => o.id)).toContain('u-officer-1');
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/assign`, { officerId: 'u-officer-3' }, supervisor)).status).toBe(400);
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/assign`, { officerId: 'u-officer-1', note: '请王建国核实' }, supervisor)).status).toBe(200);
    expect(PublicReportTrack.parse(await (await track(server(), receipt.code)).json()).progress).toBe('verifying');
    // The officer sent to check sees the report without its reporter and reports back; another officer sees nothing.
    const officer = (await server().login('wangge')).accessToken;
    const assigned = await (await get(server(), '/api/report-inbox/assigned', officer)).text();
    expect(assigned).toContain(receipt.reportId);
    for (const secret of [PHONE, NAME, '请王建国核实']) expect(assigned).not.toContain(secret);
    const colleague = (await server().login('wangge2')).accessToken;
    expect(await (await get(server(), '/api/report-inbox/assigned', colleague)).text()).not.toContain(receipt.reportId);
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/check`, { found: false, note: '出口已清理' }, colleague)).status).toBe(404);
    expect((await server().post(`/api/report-inbox/${receipt.reportId}/check`, { found: false, note: '现场出口已清理，未见纸箱' }, officer)).status).toBe(200);
    const checked = InboxReport.parse(await (await get(server(), `/api/report-inbox/${receipt.reportId}`, supervisor)).json());
    expect(checked.check).toMatchObject({ found: false, note: '现场出口已清理，未见纸箱' });
    const dismissed = await server().post(`/api/report-inbox/${receipt.reportId}/dismiss`, { publicReason: '经现场核实，出口已清理，未发现隐患', internalNote: '举报人系竞争对手' }, supervisor);
    expect(dismissed.status).toBe(200);
    const answer = await (await track(server(), receipt.code)).text();
    expect(PublicReportTrack.parse(JSON.parse(answer))).toMatchObject({ progress: 'dismissed', publicReason: '经现场核实，出口已清理，未发现隐患' });
    expect(answer).not.toContain('竞争对手');
    expect(answer).not.toContain('王建国');
  });
}, { trustProxy: true });
