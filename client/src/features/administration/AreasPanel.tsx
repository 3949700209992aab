import { useState } from 'react';
import type { Area } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { placesApi } from '../../sync/placesApi';

/** 行政区划: the administrator's areas (code and name), a form to add one under their own, rename in place. */
export function AreasPanel({ areas, onChanged }: { areas: readonly Area[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ code: '', name: '' });
  const [renaming, setRenaming] = useState<{ code: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(problemText(e, t));
    }
  };
  return (
    <section data-testid="areas">
      <h2>{t('places.areas')}</h2>
      <p className="muted">{t('places.areasHelp')}</p>
      <form className="console-counts" data-testid="area-form" onSubmit={(e) => { e.preventDefault(); void run(async () => { await placesApi.createArea({ code: form.code.trim(), name: form.name.trim() }); setForm({ code: '', name: '' }); }); }}>
        <input aria-label={t('places.areaCode')} placeholder={t('places.areaCode')} value={form.code} inputMode="numeric" onChange={(e) => setForm({ ...form, code: e.target.value })} data-testid="area-code" />
        <input aria-label={t('places.areaName')} placeholder={t('places.areaName')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} data-testid="area-name" />
        <button type="submit" className="console-button primary" disabled={!form.code || !form.name} data-testid="area-create">{t('places.addArea')}</button>
      </form>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {areas.length === 0 ? <p className="muted">{t('places.noAreas')}</p> : (
        <table className="hazard-table" data-testid="area-list">
          <thead><tr><th>{t('places.areaCode')}</th><th>{t('places.areaName')}</th><th>{t('places.level')}</th><th /></tr></thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.code}>
                <td className="nowrap"><code>{a.code}</code></td>
                <td>{renaming?.code === a.code
                  ? <input aria-label={t('places.areaName')} value={renaming.name} onChange={(e) => setRenaming({ code: a.code, name: e.target.value })} data-testid="area-rename-input" />
                  : a.name}</td>
                <td>{t(a.code.length === 6 ? 'places.level.county' : a.code.length === 9 ? 'places.level.town' : 'places.level.village')}</td>
                <td className="nowrap">{renaming?.code === a.code ? (
                  <>
                    <button type="button" className="console-button primary" onClick={() => void run(async () => { await placesApi.renameArea(a.code, renaming.name.trim()); setRenaming(null); })}>{t('places.save')}</button>
                    <button type="button" className="console-button" onClick={() => setRenaming(null)}>{t('places.cancel')}</button>
                  </>
                ) : <button type="button" className="console-button" onClick={() => setRenaming({ code: a.code, name: a.name })}>{t('places.rename')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
