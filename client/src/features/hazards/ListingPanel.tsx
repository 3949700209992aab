import { stopOrdered, type HazardStatus } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * 挂牌督办 on a hazard: the listing (level, number, review date, 停产停业) and the enterprise's
 * 五落实 plan with the listing authority's decision, so the enterprise sees why a plan came back.
 */
export function ListingPanel({ status }: { status: HazardStatus }) {
  const { t } = useI18n();
  const { listing, plan } = status;
  if (!listing) return null;
  return (
    <section className="card" data-testid="listing-panel">
      <h2>{t('hazard.field.listingLevel')}</h2>
      <p data-testid="hazard-listing">
        {t('listing.summary', { level: t(`recheck.level.${listing.level}`), docNo: listing.docNo, reviewDate: listing.reviewDate ?? t('register.due.none') })}
        {listing.plannedDate ? ` · ${t('hazard.field.plannedDate')} ${listing.plannedDate}` : ''}
      </p>
      {stopOrdered(status) ? <p className="banner banner-warn" data-testid="listing-stop">{t('listing.stopOrdered')}</p> : null}
      <h3>{t('plan.heading')}</h3>
      <p data-testid="plan-state">
        {plan ? t(`plan.state.${plan.state}`, { reason: plan.returnReason ?? '' }) : t('plan.state.none')}
      </p>
      {plan ? (
        <dl className="fields" data-testid="plan-fields">
          <div><dt>{t('plan.field.measures')}</dt><dd>{plan.measures}</dd></div>
          <div><dt>{t('hazard.field.responsiblePerson')}</dt><dd>{plan.responsiblePerson}</dd></div>
          <div><dt>{t('plan.field.costYuan')}</dt><dd>{plan.costYuan.toLocaleString('zh-CN')}</dd></div>
          <div><dt>{t('plan.field.deadline')}</dt><dd>{plan.deadline}</dd></div>
          <div><dt>{t('hazard.field.emergencyPlan')}</dt><dd>{plan.emergencyPlan}</dd></div>
        </dl>
      ) : status.state === 'LISTED' ? <p className="muted">{t('plan.hint')}</p> : null}
    </section>
  );
}
