import { EnterpriseImportResult, OpenedAccount, OpenedAccountList, ResetPasswordResult, RevokeResult, type NewAccount } from '@anxun/shared-schema';
import { api } from './services';

/** Saves a downloaded file under a name the user recognises. */
export function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 系统管理员's ledger import: online only (the server checks every row against what is stored). */
export type ImportKind = 'enterprises' | 'templates' | 'questions';
const TEMPLATE_FILE: Record<ImportKind, string> = { enterprises: '企业台账导入模板.xlsx', templates: '检查表导入模板.xlsx', questions: '逢查必考题库导入模板.xlsx' };

export const administrationApi = {
  importSheet(kind: ImportKind, file: Blob, dryRun: boolean): Promise<EnterpriseImportResult> {
    return api.call(`/api/admin/import/${kind}${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: file, headers: { 'content-type': file.type || 'application/octet-stream' } }, (b) => EnterpriseImportResult.parse(b));
  },
  async downloadTemplate(kind: ImportKind = 'enterprises'): Promise<void> {
    save(await api.download(`/api/admin/import/${kind}/template`), TEMPLATE_FILE[kind]);
  },
  async downloadReport(result: EnterpriseImportResult): Promise<void> {
    save(await api.download('/api/admin/import/enterprises/report', { method: 'POST', body: JSON.stringify(result) }), '企业台账导入结果.xlsx');
  },
};

/** Accounts an administrator opens; the initial passwords come back once, for the 开通通知. */
export const accountAdministrationApi = {
  open: (account: NewAccount) => api.call('/api/admin/accounts', { method: 'POST', body: JSON.stringify(account) }, (b) => OpenedAccount.parse(b)),
  openEnterprises: (enterpriseIds: string[]) => api.call('/api/admin/accounts/enterprises', { method: 'POST', body: JSON.stringify({ enterpriseIds }) }, (b) => OpenedAccountList.parse(b)),
  /** The new one-time password comes back once: the page shows it and keeps it nowhere. */
  resetPassword: (userId: string) => api.call(`${userPath(userId)}/reset-password`, { method: 'POST', body: '{}' }, (b) => ResetPasswordResult.parse(b)),
  disable: (userId: string) => api.call(`${userPath(userId)}/disable`, { method: 'POST', body: '{}' }, (b) => RevokeResult.parse(b)),
  enable: (userId: string) => api.call(`${userPath(userId)}/enable`, { method: 'POST', body: '{}' }, (b) => RevokeResult.parse(b)),
  revokeDevices: (userId: string) => api.call(`${userPath(userId)}/revoke-sessions`, { method: 'POST', body: '{}' }, (b) => RevokeResult.parse(b)),
};

const userPath = (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}`;
