import { describe, expect, it } from 'vitest';
import { missingSignatures } from './signatureRules';

const at = '2026-12-01T08:00:00.000Z';
const officer = { signerRole: 'officer' as const, signerName: '王建国', refused: false, image: 'data:image/png;base64,x', at };
const principal = { signerRole: 'enterpriseRepresentative' as const, signerName: '黄志强', refused: false, image: 'data:image/png;base64,y', at };
const refusal = { signerRole: 'enterpriseRepresentative' as const, signerName: '黄志强', refused: true, witness: '李海燕', refusalReason: '对检查结果有异议', at };

describe('signatures before an inspection completes', () => {
  it('needs the inspector and the principal, or the principal’s recorded refusal', () => {
    expect(missingSignatures({ type: 'gridPatrol', signatures: [] })).toEqual(['officer', 'enterpriseRepresentative']);
    expect(missingSignatures({ type: 'gridPatrol', signatures: [officer, principal] })).toEqual([]);
    expect(missingSignatures({ type: 'gridPatrol', signatures: [officer, refusal] })).toEqual([]);
  });
  it('does not count a refusal without the refuser’s name, a witness or a reason', () => {
    for (const gap of [{ signerName: '' }, { witness: ' ' }, { refusalReason: '' }]) {
      expect(missingSignatures({ type: 'gridPatrol', signatures: [officer, { ...refusal, ...gap }] })).toEqual(['enterpriseRepresentative']);
    }
  });
  it('asks nothing of an enterprise’s self-check', () => {
    expect(missingSignatures({ type: 'selfCheck', signatures: [] })).toEqual([]);
  });
});
