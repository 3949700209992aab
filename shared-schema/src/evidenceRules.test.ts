import { describe, expect, it } from 'vitest';
import { evidenceRefusal, missingHazardEvidence, missingSignatures } from './evidenceRules';
import { sampleHazard } from './testing';

const at = '2026-03-01T02:00:00Z';
const officer = { signerName: '王建国', signerRole: 'officer' as const, image: 'data:image/png;base64,x', refused: false, at };
const refusal = { signerName: '黄志强', signerRole: 'enterpriseRepresentative' as const, refused: true, witness: '李海燕', refusalReason: '有异议', at };
const finished = (signatures: object[]) => ({ type: 'gridPatrol', status: 'finished', signatures });

describe('evidence rules', () => {
  it('counts a refusal only with the refuser’s name, a witness and a reason', () => {
    expect(missingSignatures({ type: 'gridPatrol', signatures: [officer, refusal] })).toEqual([]);
    expect(missingSignatures({ type: 'gridPatrol', signatures: [officer, { ...refusal, witness: ' ' }] })).toEqual(['enterpriseRepresentative']);
    expect(missingSignatures({ type: 'selfCheck', signatures: [] })).toEqual([]);
  });

  it('asks a hazard outside a checklist for a photo and a description, one from an item for neither', () => {
    expect(missingHazardEvidence(sampleHazard())).toEqual(['photosBefore', 'description']);
    expect(missingHazardEvidence(sampleHazard({ checklistItemCode: 'GM-03' }))).toEqual([]);
  });

  it('refuses a version that newly finishes unsigned, but not an edit of one stored that way before the rule', () => {
    expect(evidenceRefusal('inspections', undefined, finished([officer]))?.code).toBe('inspection_unsigned');
    expect(evidenceRefusal('inspections', { ...finished([officer, refusal]) }, finished([officer]))?.code).toBe('inspection_unsigned');
    expect(evidenceRefusal('inspections', finished([]), { ...finished([]), summary: '补充' })).toBeNull();
    expect(evidenceRefusal('inspections', undefined, { ...finished([]), status: 'inProgress' })).toBeNull();
  });

  it('refuses taking a hazard’s photo away, while a legacy hazard without one may still be edited', () => {
    const withPhoto = sampleHazard({ description: '柜门敞开', photosBefore: ['a'.repeat(64)] });
    expect(evidenceRefusal('hazards', withPhoto, { ...withPhoto, photosBefore: [] })?.code).toBe('hazard_evidence_missing');
    const legacy = sampleHazard({ description: '柜门敞开' });
    expect(evidenceRefusal('hazards', legacy, { ...legacy, location: '二号车间' })).toBeNull();
    expect(evidenceRefusal('hazards', legacy, { ...legacy, description: '' })?.code).toBe('hazard_evidence_missing');
  });
});
