import { useEffect, type ReactNode } from 'react';
import { useFormDraft } from '../../db/formDrafts';
import type { AnswerResult, ChecklistAnswer, ChecklistItem } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

/** One checklist item: 符合 / 不符合 / 不适用, a note, photos, and for a failure the hazard it became. */
export function ChecklistItemCard({ item, answer, onAnswer, onNote, photos, hazardSlot, readOnly, draft }: {
  item: ChecklistItem;
  /** Where the note being typed is kept until it is saved (the user and this answer). */
  draft?: { userId: string; form: string } | undefined;
  answer: ChecklistAnswer | undefined;
  onAnswer: (result: AnswerResult) => void;
  onNote: (note: string) => void;
  photos?: ReactNode;
  hazardSlot?: ReactNode;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const button = (result: AnswerResult, caption: string) => (
    <button type="button" className={result} aria-pressed={answer?.result === result} data-testid={`answer-${item.code}-${result}`} disabled={readOnly} onClick={() => onAnswer(result)}>{caption}</button>
  );
  return (
    <div className="check-item" data-testid="check-item" data-code={item.code} data-result={answer?.result ?? 'open'}>
      <div className="text">{item.code} {item.text} {item.majorHazardCriterion ? <span className="level-major">{t('inspect.major')}</span> : null}</div>
      <div className="basis">{item.basis}</div>
      <div className="answer-buttons">
        {button('pass', t('inspect.pass'))}
        {button('fail', t('inspect.fail'))}
        {button('na', t('inspect.na'))}
      </div>
      {answer ? (
        <AnswerNote code={item.code} saved={answer.note} placeholder={t('inspect.note')} readOnly={readOnly} onNote={onNote} draft={draft} />
      ) : null}
      {answer ? photos : null}
      {answer?.result === 'fail' ? hazardSlot : null}
    </div>
  );
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The note of an answer: saved to the inspection when the field is left, and kept as a draft on
 * every keystroke before that, so a reload (an app update) between typing and leaving loses
 * nothing: a draft found on opening is saved at once (issue 13, item 16).
 */
function AnswerNote({ code, saved, placeholder, readOnly, onNote, draft }: {
  code: string; saved: string; placeholder: string; readOnly: boolean; onNote: (note: string) => void; draft?: { userId: string; form: string } | undefined;
}) {
  const [note, setNote, discard] = useFormDraft<string>(draft?.userId, draft?.form ?? '', () => saved, isText);
  useEffect(() => {
    if (note !== saved) onNote(note);
    discard();
    // Only on opening: a draft left by a reload is saved once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const leave = () => {
    if (note !== saved) onNote(note);
    discard();
  };
  return <input className="note" data-testid={`note-${code}`} placeholder={placeholder} value={note} disabled={readOnly} onChange={(e) => setNote(e.target.value)} onBlur={leave} />;
}
