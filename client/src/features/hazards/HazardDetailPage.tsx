import type { ReactNode } from 'react';
import { Button } from '../../ui/kit';
import { useDatabase } from '../../db/DatabaseContext';
import { observeHazardView, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_CATEGORY, HAZARD_LEVEL, HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { HazardActions } from './HazardActions';
import { HazardStateTag } from './HazardStateTag';
import { HazardTimeline } from './HazardTimeline';
import { ListingPanel } from './ListingPanel';

/** A hazard, its full history and the actions this user may take now (judged like the server does). */
export function HazardDetailPage({ id, onBack, renderPhotos, renderPhotoPicker, renderAcceptedReferral }: {
  id: string;
  /** What follows an accepted referral (立案), composed by the app. */
  renderAcceptedReferral?: (() => ReactNode) | undefined;
  onBack: () => void;
  renderPhotos?: (hashes: string[]) => ReactNode;
  renderPhotoPicker?: (onAdded: (hashes: string[]) => void) => ReactNode;
}) {
  const { t, label, dateTime } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const view = useObservable<HazardView | null | undefined>(() => observeHazardView(db, id), undefined, [db, id]);
  if (view === undefined) return <p className="muted">{t('enterprises.loading')}</p>;
  if (view === null || !author) return <p className="muted">{t('hazard.notFound')}</p>;
  const { hazard, status } = view;
  const field = (name: Parameters<typeof t>[0], value: string) => (
    <div><dt>{t(name)}</dt><dd>{value || t('common.none')}</dd></div>
  );

  return (
    <>
      <div className="page-title">
        <Button size="small" onClick={onBack}>{t('nav.back')}</Button>
        <h1 data-testid="hazard-heading">{hazard.title}</h1>
        <HazardStateTag view={view} />
      </div>
      <section className="card">
        <dl className="fields">
          {field('hazard.field.description', hazard.description)}
          {field('hazard.field.location', hazard.location)}
          {field('hazard.field.level', label(HAZARD_LEVEL, status.level))}
          {field('hazard.field.category', label(HAZARD_CATEGORY, hazard.category))}
          {field('hazard.field.source', label(HAZARD_SOURCE, hazard.source))}
          {field('hazard.field.basis', hazard.basis)}
          {field('hazard.field.measures', hazard.requiredMeasures)}
          {status.referral ? <div data-testid="hazard-referral" data-state={status.referral.state}><dt>{t('referral.field')}</dt><dd>{t('referral.by', { name: status.referral.referredByName, time: dateTime(status.referral.referredAt) })} · {t(`referral.outcome.${status.referral.state}`, { name: status.referral.decidedByName ?? '', reason: status.referral.reason ?? '' })}</dd></div> : null}
        </dl>
        {status.referral?.state === 'accepted' ? renderAcceptedReferral?.() : null}
        {renderPhotos && hazard.photosBefore.length > 0 ? renderPhotos(hazard.photosBefore) : null}
      </section>
      <ListingPanel status={status} />
      <section className="card">
        <h2>{t('hazard.actions')}</h2>
        <HazardActions view={view} renderPhotoPicker={renderPhotoPicker} />
      </section>
      <section className="card">
        <h2>{t('hazard.timeline')}</h2>
        <HazardTimeline events={view.events} status={status} renderPhotos={renderPhotos} />
      </section>
    </>
  );
}
