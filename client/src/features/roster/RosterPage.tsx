import { useState } from 'react';
import { Button } from '../../ui/kit';
import { certificateStatus, daysBetween, isCurrentStaff, shanghaiDate, type EnterprisePerson } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeRoster } from '../../db/rosterRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { PERSON_ROLE } from '../../i18n/labels';
import { CertificateFindingList } from './CertificateFindingList';
import { PersonForm } from './PersonForm';
import './roster.css';

/**
 * 从业人员名册: the enterprise keeps it on its phone (`editable`); its officers and supervisors read
 * it on the enterprise page, with the certificates that have expired or soon will at the top.
 */
export function RosterPage({ enterpriseId, editable }: { enterpriseId: string; editable: boolean }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const staff = useObservable<EnterprisePerson[]>(() => observeRoster(db, enterpriseId), [], [db, enterpriseId]);
  const [editing, setEditing] = useState<EnterprisePerson | 'new' | null>(null);
  const today = shanghaiDate(new Date());
  const current = staff.filter((m) => isCurrentStaff(m, today));
  if (editing) return <PersonForm enterpriseId={enterpriseId} person={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />;
  return (
    <section className="card roster" data-testid="roster">
      <div className="page-title">
        <h2>{t('roster.title')}</h2>
        <span className="muted">{t('roster.count', { current: current.length, left: staff.length - current.length })}</span>
        {editable ? <Button size="small" color="primary" data-testid="person-add" onClick={() => setEditing('new')}>{t('roster.add')}</Button> : null}
      </div>
      {editable ? null : <CertificateFindingList people={staff} today={today} />}
      {staff.length === 0 ? <p className="muted">{t('roster.empty')}</p> : null}
      <ul className="roster-list">
        {staff.map((m) => {
          const status = certificateStatus(m, today);
          const left = !isCurrentStaff(m, today);
          return (
            <li key={m.id} data-testid="person-row" data-name={m.name} data-cert={status} className={left ? 'roster-left' : undefined}>
              <div className="roster-head">
                <strong>{m.name}</strong> <span className="muted">{label(PERSON_ROLE, m.role)}</span>
                {editable ? <Button size="mini" fill="outline" data-testid="person-edit" onClick={() => setEditing(m)}>{t('roster.edit')}</Button> : null}
              </div>
              {m.phone ? <a href={`tel:${m.phone}`}>{m.phone}</a> : null}
              {m.certificateExpiry ? (
                <div className={`roster-cert cert-${status}`}>
                  {t('roster.cert', { type: m.certificateType ?? t('roster.certGeneric'), number: m.certificateNumber ?? '', date: m.certificateExpiry })}
                  {' · '}
                  {status === 'expired' ? t('roster.cert.expired') : status === 'expiring' ? t('roster.cert.expiring', { days: daysBetween(today, m.certificateExpiry) }) : t('roster.cert.valid')}
                </div>
              ) : null}
              {left && m.leftOn ? <div className="muted">{t('roster.left', { date: m.leftOn })}</div> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
