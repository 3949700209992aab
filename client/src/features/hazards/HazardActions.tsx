import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/kit';
import { availableActions, judgeEvent, newHazardEvent, newId, shanghaiDate, supervisorLevel, type HazardEventPayload, type HazardEventType } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { addHazardEvent, type HazardView } from '../../db/hazardRepository';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { draftForms } from '../../db/formDrafts';
import { actionDraftForm, discardActionDraft, HazardActionForm } from './HazardActionForm';
import { guardIssueText } from '../../i18n/problemText';
import { refusalText } from '../../i18n/refusalText';

/**
 * The workflow actions this user may take on a hazard now (judged like the server does), each
 * opening its form. `only` narrows them for a list (整改清单, 复查队列); the detail page shows all.
 */
export function HazardActions({ view, only, renderPhotoPicker }: {
  view: HazardView;
  only?: readonly HazardEventType[];
  renderPhotoPicker?: (onAdded: (hashes: string[]) => void) => ReactNode;
}) {
  const { t, label, language } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const { hazard, status } = view;
  const actions = author ? availableActions(hazard, status, author).map((a) => a.type).filter((type) => !only || only.includes(type)) : [];
  // A form left half-filled (an app update reloaded the page) opens again with what was typed.
  const [acting, setActingState] = useState<HazardEventType | null>(() => {
    const drafted = author ? draftForms(author.principal.userId, actionDraftForm(hazard.id)) : [];
    return actions.find((type) => drafted.includes(actionDraftForm(hazard.id, type))) ?? null;
  });
  if (!author) return null;
  const userId = author.principal.userId;
  const setActing = (next: HazardEventType | null) => {
    if (acting && next !== acting) discardActionDraft(userId, hazard.id, acting);
    setActingState(next);
  };
  if (actions.length === 0) return null;

  const act = async (type: HazardEventType, payload: HazardEventPayload) => {
    // A rectification is evidence: it needs at least one photo after the work (issue 13, item 9).
    if (type === 'submitRectification' && (payload.photos ?? []).length === 0) return t('rect.needsAfterPhoto');
    const event = newHazardEvent(hazard, type, payload, author, newId());
    // The server's own judge, with this device's date: a request it would refuse (an extension to
    // an earlier or past day) is refused here, in words, before it is saved.
    const judged = judgeEvent(hazard, status, event, shanghaiDate(new Date()));
    if (!judged.ok) return refusalText({ code: judged.code, reason: judged.reason, type }, language);
    const result = await addHazardEvent(db, event);
    if (!result.ok) {
      // A missing payload field is named in the user's words, not the schema's.
      return guardIssueText(result.issues, t);
    }
    setActing(null);
    return null;
  };

  return (
    <div className="hazard-actions" data-testid="hazard-actions">
      <div className="action-buttons">
        {actions.map((type) => (
          <Button key={type} size="small" data-testid={`action-${type}`} color={acting === type ? 'primary' : 'default'} onClick={() => setActing(type)}>{label(HAZARD_EVENT, type)}</Button>
        ))}
      </div>
      {acting ? <HazardActionForm key={acting} draft={{ userId, hazardId: hazard.id }} type={acting} listingLevel={supervisorLevel(author.principal.areaCode)} onSubmit={(payload) => act(acting, payload)} onCancel={() => setActing(null)} renderPhotoPicker={renderPhotoPicker} /> : null}
    </div>
  );
}
