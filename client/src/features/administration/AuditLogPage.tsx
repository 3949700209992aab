import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { placesApi, type AuditFilters, type NamedAuditList } from '../../sync/placesApi';
import './places.css';

type Entry = NamedAuditList['entries'][number];
const ACTIONS = ['', 'area', 'grid', 'binding', 'account', 'enterprise', 'import'] as const;
const TARGETS = ['', 'area', 'grid', 'binding', 'user', 'enterprise', 'import'] as const;
/** Actions with a name in the UI; others (a newer server's) show as logged. */
const VERBS = ['area.create', 'area.rename', 'grid.create', 'grid.update', 'binding.create', 'binding.end', 'account.open', 'account.reset_password', 'account.disable', 'account.enable', 'import.enterprises'] as const;
/** Rows rendered at first; more on demand (an opening of 300 enterprise accounts is 300 entries). */
const PAGE = 50;
const isVerb = (action: string): action is (typeof VERBS)[number] => (VERBS as readonly string[]).includes(action);

/** A before/after value as short readable text: the fields of an object, one per line. */
function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value !== 'object') return <>{String(value)}</>;
  return (
    <dl className="audit-change">
      {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}</dd></div>
      ))}
    </dl>
  );
}

/**
 * 操作日志: every administrative change in the administrator's area (who, when, what, before →
 * after), newest first, filtered by person, kind of change, object and dates; the same filters
 * export the log as CSV for Excel.
 */
export function AuditLogPage() {
  const { t, dateTime } = useI18n();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => {
    placesApi.audit(filters).then((list) => { setEntries(list); setError(null); }, (e: unknown) => setError(problemText(e, t)));
  }, [filters, t]);
  const set = (key: keyof AuditFilters) => (e: { target: { value: string } }) => {
    setFilters({ ...filters, [key]: e.target.value || undefined });
    setShown(PAGE);
  };
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <form className="console-filters" data-testid="audit-filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('audit.actor')}<input value={filters.actor ?? ''} onChange={set('actor')} placeholder={t('audit.actorHint')} data-testid="audit-actor" /></label>
        <label>{t('audit.action')}
          <select value={filters.action ?? ''} onChange={set('action')} data-testid="audit-action">
            {ACTIONS.map((a) => <option key={a} value={a}>{t(`audit.action.${a || 'all'}`)}</option>)}
          </select>
        </label>
        <label>{t('audit.target')}
          <select value={filters.targetKind ?? ''} onChange={set('targetKind')}>
            {TARGETS.map((k) => <option key={k} value={k}>{t(`audit.target.${k || 'all'}`)}</option>)}
          </select>
        </label>
        <label>{t('audit.from')}<input type="date" value={filters.from ?? ''} onChange={set('from')} /></label>
        <label>{t('audit.to')}<input type="date" value={filters.to ?? ''} onChange={set('to')} /></label>
        <div className="actions">
          <button type="button" className="console-button" onClick={() => setFilters({})}>{t('audit.clear')}</button>
          <button type="button" className="console-button primary" data-testid="audit-export" onClick={() => void placesApi.downloadAuditCsv(filters).catch((e: unknown) => setError(problemText(e, t)))}>{t('audit.export')}</button>
        </div>
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {entries === null ? <p className="muted">{t('audit.loading')}</p> : entries.length === 0 ? <p className="muted">{t('audit.none')}</p> : (
        <>
          <p className="muted" data-testid="audit-count">{t('audit.count', { count: entries.length })}</p>
          <table className="hazard-table" data-testid="audit-list">
            <thead><tr><th>{t('audit.at')}</th><th>{t('audit.actor')}</th><th>{t('audit.action')}</th><th>{t('audit.target')}</th><th>{t('audit.before')}</th><th>{t('audit.after')}</th></tr></thead>
            <tbody>
              {entries.slice(0, shown).map((e) => (
                <tr key={e.id} data-testid="audit-row">
                  <td className="nowrap">{dateTime(e.at)}</td>
                  <td>{e.actorName}</td>
                  <td className="nowrap">{isVerb(e.action) ? t(`audit.verb.${e.action}`) : e.action}</td>
                  <td><code>{e.targetId}</code></td>
                  <td><Change value={e.before} /></td>
                  <td><Change value={e.after} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          {entries.length > shown ? <p><button type="button" className="console-button" onClick={() => setShown(shown + PAGE * 4)} data-testid="audit-more">{t('audit.more', { count: entries.length - shown })}</button></p> : null}
        </>
      )}
    </>
  );
}
