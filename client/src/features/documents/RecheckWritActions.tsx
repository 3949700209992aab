import { useState } from 'react';
import { Button } from '../../ui/kit';
import { useDatabase } from '../../db/DatabaseContext';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { issueWrit } from './issueWrit';
import { useHazardWrits } from './useHazardWrits';
import { WritLinks } from './WritLinks';
import { issuableKinds } from './writPermissions';
import { WRIT_TITLE } from './writWording';

/** On a hazard that has been re-checked: issue the 整改复查意见书 with the verdict. */
export function RecheckWritActions({ hazardId, onOpen }: { hazardId: string; onOpen: (writId: string) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const { view, enterprise, writs } = useHazardWrits(hazardId);
  const [error, setError] = useState<string | null>(null);
  if (!view || !enterprise || !author) return null;
  const own = writs.filter((w) => w.hazardIds.includes(hazardId));
  const rechecked = view.events.some((e) => e.type === 'verify' && (!e.verdict || e.verdict.accepted));
  const canIssue = rechecked && issuableKinds(author.principal, ['recheckOpinion']).length > 0;
  if (!canIssue && own.length === 0) return null;
  const issue = async () => {
    const result = await issueWrit(db, { kind: 'recheckOpinion', enterprise, hazards: [view], priorWrits: own, issuer: { userId: author.principal.userId, displayName: author.principal.displayName } });
    if (result.ok) onOpen(result.writ.id);
    else setError(result.message);
  };
  return (
    <section className="card" data-testid="hazard-writs">
      <h2>{t('writ.heading')}</h2>
      {canIssue ? <Button size="small" data-testid="issue-writ-recheckOpinion" onClick={() => void issue()}>{t('writ.issue', { title: WRIT_TITLE.recheckOpinion })}</Button> : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <WritLinks writs={own} />
    </section>
  );
}
