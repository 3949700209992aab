import { PublicReportReceipt, PublicReportTrack, TownList, type PublicReportSubmission } from '@anxun/shared-schema';
import type { ApiClient } from './apiClient';
import { api } from './services';

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** 举报 from the public: no session, no token; every answer parsed with its shared schema. */
export function createPublicReportApi(client: ApiClient) {
  return {
    towns: () => client.publicCall('/api/public/reports/towns', { method: 'GET' }, (b) => TownList.parse(b)),
    submit: (submission: PublicReportSubmission) => client.publicCall('/api/public/reports', json(submission), (b) => PublicReportReceipt.parse(b)),
    /** Sends one declared photo, bound to the report by its upload token. */
    uploadPhoto: (receipt: PublicReportReceipt, hash: string, blob: Blob) =>
      client.publicCall(`/api/public/reports/${encodeURIComponent(receipt.reportId)}/photos/${hash}`,
        { method: 'PUT', body: blob, headers: { 'content-type': blob.type || 'image/jpeg', 'x-upload-token': receipt.uploadToken } }, () => undefined),
    track: (code: string) => client.publicCall('/api/public/reports/track', json({ code }), (b) => PublicReportTrack.parse(b)),
  };
}
export type PublicReportApi = ReturnType<typeof createPublicReportApi>;

export const publicReportApi: PublicReportApi = createPublicReportApi(api);
