import { useMemo, type ReactNode } from 'react';
import { TERMINAL_STATES, type Enterprise } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { RectificationCard } from './RectificationCard';
import { rectificationGroups } from './rectificationList';

/**
 * The enterprise's home (phone first): its own open hazards by state, with countdowns and the
 * last verdict; the actions (submit rectification, ask for an extension, close its own
 * self-check findings) come from the hazards feature through `renderActions`.
 */
export function RectificationHomePage({ enterpriseId, renderPhotos, renderActions }: {
  enterpriseId: string;
  renderPhotos?: (hashes: string[]) => ReactNode;
  renderActions?: (view: HazardView) => ReactNode;
}) {
  const { t } = useI18n();
  const db = useDatabase();
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, enterpriseId), null, [db, enterpriseId]);
  const views = useObservable<HazardView[] | null>(() => observeHazardViews(db, { enterpriseId }), null, [db, enterpriseId]);
  const groups = useMemo(() => rectificationGroups(views ?? [], enterpriseId), [views, enterpriseId]);
  const closed = (views ?? []).filter((v) => TERMINAL_STATES.includes(v.status.state)).length;
  return (
    <div className="rect-home" data-testid="rectification-home" data-ready={String(enterprise !== null && views !== null)}>
      <div className="page-title">
        <h1>{t('rect.title')}</h1>
        <a className="link-button primary" data-testid="start-self-check" href={`#/enterprises/${encodeURIComponent(enterpriseId)}/inspect`}>{t('rect.startSelfCheck')}</a>
      </div>
      {enterprise ? <p className="muted rect-enterprise">{enterprise.name}</p> : null}
      {views === null ? <ListSkeleton rows={3} /> : groups.length === 0 ? <p className="muted" data-testid="rect-empty">{t('rect.empty')}</p> : null}
      {groups.map(({ group, items }) => (
        <section key={group} className="rect-group" data-testid="rect-group" data-group={group}>
          <h2 className={`rect-group-title rect-group-${group}`}>{t(`rect.group.${group}` as MessageKey)} <span className="count">{items.length}</span></h2>
          {items.map((view) => <RectificationCard key={view.hazard.id} view={view} renderPhotos={renderPhotos} renderActions={renderActions} />)}
        </section>
      ))}
      <p className="muted"><a href="#/hazards">{t('rect.allHazards')}</a> · {t('rect.closed', { count: closed })}</p>
    </div>
  );
}
