import { useCallback, useEffect, useState } from 'react';
import { shanghaiDate, type Binding, type BindingKind, type Enterprise, type Grid, type ManagedUser } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises, observeGrids } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { accountsApi } from '../../sync/accountsApi';
import { placesApi } from '../../sync/placesApi';
import { BindingHistory } from './BindingHistory';

type Mode = 'grid' | 'enterprise' | 'person';
const KINDS: Record<Exclude<Mode, 'person'>, BindingKind[]> = { grid: ['gridOfficer', 'fireGuide', 'enterpriseGridPerson'], enterprise: ['dualOfficer'] };

/**
 * 绑定与历史: who is bound to a grid (网格员, 消防指导员, the enterprise-side 网格员) or to an
 * enterprise (双网格员), from when to when, per grid, per enterprise and per person. Binding
 * and ending change what the officer's tablet holds at its next sync; ended bindings stay listed.
 */
export function BindingsPage() {
  const { t } = useI18n();
  const db = useDatabase();
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const [officers, setOfficers] = useState<ManagedUser[]>([]);
  const [mode, setMode] = useState<Mode>('grid');
  const [target, setTarget] = useState('');
  // Kept with the target it belongs to, so another target's history never shows while loading.
  const [history, setHistory] = useState<{ target: string; bindings: Binding[] }>({ target: '', bindings: [] });
  const [form, setForm] = useState({ kind: 'gridOfficer' as BindingKind, userId: '', personName: '', personPhone: '', partnerName: '', startsOn: shanghaiDate(new Date()) });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    accountsApi.users().then((users) => setOfficers(users.filter((u) => u.role === 'officer')), (e: unknown) => setError(problemText(e, t)));
  }, [t]);
  const key = mode === 'grid' ? { gridId: target } : mode === 'enterprise' ? { enterpriseId: target } : { userId: target };
  const load = useCallback(() => {
    if (!target) return;
    placesApi.bindings(key).then((bindings) => setHistory({ target, bindings }), (e: unknown) => setError(problemText(e, t)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key is derived from mode and target
  }, [mode, target, t]);
  useEffect(load, [load]);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      load();
    } catch (e) {
      setError(problemText(e, t));
    }
  };
  const bind = () => run(() => placesApi.bind({
    kind: form.kind, ...key, startsOn: form.startsOn,
    ...(form.kind === 'enterpriseGridPerson' ? { personName: form.personName.trim(), ...(form.personPhone ? { personPhone: form.personPhone.trim() } : {}) } : { userId: form.userId }),
    ...(form.partnerName ? { partnerName: form.partnerName.trim() } : {}),
  }));
  const switchMode = (next: Mode) => {
    setMode(next);
    setTarget('');
    if (next !== 'person') setForm({ ...form, kind: KINDS[next][0] as BindingKind });
  };
  const targetName = (b: Binding) => (b.gridId ? grids.find((g) => g.id === b.gridId)?.name ?? b.gridId : enterprises.find((e) => e.id === b.enterpriseId)?.name ?? b.enterpriseId ?? '');
  const options = mode === 'grid' ? grids.map((g) => ({ id: g.id, name: g.name })) : mode === 'enterprise' ? enterprises.map((e) => ({ id: e.id, name: e.name })) : officers.map((o) => ({ id: o.id, name: `${o.displayName}（${o.username}）` }));
  const fitting = officers.filter((o) => (form.kind === 'fireGuide' ? o.officerKind === 'fireGuide' : form.kind === 'gridOfficer' ? o.officerKind !== 'fireGuide' : true));
  return (
    <>
      <h1>{t('bindings.title')}</h1>
      <p className="muted">{t('bindings.help')}</p>
      <div className="console-counts" role="radiogroup" aria-label={t('bindings.by')}>
        {(['grid', 'enterprise', 'person'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'console-button primary' : 'console-button'} onClick={() => switchMode(m)} data-testid={`bindings-by-${m}`}>{t(`bindings.by.${m}`)}</button>
        ))}
        <select aria-label={t(`bindings.by.${mode}`)} value={target} onChange={(e) => setTarget(e.target.value)} data-testid="bindings-target">
          <option value="">{t('bindings.choose')}</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </div>
      {target && mode !== 'person' ? (
        <form className="console-counts" data-testid="binding-form" onSubmit={(e) => { e.preventDefault(); void bind(); }}>
          <select aria-label={t('bindings.kind')} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as BindingKind })} data-testid="binding-kind">
            {KINDS[mode].map((k) => <option key={k} value={k}>{t(`bindings.kind.${k}`)}</option>)}
          </select>
          {form.kind === 'enterpriseGridPerson' ? (
            <>
              <input aria-label={t('bindings.personName')} placeholder={t('bindings.personName')} value={form.personName} onChange={(e) => setForm({ ...form, personName: e.target.value })} data-testid="binding-person" />
              <input aria-label={t('bindings.personPhone')} placeholder={t('bindings.personPhone')} value={form.personPhone} onChange={(e) => setForm({ ...form, personPhone: e.target.value })} />
            </>
          ) : (
            <select aria-label={t('bindings.officer')} value={form.userId} onChange={(e) => setForm({ ...form, userId: e.target.value })} data-testid="binding-officer">
              <option value="">{t('bindings.chooseOfficer')}</option>
              {fitting.map((o) => <option key={o.id} value={o.id}>{o.displayName}（{o.username}）</option>)}
            </select>
          )}
          {form.kind === 'dualOfficer' ? <input aria-label={t('bindings.partner')} placeholder={t('bindings.partner')} value={form.partnerName} onChange={(e) => setForm({ ...form, partnerName: e.target.value })} /> : null}
          <label>{t('bindings.starts')} <input type="date" value={form.startsOn} max={shanghaiDate(new Date())} onChange={(e) => setForm({ ...form, startsOn: e.target.value })} data-testid="binding-starts" /></label>
          <button type="submit" className="console-button primary" data-testid="binding-create" disabled={form.kind === 'enterpriseGridPerson' ? !form.personName.trim() : !form.userId}>{t('bindings.bind')}</button>
        </form>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {target ? <BindingHistory bindings={history.target === target ? history.bindings : []} targetName={targetName} onEnd={(b, endsOn) => void run(() => placesApi.endBinding(b.id, endsOn))} /> : <p className="muted">{t('bindings.pick')}</p>}
    </>
  );
}
