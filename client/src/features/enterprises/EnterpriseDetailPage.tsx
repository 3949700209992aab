import { Button } from '../../ui/kit';
import { operatingStatusWhileListed, type Enterprise, type Grid } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise, observeGrids } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, OPERATING_STATUS, PERSON_ROLE, SCALE, SUPERVISION_CATEGORY } from '../../i18n/labels';
import { RiskTag } from './RiskTag';

/** An enterprise's profile, people and special risks, from the local database. */
export function EnterpriseDetailPage({ id, onEdit, onBack }: { id: string; onEdit: () => void; onBack: () => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const enterprise = useObservable<Enterprise | null | undefined>(() => observeEnterprise(db, id), undefined, [db, id]);
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const hazards = useObservable<HazardView[]>(() => observeHazardViews(db, { enterpriseId: id }), [], [db, id]);
  if (enterprise === undefined) return <p className="muted">{t('enterprises.loading')}</p>;
  if (enterprise === null) return <p className="muted">{t('enterprise.notFound')}</p>;
  const gridNames = enterprise.gridIds.map((g) => grids.find((grid) => grid.id === g)?.name ?? g).join('、');
  const field = (key: Parameters<typeof t>[0], value: string) => (
    <div>
      <dt>{t(key)}</dt>
      <dd data-field={key}>{value || t('common.none')}</dd>
    </div>
  );

  return (
    <>
      <div className="page-title">
        <Button size="small" onClick={onBack}>{t('nav.back')}</Button>
        <h1 data-testid="enterprise-name">{enterprise.name}</h1>
        <RiskTag colour={enterprise.riskColour} />
        <Button data-testid="enterprise-edit" color="primary" size="small" onClick={onEdit}>{t('enterprise.edit')}</Button>
      </div>
      <section className="card">
        <h2>{t('enterprise.profile')}</h2>
        <dl className="fields">
          {field('field.uscc', enterprise.uscc)}
          {field('field.siteAddress', enterprise.siteAddress)}
          {field('field.regAddress', enterprise.regAddress)}
          {field('field.town', `${enterprise.townName} ${enterprise.villageName}`)}
          {field('field.grid', gridNames)}
          {field('field.supervisionCategory', label(SUPERVISION_CATEGORY, enterprise.supervisionCategory))}
          {field('field.lineDepartment', enterprise.lineDepartment)}
          {field('field.scale', label(SCALE, enterprise.scale))}
          {field('field.headcount', String(enterprise.headcount))}
          {field('field.operatingStatus', operatingStatusText(enterprise, hazards, (s) => label(OPERATING_STATUS, s), t('listing.stopOrdered')))}
          {field('field.landlord', enterprise.landlord)}
          {field('field.notes', enterprise.notes)}
        </dl>
      </section>
      <section className="card">
        <h2>{t('enterprise.tags')}</h2>
        <p>{enterprise.tags.length === 0 ? t('common.none') : enterprise.tags.map((tag) => label(ENTERPRISE_TAG, tag)).join('、')}</p>
      </section>
      <section className="card">
        <h2>{t('enterprise.people')}</h2>
        <dl className="fields">
          {enterprise.people.map((p) => (
            <div key={p.id}>
              <dt>{label(PERSON_ROLE, p.role)}</dt>
              <dd>{p.name} {p.phone ?? ''}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/** A listing's 停产停业 order overrides the profile's status while it holds (derived, never written). */
function operatingStatusText(enterprise: Enterprise, hazards: readonly HazardView[], name: (s: Enterprise['operatingStatus']) => string, stopNote: string): string {
  const shown = operatingStatusWhileListed(enterprise.operatingStatus, hazards.map((h) => h.status));
  return shown === enterprise.operatingStatus ? name(shown) : `${name(shown)}（${stopNote}）`;
}
