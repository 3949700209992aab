import { EnterpriseImportResult, OpenedAccount, OpenedAccountList, type NewAccount } from '@anxun/shared-schema';
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
export const administrationApi = {
  importEnterprises(file: Blob, dryRun: boolean): Promise<EnterpriseImportResult> {
    return api.call(`/api/admin/import/enterprises${dryRun ? '?dryRun=1' : ''}`, { method: 'POST', body: file, headers: { 'content-type': file.type || 'application/octet-stream' } }, (b) => EnterpriseImportResult.parse(b));
  },
  async downloadTemplate(): Promise<void> {
    save(await api.download('/api/admin/import/enterprises/template'), '企业台账导入模板.xlsx');
  },
  async downloadReport(result: EnterpriseImportResult): Promise<void> {
    save(await api.download('/api/admin/import/enterprises/report', { method: 'POST', body: JSON.stringify(result) }), '企业台账导入结果.xlsx');
  },
};

/** Accounts an administrator opens; the initial passwords come back once, for the 开通通知. */
export const accountAdministrationApi = {
  open: (account: NewAccount) => api.call('/api/admin/accounts', { method: 'POST', body: JSON.stringify(account) }, (b) => OpenedAccount.parse(b)),
  openEnterprises: (enterpriseIds: string[]) => api.call('/api/admin/accounts/enterprises', { method: 'POST', body: JSON.stringify({ enterpriseIds }) }, (b) => OpenedAccountList.parse(b)),
};
