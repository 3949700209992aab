import { useMemo, type ReactNode } from 'react';
import type { Enterprise } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_LEVEL, HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { referralInbox, type ReferralSection } from './referralInbox';

/**
 * 抄告收件箱 (吹哨员): hazards of the officer's grids referred to enforcement. An enforcement
 * officer accepts or returns them (actions through `renderActions`, judged like the server does);
 * the referring officer follows the outcome here and in 通知. Works offline.
 */
export function ReferralInboxPage({ renderActions }: { renderActions?: (view: HazardView) => ReactNode }) {
  const { t, label, dateTime } = useI18n();
  const db = useDatabase();
  const views = useObservable<HazardView[]>(() => observeHazardViews(db), [], [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const names = useMemo(() => new Map(enterprises.map((e) => [e.id, e.name])), [enterprises]);
  const inbox = useMemo(() => referralInbox(views), [views]);

  const row = (view: HazardView, section: ReferralSection) => {
    const { hazard, status } = view;
    const referral = status.referral;
    if (!referral) return null;
    return (
      <div key={hazard.id} className="queue-row" data-testid="referral-item" data-section={section} data-id={hazard.id}>
        <div className="rect-card-head">
          <a className="rect-title" href={`#/hazards/${encodeURIComponent(hazard.id)}`}>{hazard.title}</a>
          <span className={`state state-${status.state}`}>{label(HAZARD_STATE, status.state)}</span>
          {status.level === 'major' ? <span className="level-major">{label(HAZARD_LEVEL, 'major')}</span> : null}
        </div>
        <div className="muted">
          {names.get(hazard.enterpriseId) ?? hazard.enterpriseId} · {t('referral.by', { name: referral.referredByName, time: dateTime(referral.referredAt) })}
          {referral.note ? ` · ${referral.note}` : ''}
        </div>
        {referral.decidedByName ? <div data-testid="referral-outcome">{t(`referral.outcome.${referral.state}` as MessageKey, { name: referral.decidedByName, reason: referral.reason ?? '' })}</div> : null}
        {section === 'pending' ? renderActions?.(view) : null}
      </div>
    );
  };
  const sections: [ReferralSection, MessageKey][] = [['pending', 'referral.pending'], ['accepted', 'referral.accepted'], ['returned', 'referral.returned']];
  return (
    <>
      <div className="page-title"><h1>{t('referral.title')}</h1></div>
      {sections.map(([section, title]) => (
        <section key={section} className="card" data-testid={`referrals-${section}`}>
          <h2>{t(title, { count: inbox[section].length })}</h2>
          {inbox[section].length === 0 ? <p className="muted">{t('referral.empty')}</p> : inbox[section].slice(0, 200).map((v) => row(v, section))}
        </section>
      ))}
    </>
  );
}
