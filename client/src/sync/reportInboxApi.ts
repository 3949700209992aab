import { AssignedReport, AssignedReportList, InboxReport, InboxReportList, OfficerOption, type VerifyReportRequest } from '@anxun/shared-schema';
import { z } from 'zod';
import type { ApiClient } from './apiClient';
import { api } from './services';

const path = (id: string, rest = '') => `/api/report-inbox/${encodeURIComponent(id)}${rest}`;
const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/** The supervisors' 举报 inbox: online work, like the rest of the console. */
export function createReportInboxApi(client: ApiClient) {
  const report = (b: unknown) => InboxReport.parse(b);
  return {
    list: () => client.call('/api/report-inbox', { method: 'GET' }, (b) => InboxReportList.parse(b).reports),
    officers: (id: string) => client.call(path(id, '/officers'), { method: 'GET' }, (b) => z.array(OfficerOption).parse(b)),
    photo: (id: string, hash: string) => client.download(path(id, `/photos/${hash}`)),
    assign: (id: string, officerId: string, note?: string) => client.call(path(id, '/assign'), post({ officerId, ...(note ? { note } : {}) }), report),
    verify: (id: string, request: VerifyReportRequest) => client.call(path(id, '/verify'), post(request), report),
    assigned: () => client.call('/api/report-inbox/assigned', { method: 'GET' }, (b) => AssignedReportList.parse(b).reports),
    check: (id: string, found: boolean, note: string) => client.call(path(id, '/check'), post({ found, note }), (b) => AssignedReport.parse(b)),
    dismiss: (id: string, publicReason: string, internalNote?: string) => client.call(path(id, '/dismiss'), post({ publicReason, ...(internalNote ? { internalNote } : {}) }), report),
  };
}
export type ReportInboxApi = ReturnType<typeof createReportInboxApi>;

export const reportInboxApi: ReportInboxApi = createReportInboxApi(api);
