import type { Writ } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { useObservable } from '../../db/useObservable';
import { observeWrits } from '../../db/writRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { WritLinks } from './WritLinks';

/** 执法文书 of one enterprise, on its page. */
export function EnterpriseWritList({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useI18n();
  const db = useDatabase();
  const writs = useObservable<Writ[]>(() => observeWrits(db, enterpriseId), [], [db, enterpriseId]);
  return (
    <section className="card" data-testid="enterprise-writs">
      <h2>{t('writ.ofEnterprise')}</h2>
      <WritLinks writs={writs} />
    </section>
  );
}
