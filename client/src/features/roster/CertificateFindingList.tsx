import type { ReactNode } from 'react';
import { certificateFindings, type CertificateFinding, type EnterprisePerson } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

/** Expired certificates (red) and those expiring within 30 days (amber), each with an optional action. */
export function CertificateFindingList({ people, today, action }: { people: readonly EnterprisePerson[]; today: string; action?: (finding: CertificateFinding) => ReactNode }) {
  const { t } = useI18n();
  const findings = certificateFindings(people, today);
  if (findings.length === 0) return <p className="muted" data-testid="cert-findings-none">{t('roster.findings.none')}</p>;
  return (
    <div className="cert-findings" data-testid="cert-findings">
      <h3>{t('roster.findings')}</h3>
      <ul>
        {findings.map((f) => {
          const p = f.person;
          const values = { name: p.name, type: p.certificateType ?? t('roster.certGeneric'), number: p.certificateNumber ?? '—', date: p.certificateExpiry ?? '', days: Math.abs(f.daysLeft) };
          return (
            <li key={p.id} className={`cert-${f.status}`} data-testid="cert-finding" data-status={f.status}>
              {f.status === 'expired' ? t('roster.findings.expired', values) : t('roster.findings.expiring', values)}
              {action?.(f)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
