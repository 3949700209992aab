import { Button } from '../../ui/kit';
import type { ExamQuestion } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { questionsOf, type PendingSitting } from './examDraft';
import { postLabel } from './examPost';

/** One examinee answering their own drawn questions; the officer hands the tablet over and submits for them. */
export function ExamQuiz({ sitting, bank, onChosen, onSubmit }: {
  sitting: PendingSitting;
  bank: readonly ExamQuestion[];
  onChosen: (chosen: Record<string, string[]>) => void;
  onSubmit: (questions: ExamQuestion[]) => void;
}) {
  const { t, label } = useI18n();
  const questions = questionsOf(bank, sitting.questionIds);
  const { chosen } = sitting;
  const toggle = (q: ExamQuestion, key: string) => {
    const mine = chosen[q.id] ?? [];
    onChosen({ ...chosen, [q.id]: q.type === 'multiple' ? (mine.includes(key) ? mine.filter((k) => k !== key) : [...mine, key]) : [key] });
  };
  const unanswered = questions.filter((q) => (chosen[q.id] ?? []).length === 0).length;
  return (
    <div className="exam-sitting" data-testid="exam-quiz" data-examinee={sitting.examinee.name}>
      <h3>
        {t('exam.quizFor', { name: sitting.examinee.name, post: postLabel(sitting.examinee.post, label) })}
        {sitting.examinee.isPrincipal ? <span className="exam-principal">{t('exam.principalTag')}</span> : null}
      </h3>
      <p className="muted">{t('exam.seed', { seed: sitting.seed, count: questions.length })}</p>
      {questions.map((q, i) => (
        <fieldset key={q.id} data-testid="exam-question" data-id={q.id}>
          <legend>{i + 1}. {q.stem}</legend>
          {q.options.map((o) => (
            <label key={o.key} className="check-line">
              <input type={q.type === 'multiple' ? 'checkbox' : 'radio'} name={`${sitting.id}-${q.id}`} data-testid={`exam-${q.id}-${o.key}`}
                checked={(chosen[q.id] ?? []).includes(o.key)} onChange={() => toggle(q, o.key)} style={{ display: 'inline', width: 'auto' }} />
              {o.key}. {o.text}
            </label>
          ))}
        </fieldset>
      ))}
      {unanswered > 0 ? <p className="muted" data-testid="exam-unanswered">{t('exam.unanswered', { count: unanswered })}</p> : null}
      <Button size="small" color="primary" data-testid="exam-submit" disabled={questions.length === 0} onClick={() => onSubmit(questions)}>{t('exam.submit')}</Button>
    </div>
  );
}
