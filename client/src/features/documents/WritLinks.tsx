import type { Writ } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { WRIT_TITLE } from './writWording';

/** Writs as links to their print pages, each with the number it has (official, or provisional). */
export function WritLinks({ writs }: { writs: readonly Writ[] }) {
  const { t, dateTime } = useI18n();
  if (writs.length === 0) return <p className="muted">{t('writ.none')}</p>;
  return (
    <ul className="writ-links">
      {writs.map((w) => (
        <li key={w.id} data-testid="writ-link-item">
          <a href={`#/documents/${encodeURIComponent(w.id)}`} data-testid={`writ-link-${w.kind}`}>{WRIT_TITLE[w.kind]}</a>
          {' · '}
          {w.officialNo ? <span data-testid="writ-link-official">{w.officialNo}</span> : <span className="muted">{t('writ.provisional', { no: w.provisionalNo })}</span>}
          {' · '}
          <span className="muted">{dateTime(w.issuedAt)}</span>
        </li>
      ))}
    </ul>
  );
}
