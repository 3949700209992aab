import { enterpriseIdOf, normaliseUscc, type Enterprise, type Grid, type Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeGrids, saveNewEnterprise } from '../../db/enterpriseRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { EnterpriseForm } from './EnterpriseForm';

/** An enterprise as the form starts it: nothing but defaults; its place follows the first grid chosen. */
function blankEnterprise(): Enterprise {
  return {
    id: 'ent-new', name: '', uscc: '', usccWarningAccepted: false, regAddress: '', siteAddress: '', areaCode: '', townName: '', villageName: '',
    gridIds: [], industryCode: '', supervisionCategory: 'other', lineDepartment: '', scale: 'belowSize', headcount: 0, operatingStatus: 'operating',
    riskColour: 'blue', tags: [], people: [], boundOfficerIds: [], landlord: '', notes: '', updatedAt: new Date().toISOString(),
  };
}

/** 新建企业 (administrators and supervisors): saved on this device, judged again by the server. */
export function EnterpriseCreatePage({ role, onDone }: { role: Role; onDone: (id: string | null) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const grids = useObservable<Grid[] | null>(() => observeGrids(db), null, [db]);
  if (grids === null) return <p className="muted">{t('enterprises.loading')}</p>;
  if (grids.length === 0) return <p className="form-error" role="alert">{t('ledger.noGrids')}</p>;
  return (
    <EnterpriseForm
      initial={blankEnterprise()} storedUscc={undefined} role={role} grids={grids} title={t('ledger.newTitle')}
      // The id derives from the code, as the import's does: one code, one record, whoever enters it.
      onSave={(draft) => saveNewEnterprise(db, { ...draft, id: enterpriseIdOf(normaliseUscc(draft.uscc)) })}
      onDone={(saved) => onDone(saved?.id ?? null)}
    />
  );
}
