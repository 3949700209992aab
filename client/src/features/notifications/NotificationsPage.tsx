import { useMemo } from 'react';
import { Button, List } from '../../ui/kit';
import type { Enterprise, Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { refusalText } from '../../i18n/refusalText';
import type { MessageKey } from '../../i18n/zh';
import type { AppNotification } from './deriveNotifications';
import { useNotifications } from './useNotifications';

/** 通知: what happened to this user's hazards since they last looked; opening one marks it read. */
export function NotificationsPage({ userId, role, onOpen }: { userId: string; role: Role; onOpen: (hazardId: string) => void }) {
  const { t, label, dateTime, language } = useI18n();
  const db = useDatabase();
  const { items, read, unread, marks } = useNotifications(userId, role);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const names = useMemo(() => new Map(enterprises.map((e) => [e.id, e.name])), [enterprises]);
  const detail = (n: AppNotification) => {
    if (n.kind === 'refused') return `${label(HAZARD_EVENT, n.eventType ?? 'comment')}：${refusalText({ code: n.code ?? '', reason: n.reason ?? '', type: n.eventType ?? 'comment' }, language)}`;
    if (n.kind === 'overdue') return t('notify.detail.overdue', { date: n.deadline ?? '', days: n.days ?? 0 });
    return [n.reason ? t('notify.detail.reason', { reason: n.reason }) : '', n.deadline ? t('notify.detail.deadline', { date: n.deadline }) : ''].filter(Boolean).join('，');
  };
  return (
    <>
      <div className="page-title">
        <h1>{t('notify.title')}</h1>
        <span className="muted" data-testid="notify-unread">{t('notify.unread', { count: unread })}</span>
        <Button size="small" data-testid="notify-mark-all" disabled={unread === 0} onClick={() => marks.markRead(items.map((n) => n.id))}>{t('notify.markAllRead')}</Button>
      </div>
      {items.length === 0 ? <p className="muted">{t('notify.empty')}</p> : null}
      <List data-testid="notify-list">
        {items.slice(0, 300).map((n) => (
          <List.Item key={n.id} data-testid="notify-item" data-kind={n.kind} data-hazard={n.hazardId} data-read={String(read.has(n.id))} arrowIcon
            onClick={() => { marks.markRead([n.id]); onOpen(n.hazardId); }}
            description={[role === 'enterprise' ? '' : names.get(n.enterpriseId) ?? '', detail(n), dateTime(n.at)].filter(Boolean).join(' · ')}>
            <div className="notice-row" data-read={String(read.has(n.id))}>
              <span className="notice-kind">{t(`notify.kind.${n.kind}` as MessageKey)}</span>
              <span>{n.title}</span>
            </div>
          </List.Item>
        ))}
      </List>
    </>
  );
}
