import { useState, type ReactNode } from 'react';
import { Button } from 'antd-mobile';
import { availableActions, newHazardEvent, type HazardEventType } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { addHazardEvent, observeHazardView, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_CATEGORY, HAZARD_EVENT, HAZARD_LEVEL, HAZARD_SOURCE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { HazardActionForm } from './HazardActionForm';
import { HazardStateTag } from './HazardStateTag';
import { HazardTimeline } from './HazardTimeline';

/** A hazard, its full history and the actions this user may take now (judged like the server does). */
export function HazardDetailPage({ id, onBack, renderPhotos, renderPhotoPicker }: {
  id: string;
  onBack: () => void;
  renderPhotos?: (hashes: string[]) => ReactNode;
  renderPhotoPicker?: (onAdded: (hashes: string[]) => void) => ReactNode;
}) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const view = useObservable<HazardView | null | undefined>(() => observeHazardView(db, id), undefined, [db, id]);
  const [acting, setActing] = useState<HazardEventType | null>(null);
  if (view === undefined) return <p className="muted">{t('enterprises.loading')}</p>;
  if (view === null || !author) return <p className="muted">{t('hazard.notFound')}</p>;
  const { hazard, status } = view;
  const actions = availableActions(hazard, status, author).map((a) => a.type);

  const act = async (type: HazardEventType, payload: Parameters<typeof newHazardEvent>[2]) => {
    const result = await addHazardEvent(db, newHazardEvent(hazard, type, payload, author, crypto.randomUUID()));
    if (!result.ok) return result.issues.map((i) => i.message).join('；');
    setActing(null);
    return null;
  };
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
        </dl>
        {renderPhotos && hazard.photosBefore.length > 0 ? renderPhotos(hazard.photosBefore) : null}
      </section>
      <section className="card">
        <h2>{t('hazard.actions')}</h2>
        <div className="action-buttons">
          {actions.map((type) => (
            <Button key={type} size="small" data-testid={`action-${type}`} color={acting === type ? 'primary' : 'default'} onClick={() => setActing(type)}>{label(HAZARD_EVENT, type)}</Button>
          ))}
        </div>
        {acting ? <HazardActionForm key={acting} type={acting} onSubmit={(payload) => act(acting, payload)} onCancel={() => setActing(null)} renderPhotoPicker={renderPhotoPicker} /> : null}
      </section>
      <section className="card">
        <h2>{t('hazard.timeline')}</h2>
        <HazardTimeline events={view.events} status={status} renderPhotos={renderPhotos} />
      </section>
    </>
  );
}
