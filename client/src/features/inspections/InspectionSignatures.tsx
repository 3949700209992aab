import { useState } from 'react';
import { Button } from 'antd-mobile';
import type { Inspection } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { SignaturePad } from '../../ui/SignaturePad';
import type { InspectionCounts } from './inspectionSummary';

type SignerRole = 'officer' | 'enterpriseRepresentative';

/** Signatures of the inspector and the enterprise's representative (a refusal is recorded), then finish. */
export function InspectionSignatures({ inspection, counts, readOnly, onSave }: { inspection: Inspection; counts: InspectionCounts; readOnly: boolean; onSave: (next: Inspection) => void }) {
  const { t, dateTime } = useI18n();
  const [names, setNames] = useState<Record<SignerRole, string>>({ officer: '', enterpriseRepresentative: '' });
  const signature = (role: SignerRole) => inspection.signatures.find((s) => s.signerRole === role);
  const sign = (role: SignerRole, image: string | undefined, refused: boolean) =>
    onSave({ ...inspection, signatures: [...inspection.signatures.filter((s) => s.signerRole !== role), { signerRole: role, signerName: names[role], refused, at: new Date().toISOString(), ...(image ? { image } : {}) }] });
  const finish = () => {
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
          <p>{done.refused ? t('inspect.refused') : t('inspect.signed')} · {done.signerName} · {dateTime(done.at)} {done.image ? <img src={done.image} alt={done.signerName} height={48} /> : null}</p>
        ) : readOnly ? null : (
          <>
            <input data-testid={`signer-name-${role}`} placeholder={t('inspect.signerName')} value={names[role]} onChange={(e) => setNames({ ...names, [role]: e.target.value })} />
            <SignaturePad testId={`signature-${role}`} labels={{ clear: t('inspect.clear'), confirm: t('inspect.saveSignature') }} onSigned={(png) => sign(role, png, false)} />
            {role === 'enterpriseRepresentative' && inspection.type !== 'selfCheck' ? <Button size="mini" onClick={() => sign(role, undefined, true)} data-testid="signature-refused">{t('inspect.refused')}</Button> : null}
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
        : <Button color="primary" block data-testid="finish-inspection" onClick={finish}>{t('inspect.finish')}</Button>}
    </section>
  );
}
