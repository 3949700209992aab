import { useState } from 'react';
import { Button } from '../../ui/kit';
import type { Enterprise, Inspection, Writ, WritKind } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { observeInspection } from '../../db/inspectionRepository';
import { useObservable } from '../../db/useObservable';
import { observeWrits } from '../../db/writRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { issueWrit } from './issueWrit';
import { WritLinks } from './WritLinks';
import { issuableKinds } from './writPermissions';
import { WRIT_TITLE } from './writWording';

/** On an inspection: issue its 现场检查记录, and a 隐患整改通知书 / 责令限期整改指令书 for its hazards. */
export function InspectionWritActions({ inspectionId, onOpen }: { inspectionId: string; onOpen: (writId: string) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const inspection = useObservable<Inspection | null>(() => observeInspection(db, inspectionId), null, [db, inspectionId]);
  const enterpriseId = inspection?.enterpriseId ?? '';
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, enterpriseId), null, [db, enterpriseId]);
  const views = useObservable<HazardView[]>(() => observeHazardViews(db, { enterpriseId }), [], [db, enterpriseId]);
  const writs = useObservable<Writ[]>(() => observeWrits(db, enterpriseId), [], [db, enterpriseId]);
  const [error, setError] = useState<string | null>(null);
  if (!inspection || !enterprise || !author) return null;
  const hazards = views.filter((v) => v.hazard.inspectionId === inspection.id || inspection.answers.some((a) => a.hazardId === v.hazard.id));
  const kinds = issuableKinds(author.principal, hazards.length > 0 ? ['onsiteRecord', 'rectificationNotice', 'orderToRectify'] : ['onsiteRecord']);
  const issued = writs.filter((w) => w.inspectionId === inspection.id);
  // Nothing to issue and nothing issued (an enterprise's own self-check): no empty 执法文书 card.
  if (kinds.length === 0 && issued.length === 0) return null;
  const issue = async (kind: WritKind) => {
    const result = await issueWrit(db, {
      kind, enterprise, inspection, hazards: kind === 'onsiteRecord' || hazards.length > 0 ? hazards : [],
      issuer: { userId: author.principal.userId, displayName: author.principal.displayName },
    });
    if (result.ok) onOpen(result.writ.id);
    else setError(result.message);
  };
  return (
    <section className="card" data-testid="inspection-writs">
      <h2>{t('writ.heading')}</h2>
      <div className="action-buttons">
        {kinds.map((kind) => (
          <Button key={kind} size="small" data-testid={`issue-writ-${kind}`} onClick={() => void issue(kind)}>{t('writ.issue', { title: WRIT_TITLE[kind] })}</Button>
        ))}
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <WritLinks writs={issued} />
    </section>
  );
}
