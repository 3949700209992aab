import type { ReactNode } from 'react';
import type { HazardDetail } from '@anxun/shared-schema';
import { HAZARD_CATEGORY, HAZARD_EVENT, HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, PERSON_ROLE, RISK_COLOUR, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { overviewApi } from '../../sync/overviewApi';
import { loadErrorText } from './loadError';
import { StateBadges } from './StateBadges';
import { useServerQuery } from './useServerQuery';

/** One hazard from the server: its record, enterprise, timeline (author, device and server time), photos, and the enterprise's other hazards. */
export function HazardDrilldown({ id, onOpen, onClose, renderPhotos }: {
  id: string;
  onOpen: (id: string) => void;
  onClose: () => void;
  renderPhotos?: ((hashes: string[]) => ReactNode) | undefined;
}) {
  const { t } = useI18n();
  const query = useServerQuery(() => overviewApi.hazard(id), id);
  const detail = query.data?.hazard.id === id ? query.data : null;
  return (
    <aside className="drilldown" data-testid="hazard-drilldown" data-hazard-id={id}>
      {query.error ? <p className="form-error" role="alert">{loadErrorText(query.error, t)}</p> : null}
      {!detail ? (
        <div className="head"><p className="muted" style={{ flex: 1 }}>{t('console.loading')}</p><button type="button" className="console-button" onClick={onClose}>{t('console.drill.close')}</button></div>
      ) : <DrilldownBody detail={detail} onOpen={onOpen} onClose={onClose} renderPhotos={renderPhotos} />}
    </aside>
  );
}

function DrilldownBody({ detail, onOpen, onClose, renderPhotos }: { detail: HazardDetail; onOpen: (id: string) => void; onClose: () => void; renderPhotos?: ((hashes: string[]) => ReactNode) | undefined }) {
  const { t, label, dateTime } = useI18n();
  const { hazard, status, enterprise } = detail;
  const row = (name: string, value: ReactNode) => <><dt>{name}</dt><dd>{value}</dd></>;
  const missing = detail.photos.filter((p) => !p.onServer).length;
  return (
    <>
      <div className="head">
        <h2 data-testid="drilldown-title">{hazard.title}</h2>
        <button type="button" className="console-button" data-testid="drilldown-close" onClick={onClose}>{t('console.drill.close')}</button>
      </div>
      <p><StateBadges state={status.state} level={status.level} overdueDays={status.overdueDays} /></p>
      <dl>
        {row(t('hazard.field.source'), label(HAZARD_SOURCE, hazard.source))}
        {row(t('hazard.field.category'), label(HAZARD_CATEGORY, hazard.category))}
        {row(t('hazard.field.location'), hazard.location || t('common.none'))}
        {row(t('console.table.deadline'), status.deadline ?? t('common.none'))}
        {row(t('console.table.foundAt'), dateTime(hazard.foundAt))}
        {row(t('hazard.field.description'), hazard.description || t('common.none'))}
        {row(t('hazard.field.basis'), hazard.basis || t('common.none'))}
      </dl>
      {status.failedRechecks > 0 ? <p className="overdue-text">{t('console.drill.failedRechecks', { count: status.failedRechecks })}</p> : null}
      {detail.photos.length > 0 ? (
        <>
          <h3>{t('console.drill.photos', { count: detail.photos.length, missing })}</h3>
          {renderPhotos ? renderPhotos(detail.photos.map((p) => p.hash)) : null}
        </>
      ) : null}

      <h3>{t('console.drill.enterprise')}</h3>
      {enterprise ? (
        <dl data-testid="drilldown-enterprise">
          {row(t('console.table.enterprise'), <a href={`#/enterprises/${encodeURIComponent(enterprise.id)}`}>{enterprise.name}</a>)}
          {row(t('console.drill.uscc'), enterprise.uscc)}
          {row(t('console.drill.address'), `${enterprise.townName}${enterprise.villageName} ${enterprise.siteAddress}`)}
          {row(t('console.drill.grids'), enterprise.gridNames.join('、') || t('common.none'))}
          {row(t('console.filter.category'), label(SUPERVISION_CATEGORY, enterprise.supervisionCategory))}
          {row(t('console.filter.tag'), `${label(RISK_COLOUR, enterprise.riskColour)}${enterprise.tags.map((g) => `、${label(ENTERPRISE_TAG, g)}`).join('')}`)}
          {row(t('console.drill.people'), enterprise.people.map((p) => `${label(PERSON_ROLE, p.role)} ${p.name}${p.phone ? ` ${p.phone}` : ''}`).join('；') || t('common.none'))}
        </dl>
      ) : <p className="muted">{t('console.drill.noEnterprise')}</p>}

      <h3>{t('console.drill.timeline')}</h3>
      <ol className="timeline" data-testid="drilldown-timeline">
        {detail.events.map(({ event: e, serverTime }) => {
          const refused = e.verdict && !e.verdict.accepted;
          const details = [e.payload.deadline && `${t('hazard.field.deadline')} ${e.payload.deadline}`, e.payload.reason, e.payload.measures, e.payload.text].filter(Boolean).join(' · ');
          return (
            <li key={e.id} className={refused ? 'rejected' : e.verdict ? 'accepted' : 'pending'} data-testid="drilldown-event" data-type={e.type}>
              <div className="what">{label(HAZARD_EVENT, e.type)} · {e.actorName}</div>
              {details ? <div>{details}</div> : null}
              <div className="when">
                {t('console.drill.deviceTime', { time: dateTime(e.deviceTime) })} · {t('console.drill.serverTime', { time: dateTime(serverTime) })}
                {e.verdict ? '' : ` · ${t('console.drill.waiting')}`}
              </div>
              {refused ? <div className="form-error">{t('console.drill.refused', { reason: e.verdict?.reason ?? '' })}</div> : null}
            </li>
          );
        })}
      </ol>

      <h3>{t('console.drill.enterpriseHazards', { count: detail.enterpriseHazards.length })}</h3>
      <ul className="mini" data-testid="drilldown-enterprise-hazards">
        {detail.enterpriseHazards.map((h) => (
          <li key={h.hazardId}>
            <button type="button" disabled={h.hazardId === hazard.id} onClick={() => onOpen(h.hazardId)}>{h.title}</button>
            <StateBadges state={h.state} level={h.level} overdueDays={h.overdueDays} />
          </li>
        ))}
      </ul>
    </>
  );
}
