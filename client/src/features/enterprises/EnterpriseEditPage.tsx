import { LEDGER_KEEPERS, type Enterprise, type Grid, type Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise, observeGrids, saveEnterpriseEdit } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { EnterpriseForm } from './EnterpriseForm';
import { EnterpriseStatusPanel } from './EnterpriseStatusPanel';

/** 信息采集: edit the profile on the device; saving never waits for the network. Keepers also deactivate here. */
export function EnterpriseEditPage({ id, role, userId, onDone }: { id: string; role: Role; userId: string; onDone: () => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const stored = useObservable<Enterprise | null | undefined>(() => observeEnterprise(db, id), undefined, [db, id]);
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  if (!stored) return <p className="muted">{stored === null ? t('enterprise.notFound') : t('enterprises.loading')}</p>;
  return (
    <>
      {/* The form starts from the version on screen when editing began (again after a status change); the server merges later changes. */}
      <EnterpriseForm key={stored.statusLog?.length ?? 0} initial={stored} storedUscc={stored.uscc} role={role} grids={grids} title={t('edit.title')} onSave={(draft, base) => saveEnterpriseEdit(db, base, draft)} onDone={onDone} />
      {LEDGER_KEEPERS.includes(role) ? <EnterpriseStatusPanel enterprise={stored} userId={userId} /> : null}
    </>
  );
}
