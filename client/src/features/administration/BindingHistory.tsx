import { useState } from 'react';
import { shanghaiDate, type Binding } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The history of bindings, current first, then ended ones newest first. A current binding can be
 * ended on a date (today by default); an ended one stays listed with its period.
 */
export function BindingHistory({ bindings, targetName, onEnd }: { bindings: readonly Binding[]; targetName: (b: Binding) => string; onEnd?: (b: Binding, endsOn: string) => void }) {
  const { t } = useI18n();
  const today = shanghaiDate(new Date());
  const [endsOn, setEndsOn] = useState<Record<string, string>>({});
  const ordered = [...bindings].sort((a, b) => Number(a.endsOn !== null) - Number(b.endsOn !== null) || b.startsOn.localeCompare(a.startsOn));
  if (ordered.length === 0) return <p className="muted" data-testid="binding-history-empty">{t('bindings.none')}</p>;
  return (
    <table className="hazard-table" data-testid="binding-history">
      <thead>
        <tr><th>{t('bindings.kind')}</th><th>{t('bindings.target')}</th><th>{t('bindings.person')}</th><th>{t('bindings.starts')}</th><th>{t('bindings.ends')}</th><th>{t('bindings.state')}</th>{onEnd ? <th /> : null}</tr>
      </thead>
      <tbody>
        {ordered.map((b) => (
          <tr key={b.id} data-testid="binding-row" data-current={String(b.endsOn === null)}>
            <td>{t(`bindings.kind.${b.kind}`)}</td>
            <td>{targetName(b)}</td>
            <td>{b.personName}{b.personPhone ? `（${b.personPhone}）` : ''}{b.partnerName ? ` ↔ ${b.partnerName}` : ''}</td>
            <td className="nowrap">{b.startsOn}</td>
            <td className="nowrap">{b.endsOn ?? '—'}</td>
            <td>{b.endsOn === null ? <strong>{t('bindings.current')}</strong> : t('bindings.ended')}</td>
            {onEnd ? (
              <td className="nowrap">{b.endsOn === null ? (
                <>
                  <input type="date" aria-label={t('bindings.ends')} value={endsOn[b.id] ?? today} min={b.startsOn} max={today} onChange={(e) => setEndsOn({ ...endsOn, [b.id]: e.target.value })} />
                  <button type="button" className="console-button" data-testid="binding-end" onClick={() => onEnd(b, endsOn[b.id] ?? today)}>{t('bindings.end')}</button>
                </>
              ) : null}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
