import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  ENDED_AFTER_VERIFICATION_REASON, Id, MAX_REPORT_PHOTO_BYTES, PhotoHash, publicProgress, PublicReportSubmission, ReportCode, sniffPhoto, type PublicReportTrack,
} from '@anxun/shared-schema';
import { clientAddress } from '../auth/clientAddress';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import type { PhotoStore } from '../photos/photoStore';
import { countRequest, type LimitKind, type ReportLimits } from '../public-reports/reportLimits';
import { secretDigest } from '../public-reports/reportSecrets';
import { submitReport } from '../public-reports/submitReport';
import type { Store } from '../store/Store';
import { reportUploader } from '../store/PublicReportStore';

/** Photos may follow their report for a day (a phone that lost signal after submitting). */
const UPLOAD_WINDOW_MS = 24 * 3_600_000;
const TrackRequest = z.object({ code: ReportCode }).strict();

const sameDigest = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * 举报, the only API without a sign-in: submit, add the declared photos, track by code. Every
 * request is counted per address and overall (429 `too_many_reports` with Retry-After); answers
 * hold nothing but the reporter's own receipt or the public progress.
 */
export function publicReportRoutes(store: Store, photos: PhotoStore, limits: ReportLimits, now: () => Date, trustProxy: boolean) {
  const reports = store.publicReports;
  const limited = async (c: Context, kind: LimitKind): Promise<Response | null> => {
    const verdict = await countRequest(reports, limits, kind, clientAddress(c, trustProxy), now());
    if (verdict.ok) return null;
    c.header('Retry-After', String(verdict.retryAfter));
    return problemResponse(c, 'too_many_reports', `请 ${Math.ceil(verdict.retryAfter / 60)} 分钟后再试 Try again in ${verdict.retryAfter} s`);
  };
  return new Hono<AppEnv>()
    .get('/towns', async (c) => c.json(await reports.towns()))
    .post('/', async (c) => {
      const refused = await limited(c, 'submit');
      if (refused) return refused;
      const body = await parseJsonBody(c, PublicReportSubmission);
      if (!body.ok) return body.response;
      const receipt = await submitReport(reports, body.value, now());
      if (receipt === 'unknown_town') return problemResponse(c, 'validation_failed', undefined, [{ path: 'townCode', message: 'no such town' }]);
      return c.json(receipt, 201);
    })
    .put('/:id/photos/:sha256', async (c) => {
      const refused = await limited(c, 'photo');
      if (refused) return refused;
      const id = Id.safeParse(c.req.param('id'));
      const hash = PhotoHash.safeParse(c.req.param('sha256'));
      if (!id.success || !hash.success) return problemResponse(c, 'validation_failed', 'the path must name a report and the SHA-256 of a photo');
      const target = await reports.uploadTarget(id.data);
      const token = c.req.header('X-Upload-Token') ?? '';
      // One answer for "no such report", "wrong token" and "photo not declared": nothing to probe.
      if (!target || !sameDigest(secretDigest(token), target.uploadTokenDigest) || !target.photos.includes(hash.data)) {
        return problemResponse(c, 'not_found', 'no such report photo');
      }
      if (target.status !== 'received' || now().getTime() - target.receivedAt.getTime() > UPLOAD_WINDOW_MS) return problemResponse(c, 'report_closed');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength === 0) return problemResponse(c, 'validation_failed', 'empty body');
      if (bytes.byteLength > MAX_REPORT_PHOTO_BYTES) return problemResponse(c, 'payload_too_large', `report photos are limited to ${MAX_REPORT_PHOTO_BYTES} bytes`);
      const contentType = sniffPhoto(bytes);
      if (!contentType) return problemResponse(c, 'unsupported_media_type', 'only JPEG, PNG and WebP photos are accepted');
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== hash.data) return problemResponse(c, 'hash_mismatch', `the bytes hash to ${actual}`);
      // Stored like every photo, but its uploader is the report: no user may read it until a
      // supervisor attaches it to a hazard (then the hazard's readers may).
      const created = await photos.put({ hash: actual, bytes, contentType, uploadedBy: reportUploader(id.data) });
      return c.json({ sha256: actual, size: bytes.byteLength, contentType, created }, created ? 201 : 200);
    })
    .post('/track', async (c) => {
      const refused = await limited(c, 'track');
      if (refused) return refused;
      const body = await parseJsonBody(c, TrackRequest);
      if (!body.ok) return body.response;
      const report = await reports.byCodeDigest(secretDigest(body.value.code));
      if (!report) return problemResponse(c, 'not_found', '没有这个查询码 No report has this code');
      const progress = publicProgress(report.status, report.hazardState);
      const publicReason = report.status === 'dismissed' ? report.publicReason : progress === 'dismissed' ? ENDED_AFTER_VERIFICATION_REASON : null;
      const answer: PublicReportTrack = {
        progress, receivedAt: report.receivedAt.toISOString(),
        ...(report.handledAt ? { handledAt: report.handledAt.toISOString() } : {}),
        ...(publicReason ? { publicReason } : {}),
      };
      return c.json(answer);
    });
}
