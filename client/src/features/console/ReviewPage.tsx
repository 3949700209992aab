import { useState, type ReactNode } from 'react';
import type { Enterprise } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { useAuthor } from '../../sync/useAuthor';
import { ReviewItem } from './ReviewItem';
import { QUEUE_ACTIONS, reviewQueues, type ReviewQueue } from './reviewQueues';

const TITLES: Record<ReviewQueue, MessageKey> = { reported: 'console.review.reported', escalated: 'console.review.escalated', extensions: 'console.review.extensions', listing: 'console.review.listing' };

/**
 * 审核督办: reported hazards to confirm or reject, major hazards for second-level confirmation and
 * extension requests, from the supervisor's local copy of the area (works offline; decisions sync).
 */
export function ReviewPage({ renderPhotos }: { renderPhotos?: ((hashes: string[]) => ReactNode) | undefined } = {}) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const views = useObservable<HazardView[] | null>(() => observeHazardViews(db), null, [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const [saved, setSaved] = useState(0);
  if (!views || !author) return <p className="muted">{t('console.loading')}</p>;
  const names = new Map(enterprises.map((e) => [e.id, e.name]));
  const queues = reviewQueues(views);
  return (
    <>
      <h1>{t('console.review')}</h1>
      <p className="muted">{t('console.review.localNote')}</p>
      {saved > 0 ? <p className="banner banner-info" role="status" data-testid="review-saved">{t('console.review.saved')}</p> : null}
      <div className="review-grid">
        {(Object.keys(TITLES) as ReviewQueue[]).map((queue) => (
          <section key={queue} className="review-queue" data-testid={`review-queue-${queue}`}>
            <h2>{t(TITLES[queue], { count: queues[queue].length })}</h2>
            {queues[queue].length === 0 ? <p className="muted">{t('console.review.empty')}</p> : null}
            {queues[queue].map((view) => (
              <ReviewItem key={view.hazard.id} view={view} enterpriseName={names.get(view.hazard.enterpriseId) ?? view.hazard.enterpriseId}
                actions={QUEUE_ACTIONS[queue]} db={db} author={author} onSaved={() => setSaved((n) => n + 1)} renderPhotos={renderPhotos} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
