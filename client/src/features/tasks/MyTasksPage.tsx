import { Button } from '../../ui/kit';
import type { InspectionTask, TaskStatus } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeTasksOf, setTaskStatus } from '../../db/taskRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { RISK_COLOUR } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/zh';
import './tasks.css';

const STATUS_KEY: Record<TaskStatus, MessageKey> = {
  assigned: 'tasks.status.assigned', inProgress: 'tasks.status.inProgress', done: 'tasks.status.done', cancelled: 'tasks.status.cancelled',
};

/** 我的任务: the 双随机 inspections drawn for this officer, kept on the device for offline work. */
export function MyTasksPage({ userId, onInspect }: { userId: string; onInspect: (enterpriseId: string) => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const tasks = useObservable<InspectionTask[]>(() => observeTasksOf(db, userId), [], [db, userId]);
  return (
    <section data-testid="my-tasks">
      <div className="page-title"><h1>{t('tasks.title')}</h1><span className="muted">{t('tasks.count', { count: tasks.length })}</span></div>
      {tasks.length === 0 ? <p className="card muted">{t('tasks.none')}</p> : null}
      {tasks.map((task) => {
        const partners = task.assigneeNames.filter((_, n) => task.assigneeIds[n] !== userId);
        return (
          <article key={task.id} className="card task-row" data-testid="task-row" data-task-id={task.id} data-enterprise-id={task.enterpriseId} data-status={task.status}>
            <div className="task-main">
              <strong className="task-name">{task.enterpriseName}</strong>
              <span className={`risk risk-${task.riskColour}`}>{label(RISK_COLOUR, task.riskColour)}</span>
              <span className={`task-status task-${task.status}`}>{t(STATUS_KEY[task.status])}</span>
            </div>
            <div className="muted">{task.townName} · {task.enterpriseAddress}</div>
            <div className="muted">{t('tasks.due', { date: task.dueDate })} · {t('tasks.partner', { names: partners.join('、') || '—' })}</div>
            <div className="task-actions">
              {task.status === 'assigned' ? <Button size="small" color="primary" data-testid="task-start" onClick={() => void setTaskStatus(db, task.id, 'inProgress').then(() => onInspect(task.enterpriseId))}>{t('tasks.start')}</Button> : null}
              {task.status === 'inProgress' ? <Button size="small" data-testid="task-open" onClick={() => onInspect(task.enterpriseId)}>{t('tasks.open')}</Button> : null}
              {task.status === 'assigned' || task.status === 'inProgress' ? (
                <Button size="small" color="success" data-testid="task-done" onClick={() => void setTaskStatus(db, task.id, 'done')}>{t('tasks.done')}</Button>
              ) : null}
            </div>
          </article>
        );
      })}
    </section>
  );
}
