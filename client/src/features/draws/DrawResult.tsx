import { useState } from 'react';
import { Button } from '../../ui/kit';
import type { DrawReplay } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import type { DrawSummary } from '../../sync/supervisorApi';

/** A draw's seed and result, and the auditor's replay: re-drawn from the recorded seed and inputs. */
export function DrawResult({ draw, inspectorName, onReplay }: { draw: DrawSummary; inspectorName: (id: string) => string; onReplay: (id: string) => Promise<DrawReplay> }) {
  const { t, dateTime } = useI18n();
  const [replay, setReplay] = useState<DrawReplay | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <section className="card draw-result" data-testid="draw-result" data-draw-id={draw.id}>
      <div className="draw-result-head">
        <h2>{t('draws.resultTitle', { count: draw.assignments.length })}</h2>
        <span className="muted">{dateTime(draw.createdAt)} · {draw.createdByName}</span>
        <span className="seed">{t('draws.seed')} <code data-testid="draw-seed">{draw.seed}</code></span>
        <Button size="small" data-testid="draw-replay" onClick={() => onReplay(draw.id).then((r) => { setReplay(r); setFailure(null); }, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))}>{t('draws.replay')}</Button>
      </div>
      {replay ? (
        <p className={replay.matches ? 'replay ok' : 'replay bad'} data-testid="draw-replay-result" data-matches={String(replay.matches)}>
          {replay.matches ? t('draws.replayMatches', { seed: replay.seed }) : t('draws.replayDiffers')}
          {replay.populationUnchanged ? '' : ` ${t('draws.populationChanged')}`}
        </p>
      ) : null}
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      <table className="data-table">
        <thead><tr><th>#</th><th>{t('draws.enterprise')}</th><th>{t('draws.inspectors')}</th></tr></thead>
        <tbody>
          {draw.assignments.map((a, n) => (
            <tr key={a.taskId} data-testid="draw-assignment" data-task-id={a.taskId}>
              <td>{n + 1}</td><td>{a.enterpriseName}</td><td>{a.inspectorIds.map(inspectorName).join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('draws.dueOn', { date: draw.dueDate })}</p>
    </section>
  );
}
