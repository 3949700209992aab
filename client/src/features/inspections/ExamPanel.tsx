import { useEffect, useState } from 'react';
import { Button } from 'antd-mobile';
import { drawQuestions, scoreExam, type Enterprise, type ExamQuestion, type ExamResult, type Inspection } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { modifyInspection, observeExamQuestions } from '../../db/inspectionRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { clearExamDraft, loadExamDraft, questionsOf, saveExamDraft } from './examDraft';

const QUESTIONS = 5;
const PASS_MARK = 60;

/** 逢查必考: draw questions for a staff member with a logged seed, offline; the result goes on the inspection. */
export function ExamPanel({ inspection, readOnly }: { inspection: Inspection; readOnly: boolean }) {
  const { t } = useI18n();
  const db = useDatabase();
  const bank = useObservable<ExamQuestion[]>(() => observeExamQuestions(db), [], [db]);
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, inspection.enterpriseId), null, [db, inspection.enterpriseId]);
  // Restored from the device: a quiz drawn but not submitted survives a reload (issue 13, item 12).
  const [saved] = useState(() => loadExamDraft(inspection.id));
  const [examinee, setExaminee] = useState(saved.examinee);
  const [drawn, setDrawn] = useState(saved.draw);
  const [chosen, setChosen] = useState<Record<string, string[]>>(saved.chosen);
  const result = inspection.exam;
  useEffect(() => {
    if (!result) saveExamDraft(inspection.id, { examinee, draw: drawn, chosen });
  }, [inspection.id, result, examinee, drawn, chosen]);
  const draw = drawn ? { ...drawn, questions: questionsOf(bank, drawn.questionIds) } : null;

  if (result) {
    return (
      <section className="card" data-testid="exam-result" data-passed={String(result.passed)}>
        <h2>{t('exam.title')}</h2>
        <p>{t('exam.result', { name: result.examinee.name, post: result.examinee.post, score: result.score, pass: result.passed ? t('exam.passed') : t('exam.failed') })}</p>
        <p className="muted">{t('exam.seed', { seed: result.seed, count: result.questionIds.length })}</p>
        <ol className="exam-review" data-testid="exam-review">
          {questionsOf(bank, result.questionIds).map((q) => {
            const given = result.answers.find((a) => a.questionId === q.id)?.chosen ?? [];
            const right = [...given].sort().join('') === [...q.answer].sort().join('');
            return (
              <li key={q.id} data-testid="exam-review-item" data-correct={String(right)}>
                <span className={right ? 'exam-right' : 'exam-wrong'}>{right ? t('exam.right') : t('exam.wrong')}</span> {q.stem}
                <div className="muted">{t('exam.answered', { given: given.join('') || '—', answer: q.answer.join('') })}</div>
              </li>
            );
          })}
        </ol>
      </section>
    );
  }
  if (readOnly) return null;
  const start = () => {
    const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
    setDrawn({ seed, drawnAt: new Date().toISOString(), questionIds: drawQuestions(bank, { seed, count: QUESTIONS, sectorTags: enterprise?.tags ?? [] }).map((q) => q.id) });
    setChosen({});
  };
  const toggle = (q: ExamQuestion, key: string) =>
    setChosen((c) => ({ ...c, [q.id]: q.type === 'multiple' ? ((c[q.id] ?? []).includes(key) ? (c[q.id] ?? []).filter((k) => k !== key) : [...(c[q.id] ?? []), key]) : [key] }));
  const submit = async () => {
    if (!draw) return;
    const answers = draw.questions.map((q) => ({ questionId: q.id, chosen: chosen[q.id] ?? [] }));
    const scored = scoreExam(draw.questions, answers, PASS_MARK);
    const exam: ExamResult = { seed: draw.seed, drawnAt: draw.drawnAt, questionIds: draw.questions.map((q) => q.id), examinee, answers, score: scored.score, passMark: PASS_MARK, passed: scored.passed };
    await modifyInspection(db, inspection.id, (latest) => ({ ...latest, exam }));
    clearExamDraft(inspection.id);
  };
  return (
    <section className="card action-form" data-testid="exam-panel">
      <h2>{t('exam.title')}</h2>
      {!draw ? (
        <>
          <label>{t('exam.name')}<input data-testid="exam-name" value={examinee.name} onChange={(e) => setExaminee({ ...examinee, name: e.target.value })} /></label>
          <label>{t('exam.post')}<input data-testid="exam-post" value={examinee.post} onChange={(e) => setExaminee({ ...examinee, post: e.target.value })} /></label>
          <Button size="small" color="primary" data-testid="exam-draw" disabled={!examinee.name.trim() || bank.length === 0} onClick={start}>{t('exam.draw')}</Button>
        </>
      ) : (
        <>
          {draw.questions.map((q, i) => (
            <fieldset key={q.id} data-testid="exam-question" data-id={q.id}>
              <legend>{i + 1}. {q.stem}</legend>
              {q.options.map((o) => (
                <label key={o.key} className="check-line">
                  <input type={q.type === 'multiple' ? 'checkbox' : 'radio'} name={q.id} data-testid={`exam-${q.id}-${o.key}`} checked={(chosen[q.id] ?? []).includes(o.key)} onChange={() => toggle(q, o.key)} style={{ display: 'inline', width: 'auto' }} />
                  {o.key}. {o.text}
                </label>
              ))}
            </fieldset>
          ))}
          <Button size="small" color="primary" data-testid="exam-submit" onClick={() => void submit()}>{t('exam.submit')}</Button>
        </>
      )}
    </section>
  );
}
