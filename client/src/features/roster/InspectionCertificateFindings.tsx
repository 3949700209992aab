import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/kit';
import { basisOf, shanghaiDate, type EnterprisePerson, type Hazard, type Inspection } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { certificateFindingCode, observeCertificateHazards, observeRoster } from '../../db/rosterRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { PERSON_ROLE } from '../../i18n/labels';
import { CertificateFindingList } from './CertificateFindingList';
import './roster.css';

/**
 * The roster's certificate findings during an inspection. An expired certificate can become a
 * hazard citing 安全生产法 第三十条第一款 (特种作业人员 must hold a valid qualification); one still
 * valid but expiring is a reminder only, not a violation yet.
 */
export function InspectionCertificateFindings({ inspection, readOnly, renderHazardForm }: {
  inspection: Inspection;
  readOnly: boolean;
  renderHazardForm: (prefill: Partial<Hazard>, onDone: (hazardId: string) => void) => ReactNode;
}) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const staff = useObservable<EnterprisePerson[]>(() => observeRoster(db, inspection.enterpriseId), [], [db, inspection.enterpriseId]);
  const linked = useObservable<Map<string, string>>(() => observeCertificateHazards(db, inspection.enterpriseId, inspection.id), new Map(), [db, inspection.enterpriseId, inspection.id]);
  const [creatingFor, setCreatingFor] = useState<string | null>(null);
  if (staff.length === 0) return null;
  return (
    <section className="card" data-testid="inspection-cert-findings">
      <h2>{t('roster.findings')}</h2>
      <CertificateFindingList people={staff} today={shanghaiDate(new Date())} action={(f) => {
        const p = f.person;
        const code = certificateFindingCode(p.id);
        const hazardId = linked.get(code);
        if (hazardId) return <> <a href={`#/hazards/${hazardId}`} data-testid="cert-hazard-link">{t('roster.findings.linked')}</a></>;
        if (readOnly || f.status !== 'expired') return null;
        const values = { name: p.name, type: p.certificateType ?? t('roster.certGeneric'), number: p.certificateNumber ?? '—', date: p.certificateExpiry ?? '', post: label(PERSON_ROLE, p.role) };
        if (creatingFor === p.id) {
          return renderHazardForm({
            title: t('roster.findings.hazardTitle', values).slice(0, 60), description: t('roster.findings.hazardDescription', values), basis: basisOf('aqf.30.1'),
            requiredMeasures: t('roster.findings.hazardMeasures'), proposedLevel: 'general', category: 'basicManagement',
            enterpriseId: inspection.enterpriseId, inspectionId: inspection.id, checklistItemCode: code,
          }, () => setCreatingFor(null));
        }
        return <Button size="mini" color="danger" fill="outline" data-testid="cert-make-hazard" onClick={() => setCreatingFor(p.id)}>{t('roster.findings.makeHazard')}</Button>;
      }} />
    </section>
  );
}
