import { useEffect, useState } from 'react';
import type { EnterpriseImportResult } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiError } from '../../sync/apiClient';
import { administrationApi, type ImportKind } from '../../sync/administrationApi';

type Phase = { kind: 'idle' } | { kind: 'working'; step: 'checking' | 'importing' } | { kind: 'done'; result: EnterpriseImportResult } | { kind: 'failed'; message: string };

const SHOWN_ROWS = 500;

/**
 * 企业台账导入 (and, with `kind`, 检查表 and 逢查必考题库): choose an .xlsx or .csv in the
 * template's columns, check it (nothing stored), then import it; the server answers row by row,
 * and the report downloads as a workbook. Refused rows come first: they are what the office has to correct.
 */
export function LedgerImportPage({ kind = 'enterprises' }: { kind?: ImportKind }) {
  const { t } = useI18n();
  const title = kind === 'enterprises' ? t('admin.import.title') : t(`refimport.${kind}.title`);
  const help = kind === 'enterprises' ? t('admin.import.help') : t(`refimport.${kind}.help`);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (phase.kind !== 'working') return undefined;
    const timer = setInterval(() => setElapsed((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [phase.kind]);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setElapsed(0);
    setPhase({ kind: 'working', step: dryRun ? 'checking' : 'importing' });
    try {
      setPhase({ kind: 'done', result: await administrationApi.importSheet(kind, file, dryRun) });
    } catch (e) {
      const detail = e instanceof ApiError && e.code === 'network' ? t('admin.import.offline') : e instanceof Error ? e.message : String(e);
      setPhase({ kind: 'failed', message: t('admin.import.failed', { message: detail }) });
    }
  };
  const result = phase.kind === 'done' ? phase.result : null;
  const rows = result ? [...result.rows].sort((a, b) => Number(b.status === 'refused') - Number(a.status === 'refused') || a.row - b.row) : [];
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{help}</p>
      <div className="console-counts">
        <button type="button" className="console-button" data-testid="import-template" onClick={() => void administrationApi.downloadTemplate(kind)}>{t('admin.import.template')}</button>
        <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file"
          onChange={(e) => { setFile(e.target.files?.[0] ?? null); setPhase({ kind: 'idle' }); }} />
        <button type="button" className="console-button" data-testid="import-check" disabled={!file || phase.kind === 'working'} onClick={() => void run(true)}>{t('admin.import.check')}</button>
        <button type="button" className="console-button primary" data-testid="import-run" disabled={!file || phase.kind === 'working'} onClick={() => void run(false)}>{t('admin.import.run')}</button>
      </div>
      {phase.kind === 'working' ? (
        <div role="status" data-testid="import-progress">
          <progress aria-label={t(`admin.import.${phase.step}`)} />
          <span> {t(`admin.import.${phase.step}`)} · {t('admin.import.elapsed', { seconds: elapsed })}</span>
        </div>
      ) : null}
      {phase.kind === 'failed' ? <p className="form-error" role="alert">{phase.message}</p> : null}
      {result ? (
        <section data-testid="import-result">
          <p data-testid="import-summary">
            <strong>{t(result.dryRun ? 'admin.import.checked' : 'admin.import.imported')}</strong>{' '}
            {t('admin.import.summary', { created: result.summary.created, updated: result.summary.updated, unchanged: result.summary.unchanged, refused: result.summary.refused })}
          </p>
          <button type="button" className="console-button" data-testid="import-report" onClick={() => void administrationApi.downloadReport(result)}>{t('admin.import.report')}</button>
          <table className="hazard-table" data-testid="import-rows">
            <thead><tr><th>{t('admin.import.col.row')}</th><th>{t('admin.import.col.status')}</th><th>{kind === 'enterprises' ? t('admin.import.col.name') : t('refimport.col.code')}</th>{kind === 'enterprises' ? <th>{t('admin.import.col.uscc')}</th> : null}<th>{t('admin.import.col.reason')}</th></tr></thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((r) => (
                <tr key={r.row} data-status={r.status}>
                  <td>{r.row}</td><td>{t(`admin.import.status.${r.status}`)}</td><td>{r.name ?? ''}</td>{kind === 'enterprises' ? <td>{r.uscc ?? ''}</td> : null}<td>{r.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN_ROWS ? <p className="muted">{t('admin.import.more', { count: rows.length - SHOWN_ROWS })}</p> : null}
        </section>
      ) : null}
    </>
  );
}
