import { useEffect, useState } from 'react';
import { addDays, shanghaiDate, type DrawInspector, type Grid } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeGrids } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiError } from '../../sync/apiClient';
import { supervisorApi, type DrawSummary } from '../../sync/supervisorApi';
import { DrawForm } from './DrawForm';
import { drawRequestOf, emptyDrawForm, type DrawFormState } from './drawForm';
import { DrawResult } from './DrawResult';
import './draws.css';
import { problemText } from '../../i18n/problemText';

/** 双随机: run a draw on the server (it picks and records the seed), see it, replay it. Needs the network. */
export function DrawsPage() {
  const { t } = useI18n();
  const db = useDatabase();
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const [inspectors, setInspectors] = useState<DrawInspector[]>([]);
  const [draws, setDraws] = useState<DrawSummary[]>([]);
  const [form, setForm] = useState<DrawFormState>(() => emptyDrawForm(addDays(shanghaiDate(new Date()), 30)));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const explain = (error: unknown) => {
    const code = error instanceof ApiError ? error.code : '';
    if (code === 'draw_pool_too_small') return t('draws.error.pool');
    if (code === 'draw_population_too_small') return t('draws.error.population');
    if (code === 'network') return t('draws.error.offline');
    return problemText(error, t);
  };
  useEffect(() => {
    Promise.all([supervisorApi.inspectors(), supervisorApi.draws()]).then(([i, d]) => { setInspectors(i); setDraws(d); }, (e: unknown) => setFailure(explain(e)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once; explain only formats
  }, []);
  const submit = () => {
    setBusy(true);
    setFailure(null);
    supervisorApi.runDraw(drawRequestOf(form)).then(
      ({ population: _population, ...made }) => setDraws((list) => [made, ...list.filter((d) => d.id !== made.id)]),
      (e: unknown) => setFailure(explain(e)),
    ).finally(() => setBusy(false));
  };
  const inspectorName = (id: string) => inspectors.find((o) => o.userId === id)?.displayName ?? id;
  return (
    <section data-testid="draws-page">
      <div className="page-title"><h1>{t('draws.title')}</h1></div>
      <DrawForm form={form} onChange={setForm} grids={grids} inspectors={inspectors} busy={busy} onSubmit={submit} />
      {failure ? <p className="form-error" role="alert" data-testid="draw-error">{failure}</p> : null}
      {draws.length === 0 ? <p className="muted">{t('draws.none')}</p> : null}
      {draws.map((d) => <DrawResult key={d.id} draw={d} inspectorName={inspectorName} onReplay={supervisorApi.replay} />)}
    </section>
  );
}
