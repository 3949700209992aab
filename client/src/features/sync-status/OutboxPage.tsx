import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { List } from '../../ui/kit';
import type { ConflictRecord, HazardEvent } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeMyConflicts, observeMyRejectedEvents, outboxEntryNames } from '../../db/outboxQueries';
import { useObservable } from '../../db/useObservable';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { refusalText } from '../../i18n/refusalText';
import { conflictFieldText, conflictReasonText } from '../../i18n/conflictText';
import type { MessageKey } from '../../i18n/zh';
import type { Outbox } from '../../sync/outbox';

const minutesSince = (iso: string) => Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 60_000));

/** 待同步: what waits to reach the server and how long, and what the server merged over or refused. */
export function OutboxPage({ outbox, userId, photoSummary }: { outbox: Outbox; userId: string; photoSummary?: ReactNode }) {
  const i18n = useI18n();
  const { t, label, dateTime, language } = i18n;
  const db = useDatabase();
  const entries = useSyncExternalStore((l) => outbox.subscribe(() => l()), () => outbox.entriesSnapshot());
  const conflicts = useObservable<ConflictRecord[]>(() => observeMyConflicts(db, userId), [], [db, userId]);
  const rejected = useObservable<HazardEvent[]>(() => observeMyRejectedEvents(db, userId), [], [db, userId]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void outboxEntryNames(db, entries).then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, [db, entries]);
  return (
    <>
      <div className="page-title"><h1>{t('outbox.title')}</h1></div>
      <section className="card" data-testid="outbox-waiting">
        <h2>{t('outbox.waiting', { count: entries.length })}</h2>
        {entries.length === 0 ? <p className="muted">{t('sync.allSynced')}</p> : null}
        <List>
          {entries.map((e) => (
            <List.Item key={`${e.collection}/${e.id}`} data-testid="outbox-entry" description={t('outbox.age', { minutes: minutesSince(e.updatedAt) })}>
              {t(`outbox.collection.${e.collection}` as MessageKey)} · {names.get(`${e.collection}/${e.id}`) ?? t('outbox.unnamed')}
            </List.Item>
          ))}
        </List>
        {photoSummary}
      </section>
      <section className="card" data-testid="outbox-conflicts">
        <h2>{t('outbox.conflicts', { count: conflicts.length })}</h2>
        <List>
          {conflicts.map((c) => (
            <List.Item key={c.id} data-testid="outbox-conflict" description={`${dateTime(c.detectedAt)} · ${c.kind === 'refused' ? conflictReasonText(c, i18n) : t('outbox.kept', { value: c.keptJson.slice(0, 60) })}`}>
              {c.kind === 'refused' ? t(c.collection === 'hazardEvents' ? 'outbox.eventRefused' : 'outbox.refused') : t('outbox.merged')} · {t(`outbox.collection.${c.collection}` as MessageKey)} · {conflictFieldText(c, language)}
            </List.Item>
          ))}
        </List>
      </section>
      <section className="card" data-testid="outbox-rejected">
        <h2>{t('outbox.rejected', { count: rejected.length })}</h2>
        <List>
          {rejected.map((e) => (
            <List.Item key={e.id} data-testid="outbox-rejected-event" description={e.verdict ? refusalText({ code: e.verdict.code ?? '', reason: e.verdict.reason ?? '', type: e.type }, language) : ''}>
              <a href={`#/hazards/${e.hazardId}`}>{label(HAZARD_EVENT, e.type)}</a> · {dateTime(e.deviceTime)}
            </List.Item>
          ))}
        </List>
      </section>
    </>
  );
}
