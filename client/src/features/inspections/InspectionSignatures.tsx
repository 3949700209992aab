import { useState } from 'react';
import { Button } from '../../ui/kit';
import type { Inspection } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { SignaturePad } from '../../ui/SignaturePad';
import type { InspectionCounts } from './inspectionSummary';
import { missingSignatures } from './signatureRules';

type SignerRole = 'officer' | 'enterpriseRepresentative';

/** Signatures of the inspector and the enterprise's representative (a refusal is recorded), then finish. */
export function InspectionSignatures({ inspection, counts, readOnly, onSave }: { inspection: Inspection; counts: InspectionCounts; readOnly: boolean; onSave: (next: Inspection) => void }) {
  const { t, dateTime } = useI18n();
  const [names, setNames] = useState<Record<SignerRole, string>>({ officer: '', enterpriseRepresentative: '' });
  const [refusal, setRefusal] = useState<{ witness: string; reason: string } | null>(null);
  const missing = missingSignatures(inspection);
  const signature = (role: SignerRole) => inspection.signatures.find((s) => s.signerRole === role);
  const sign = (role: SignerRole, image: string | undefined, refused?: { witness: string; reason: string }) =>
    onSave({ ...inspection, signatures: [...inspection.signatures.filter((s) => s.signerRole !== role), {
      signerRole: role, signerName: names[role].trim(), refused: refused !== undefined, at: new Date().toISOString(), ...(image ? { image } : {}),
      ...(refused ? { witness: refused.witness.trim(), refusalReason: refused.reason.trim() } : {}),
    }] });
  const refusalReady = refusal !== null && names.enterpriseRepresentative.trim() !== '' && refusal.witness.trim() !== '' && refusal.reason.trim() !== '';
  const finish = () => {
    if (missing.length > 0) return;
    if (counts.open > 0 && !window.confirm(t('inspect.unanswered', { count: counts.open }))) return;
    const summary = t('inspect.summaryCounts', { pass: counts.pass, fail: counts.fail, na: counts.na, open: counts.open, hazards: counts.hazards });
    onSave({ ...inspection, status: 'finished', finishedAt: new Date().toISOString(), summary });
  };
  const pad = (role: SignerRole, caption: string) => {
    const done = signature(role);
    return (
      <div key={role} className="signer" data-testid={`signer-${role}`}>
        <h3>{caption}</h3>
        {done ? (
          <p>{done.refused ? t('inspect.refused') : t('inspect.signed')} · {done.signerName} · {dateTime(done.at)} {done.image ? <img src={done.image} alt={done.signerName} height={48} /> : null}
            {done.refused && done.witness ? <span className="muted" data-testid="refusal-record"> · {t('inspect.witness')} {done.witness} · {t('inspect.refusalReason')} {done.refusalReason}</span> : null}</p>
        ) : readOnly ? null : (
          <>
            <input data-testid={`signer-name-${role}`} aria-label={t('inspect.signerName')} placeholder={t('inspect.signerName')} value={names[role]} onChange={(e) => setNames({ ...names, [role]: e.target.value })} />
            <SignaturePad testId={`signature-${role}`} labels={{ clear: t('inspect.clear'), confirm: t('inspect.saveSignature') }} onSigned={(png) => names[role].trim() ? sign(role, png) : window.alert(t('inspect.nameFirst'))} />
            {role === 'enterpriseRepresentative' && inspection.type !== 'selfCheck' ? (
              refusal === null ? <Button size="small" onClick={() => setRefusal({ witness: '', reason: '' })} data-testid="signature-refused">{t('inspect.refused')}</Button> : (
                <div className="refusal-form" data-testid="refusal-form">
                  <label>{t('inspect.witness')}<input data-testid="refusal-witness" value={refusal.witness} onChange={(e) => setRefusal({ ...refusal, witness: e.target.value })} /></label>
                  <label>{t('inspect.refusalReason')}<textarea data-testid="refusal-reason" rows={2} value={refusal.reason} onChange={(e) => setRefusal({ ...refusal, reason: e.target.value })} /></label>
                  <p className="muted">{t('inspect.refusalNeeds')}</p>
                  <Button size="small" color="danger" disabled={!refusalReady} data-testid="refusal-record-submit" onClick={() => sign(role, undefined, refusal)}>{t('inspect.recordRefusal')}</Button>
                  <Button size="small" onClick={() => setRefusal(null)}>{t('edit.cancel')}</Button>
                </div>
              )
            ) : null}
          </>
        )}
      </div>
    );
  };
  return (
    <section className="card action-form" data-testid="inspection-finish">
      <h2>{t('inspect.summary')}</h2>
      <p data-testid="inspection-summary">{inspection.summary || t('inspect.summaryCounts', { pass: counts.pass, fail: counts.fail, na: counts.na, open: counts.open, hazards: counts.hazards })}</p>
      {inspection.type === 'selfCheck' ? null : pad('officer', t('inspect.signOfficer'))}
      {pad('enterpriseRepresentative', t('inspect.signEnterprise'))}
      {readOnly ? <p className="state state-CLOSED" data-testid="inspection-finished">{t('inspect.finished')}</p>
        : (
          <>
            {missing.length > 0 ? <p className="form-warning" data-testid="finish-blocked">{t('inspect.needsSignatures')}</p> : null}
            <Button color="primary" block data-testid="finish-inspection" disabled={missing.length > 0} onClick={finish}>{t('inspect.finish')}</Button>
          </>
        )}
    </section>
  );
}
