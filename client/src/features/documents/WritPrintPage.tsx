import type { ReactNode } from 'react';
import { Button } from '../../ui/kit';
import { CASE_WRIT_KINDS, type Writ } from '@anxun/shared-schema';
import { CaseWritSheet } from './CaseWritSheet';
import { useDatabase } from '../../db/DatabaseContext';
import { useObservable } from '../../db/useObservable';
import { observeWrit } from '../../db/writRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { WritSheet } from './WritSheet';
import './writPrint.css';

/** #/documents/:id — the writ as it prints; printable offline, the official number shows once synced. */
export function WritPrintPage({ id, onBack, renderPhotos }: { id: string; onBack: () => void; renderPhotos?: (hashes: string[]) => ReactNode }) {
  const { t } = useI18n();
  const db = useDatabase();
  const writ = useObservable<Writ | null | undefined>(() => observeWrit(db, id), undefined, [db, id]);
  if (writ === undefined) return <p className="muted">{t('enterprises.loading')}</p>;
  if (writ === null) return <p className="muted">{t('writ.notFound')}</p>;
  return (
    <div className="writ-page">
      <div className="writ-toolbar">
        <Button size="small" onClick={onBack}>{t('nav.back')}</Button>
        <Button size="small" color="primary" data-testid="writ-print" onClick={() => window.print()}>{t('writ.print')}</Button>
        <span className="muted" data-testid="writ-number-state">{writ.officialNo ? t('writ.numbered') : t('writ.waitingForNumber')}</span>
      </div>
      {CASE_WRIT_KINDS.includes(writ.kind) ? <CaseWritSheet writ={writ} /> : <WritSheet writ={writ} renderPhotos={renderPhotos} />}
    </div>
  );
}
