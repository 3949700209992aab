import { useEffect, useState } from 'react';
import { Button } from '../../ui/kit';
import {
  DEFAULT_EXAMINEES, drawExaminees, drawExamQuestions, ENFORCEMENT_INSPECTION_TYPES, examineePosts, examineeSeed, examSittingsOf, isCurrentStaff, newId,
  QUESTIONS_PER_EXAMINEE, scoreExam, shanghaiDate, StaffPost, staffPostOf, type Enterprise, type EnterprisePerson, type ExamQuestion, type ExamResult, type ExamSitting, type Inspection,
} from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { modifyInspection, observeExamQuestions } from '../../db/inspectionRepository';
import { observeRoster } from '../../db/rosterRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { STAFF_POST } from '../../i18n/labels';
import { loadExamDraft, saveExamDraft, type PendingSitting } from './examDraft';
import { ExamQuiz } from './ExamQuiz';
import { ExamReview } from './ExamReview';
import { postOfText } from './examPost';

const PASS_MARK = 60;
const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;

/**
 * 逢查必考 (S-004 annex 4 (八)): examinees drawn at random from the enterprise's roster (the
 * principal always at enforcement checks) or entered on site, each with a seeded draw of their
 * own, offline; each submitted quiz goes on the inspection and shows its review.
 */
export function ExamPanel({ inspection, readOnly }: { inspection: Inspection; readOnly: boolean }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const bank = useObservable<ExamQuestion[]>(() => observeExamQuestions(db), [], [db]);
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, inspection.enterpriseId), null, [db, inspection.enterpriseId]);
  const roster = useObservable<EnterprisePerson[]>(() => observeRoster(db, inspection.enterpriseId), [], [db, inspection.enterpriseId]);
  // Restored from the device: quizzes drawn but not submitted survive a reload (issue 13, item 12).
  const [pending, setPending] = useState<PendingSitting[]>(() => loadExamDraft(inspection.id).pending);
  const [count, setCount] = useState(DEFAULT_EXAMINEES);
  const [walkIn, setWalkIn] = useState<{ name: string; post: StaffPost }>({ name: '', post: 'frontline' });
  useEffect(() => saveExamDraft(inspection.id, { pending }), [inspection.id, pending]);
  const results = examSittingsOf(inspection);
  const today = shanghaiDate(new Date());
  const current = roster.filter((m) => isCurrentStaff(m, today));

  const sittingFor = (examinee: ExamResult['examinee'], seed: number, drawnAt: string): PendingSitting => ({
    id: newId(), examinee, seed, drawnAt, chosen: {},
    questionIds: drawExamQuestions(bank, { seed, count: QUESTIONS_PER_EXAMINEE, sectorTags: enterprise?.tags ?? [], posts: examineePosts({ post: postOfText(examinee.post), isPrincipal: examinee.isPrincipal }) }).map((q) => q.id),
  });
  const drawFromRoster = async () => {
    const seed = randomSeed();
    const drawnAt = new Date().toISOString();
    const drawn = drawExaminees(roster, { seed, count, inspectionType: inspection.type, today });
    // The examinee draw is logged on the inspection at once: who was drawn cannot be redrawn unseen.
    await modifyInspection(db, inspection.id, (latest) => ({ ...latest, examineeDraw: { seed, drawnAt, personIds: drawn.map((m) => m.id) } }));
    setPending((p) => [...p, ...drawn.map((m, i) => sittingFor({ name: m.name, post: staffPostOf(m), personId: m.id, isPrincipal: m.role === 'principal' }, examineeSeed(seed, i), drawnAt))]);
  };
  const addWalkIn = () => {
    setPending((p) => [...p, sittingFor({ name: walkIn.name.trim(), post: walkIn.post }, randomSeed(), new Date().toISOString())]);
    setWalkIn({ name: '', post: 'frontline' });
  };
  const submit = async (sitting: PendingSitting, questions: ExamQuestion[]) => {
    const answers = questions.map((q) => ({ questionId: q.id, chosen: sitting.chosen[q.id] ?? [] }));
    const scored = scoreExam(questions, answers, PASS_MARK);
    const exam: ExamSitting = {
      id: sitting.id, seed: sitting.seed, drawnAt: sitting.drawnAt, questionIds: questions.map((q) => q.id), examinee: sitting.examinee, answers, score: scored.score, passMark: PASS_MARK, passed: scored.passed,
    };
    const saved = await modifyInspection(db, inspection.id, (latest) => ({ ...latest, exams: [...(latest.exams ?? []).filter((e) => e.id !== exam.id), exam] }));
    if (!saved.ok) return;
    // The effect above then forgets the draft once nothing is pending.
    setPending((p) => p.filter((s) => s.id !== sitting.id));
  };

  if (readOnly && results.length === 0) return null;
  const draw = inspection.examineeDraw;
  return (
    <section className="card action-form" data-testid="exam-panel">
      <h2>{t('exam.title')}</h2>
      {results.length > 0 ? <p data-testid="exam-summary">{t('exam.sittings', { count: results.length, passed: results.filter((r) => r.passed).length })}</p> : null}
      {draw ? <p className="muted" data-testid="exam-examinee-draw">{t('exam.drawnFromRoster', { seed: draw.seed, pool: current.length, count: draw.personIds.length })}</p> : null}
      {results.map((r) => <ExamReview key={`${r.seed}-${r.examinee.name}`} result={r} bank={bank} />)}
      {readOnly ? null : pending.map((s) => (
        <ExamQuiz key={s.id} sitting={s} bank={bank} onChosen={(chosen) => setPending((p) => p.map((x) => (x.id === s.id ? { ...x, chosen } : x)))} onSubmit={(q) => void submit(s, q)} />
      ))}
      {readOnly ? null : (
        <>
          {draw === undefined ? (
            current.length === 0 ? <p className="muted" data-testid="exam-no-roster">{t('exam.noRoster')}</p> : (
              <div className="exam-draw-row">
                <label>{t('exam.examinees')}
                  <input type="number" min={1} max={10} data-testid="exam-count" value={count} onChange={(e) => setCount(Math.min(10, Math.max(1, Number(e.target.value) || 1)))} />
                </label>
                {ENFORCEMENT_INSPECTION_TYPES.includes(inspection.type) ? <p className="muted">{t('exam.principalAlways')}</p> : null}
                <Button size="small" color="primary" data-testid="exam-draw-examinees" disabled={bank.length === 0} onClick={() => void drawFromRoster()}>{t('exam.drawExaminees')}</Button>
              </div>
            )
          ) : null}
          <fieldset className="exam-walk-in">
            <legend>{t('exam.walkIn')}</legend>
            <label>{t('exam.name')}<input data-testid="exam-name" value={walkIn.name} onChange={(e) => setWalkIn({ ...walkIn, name: e.target.value })} /></label>
            <label>{t('exam.post')}
              <select data-testid="exam-post" value={walkIn.post} onChange={(e) => setWalkIn({ ...walkIn, post: postOfText(e.target.value) })}>
                {StaffPost.options.map((p) => <option key={p} value={p}>{label(STAFF_POST, p)}</option>)}
              </select>
            </label>
            <Button size="small" data-testid="exam-draw" disabled={!walkIn.name.trim() || bank.length === 0} onClick={addWalkIn}>{t('exam.addWalkIn')}</Button>
          </fieldset>
        </>
      )}
    </section>
  );
}
