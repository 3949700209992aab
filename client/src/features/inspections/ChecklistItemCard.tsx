import type { ReactNode } from 'react';
import type { AnswerResult, ChecklistAnswer, ChecklistItem } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

/** One checklist item: 符合 / 不符合 / 不适用, a note, photos, and for a failure the hazard it became. */
export function ChecklistItemCard({ item, answer, onAnswer, onNote, photos, hazardSlot, readOnly }: {
  item: ChecklistItem;
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
        <input className="note" data-testid={`note-${item.code}`} placeholder={t('inspect.note')} defaultValue={answer.note} disabled={readOnly} onBlur={(e) => e.target.value !== answer.note && onNote(e.target.value)} />
      ) : null}
      {answer ? photos : null}
      {answer?.result === 'fail' ? hazardSlot : null}
    </div>
  );
}
