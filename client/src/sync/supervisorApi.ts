import { Draw, DrawInspector, DrawReplay, MonthlyReport, type DrawRequest } from '@anxun/shared-schema';
import { api } from './services';

const DrawSummary = Draw.omit({ population: true });
export type DrawSummary = ReturnType<typeof DrawSummary.parse>;

/**
 * The supervisor's online calls (双随机 draws, the monthly report). They read the server's view of
 * the whole area, so they need the network; every answer is parsed with its shared schema.
 */
export const supervisorApi = {
  inspectors: () => api.call('/api/draws/inspectors', { method: 'GET' }, (b) => DrawInspector.array().parse(b)),
  draws: () => api.call('/api/draws', { method: 'GET' }, (b) => DrawSummary.array().parse(b)),
  runDraw: (request: DrawRequest) => api.call('/api/draws', { method: 'POST', body: JSON.stringify(request) }, (b) => Draw.parse(b)),
  replay: (drawId: string) => api.call(`/api/draws/${encodeURIComponent(drawId)}/replay`, { method: 'POST', body: '{}' }, (b) => DrawReplay.parse(b)),
  monthlyReport: (month: string) => api.call(`/api/reports/monthly?month=${encodeURIComponent(month)}`, { method: 'GET' }, (b) => MonthlyReport.parse(b)),
  /** Downloads the month's workbook and hands it to the browser as a file. */
  async downloadMonthlyWorkbook(month: string): Promise<void> {
    const blob = await api.download(`/api/reports/monthly?month=${encodeURIComponent(month)}&format=xlsx`);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `每月调度通报-${month}.xlsx`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
