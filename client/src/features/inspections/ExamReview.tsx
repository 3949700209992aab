import type { ExamQuestion, ExamResult } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { questionsOf } from './examDraft';
import { postLabel } from './examPost';

/** One examinee's submitted quiz: for each question the answer given, the right one, the explanation and its source. */
export function ExamReview({ result, bank }: { result: ExamResult; bank: readonly ExamQuestion[] }) {
  const { t, label } = useI18n();
  return (
    <div className="exam-sitting" data-testid="exam-result" data-passed={String(result.passed)}>
      <h3>
        {t('exam.quizFor', { name: result.examinee.name, post: postLabel(result.examinee.post, label) })}
        {result.examinee.isPrincipal ? <span className="exam-principal">{t('exam.principalTag')}</span> : null}
      </h3>
      <p className={result.passed ? 'exam-right' : 'exam-wrong'}>{t('exam.score', { score: result.score, pass: result.passed ? t('exam.passed') : t('exam.failed') })}</p>
      <p className="muted">{t('exam.seed', { seed: result.seed, count: result.questionIds.length })}</p>
      <ol className="exam-review" data-testid="exam-review">
        {questionsOf(bank, result.questionIds).map((q) => {
          const given = result.answers.find((a) => a.questionId === q.id)?.chosen ?? [];
          const right = [...given].sort().join('') === [...q.answer].sort().join('');
          const text = (keys: readonly string[]) => keys.map((k) => `${k}. ${q.options.find((o) => o.key === k)?.text ?? ''}`).join('；');
          return (
            <li key={q.id} data-testid="exam-review-item" data-correct={String(right)}>
              <span className={right ? 'exam-right' : 'exam-wrong'}>{right ? t('exam.right') : t('exam.wrong')}</span> {q.stem}
              <div className="muted">{t('exam.answered', { given: given.length > 0 ? text([...given].sort()) : '—', answer: text(q.answer) })}</div>
              {q.explanation ? <div className="exam-explanation" data-testid="exam-explanation">{t('exam.explanation', { text: q.explanation })}</div> : null}
              {q.basis ? <div className="muted">{t('exam.basis', { text: q.basis })}</div> : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
