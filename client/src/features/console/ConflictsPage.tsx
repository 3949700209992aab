import { useEffect, useState } from 'react';
import type { ConflictRecord } from '@anxun/shared-schema';
import { observeConflictLog } from '../../db/conflictLog';
import { outboxEntryNames } from '../../db/outboxQueries';
import { conflictFieldText, conflictReasonText } from '../../i18n/conflictText';
import { useDatabase } from '../../db/DatabaseContext';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { accountsApi } from '../../sync/accountsApi';
import { overviewApi } from '../../sync/overviewApi';
import { loadErrorText } from './loadError';
import { useServerQuery } from './useServerQuery';

/** JSON text as people read it: strings without quotes, nothing as "—". */
const readable = (json: string) => {
  try {
    const value: unknown = JSON.parse(json);
    return value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value, null, 1);
  } catch {
    return json;
  }
};

/**
 * 冲突日志: every field the server's merge settled against somebody's edit, and every refused
 * write, in the supervisor's area. Resolving asks the server (online); the resolved record then
 * replicates back like any other document.
 */
export function ConflictsPage() {
  const i18n = useI18n();
  const { t, dateTime, language } = i18n;
  const db = useDatabase();
  const log = useObservable<ConflictRecord[]>(() => observeConflictLog(db), [], [db]);
  // Each record's document by a name people know (a hazard's title, an enterprise), never its id.
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void outboxEntryNames(db, log.map((c) => ({ collection: c.collection, id: c.documentId }))).then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, [db, log]);
  const [showResolved, setShowResolved] = useState(false);
  // Authors by name, never by user id; someone outside this supervisor's accounts stays unnamed.
  const users = useServerQuery(() => accountsApi.users(), 'users');
  const nameOf = (userId: string) => users.data?.find((u) => u.id === userId)?.displayName ?? t('console.conflicts.someone');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = log.filter((c) => c.status === 'open');
  const shown = showResolved ? log.filter((c) => c.status === 'resolved') : open;
  const resolve = async (conflict: ConflictRecord, applyOther: boolean) => {
    setBusy(conflict.id);
    setError(null);
    try {
      await overviewApi.resolveConflict(conflict.id, applyOther);
    } catch (e) {
      setError(loadErrorText(e, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <h1>{t('console.conflicts')}</h1>
      <div className="console-counts">
        <button type="button" className="chip" aria-pressed={!showResolved} onClick={() => setShowResolved(false)}>{t('console.conflicts.open', { count: open.length })}</button>
        <button type="button" className="chip" aria-pressed={showResolved} onClick={() => setShowResolved(true)}>{t('console.conflicts.resolved', { count: log.length - open.length })}</button>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <section className="card" data-testid="conflict-log">
        {shown.length === 0 ? <p className="muted">{t('console.conflicts.empty')}</p> : null}
        {shown.map((c) => {
          const other = c.keptJson === c.pushedJson ? c.serverJson : c.pushedJson;
          return (
            <div key={c.id} className="conflict-row" data-testid="conflict-row" data-conflict-id={c.id}>
              <div>
                <strong>{t(`outbox.collection.${c.collection}` as MessageKey)} · {conflictFieldText(c, language)}</strong>
                <div className="muted">{dateTime(c.detectedAt)} · {names.get(`${c.collection}/${c.documentId}`) ?? t('outbox.unnamed')}</div>
                {c.kind === 'refused' && c.collection === 'hazardEvents' ? <div className="muted">{t('console.conflicts.eventBy', { server: nameOf(c.serverAuthor), pushed: nameOf(c.pushAuthor) })}</div> : null}
                <div className="muted">{c.kind === 'refused' ? t('console.conflicts.refused', { reason: conflictReasonText(c, i18n) }) : t('console.conflicts.by', { server: nameOf(c.serverAuthor), pushed: nameOf(c.pushAuthor) })}</div>
              </div>
              <div><span className="muted">{t('console.conflicts.kept')}</span><code>{readable(c.keptJson)}</code></div>
              <div><span className="muted">{t('console.conflicts.other')}</span><code>{readable(other)}</code></div>
              <div className="action-buttons">
                {c.status === 'resolved' ? (
                  <span className="muted">{c.resolution ? t(`console.conflicts.resolution.${c.resolution}`) : ''}</span>
                ) : (
                  <>
                    <button type="button" className="console-button primary" disabled={busy === c.id} data-testid="conflict-keep" onClick={() => void resolve(c, false)}>{t('console.conflicts.keep')}</button>
                    {c.kind === 'merge' ? <button type="button" className="console-button" disabled={busy === c.id} data-testid="conflict-apply-other" onClick={() => void resolve(c, true)}>{t('console.conflicts.applyOther')}</button> : null}
                  </>
                )}
              </div>
            </div>
          );
        })}
      </section>
    </>
  );
}
