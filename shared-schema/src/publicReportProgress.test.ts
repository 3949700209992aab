import { describe, expect, it } from 'vitest';
import { HAZARD_STATES } from './hazardStates';
import { ReportCode, formatReportCode, PublicReportSubmission } from './publicReport';
import { publicProgress } from './publicReportProgress';

describe('publicProgress', () => {
  it('shows the handling status until the report is verified', () => {
    expect(publicProgress('received', null)).toBe('received');
    expect(publicProgress('verifying', null)).toBe('verifying');
    expect(publicProgress('dismissed', null)).toBe('dismissed');
  });

  it('follows the hazard once verified: opened, rectifying, closed', () => {
    expect(publicProgress('verified', 'REPORTED')).toBe('hazardOpened');
    expect(publicProgress('verified', 'RECTIFYING')).toBe('rectifying');
    expect(publicProgress('verified', 'SUBMITTED')).toBe('rectifying');
    expect(publicProgress('verified', 'LISTED')).toBe('rectifying');
    expect(publicProgress('verified', 'CLOSED')).toBe('closed');
    expect(publicProgress('verified', 'WRITTEN_OFF')).toBe('closed');
    expect(publicProgress('verified', 'VOIDED')).toBe('dismissed');
  });

  it('never answers the raw handling status "verified" for any hazard state', () => {
    for (const state of [...HAZARD_STATES, null]) expect(publicProgress('verified', state)).not.toBe('verified');
  });
});

describe('ReportCode', () => {
  it('accepts a code as typed with dashes, spaces and lower case', () => {
    expect(ReportCode.parse('7k3m-q9xb 2hpd')).toBe('7K3MQ9XB2HPD');
    expect(formatReportCode('7K3MQ9XB2HPD')).toBe('7K3M-Q9XB-2HPD');
  });

  it('refuses ambiguous symbols and wrong lengths', () => {
    expect(ReportCode.safeParse('7K3MQ9XB2HP0').success).toBe(false);
    expect(ReportCode.safeParse('7K3MQ9XB2HP').success).toBe(false);
    expect(ReportCode.safeParse("' OR 1=1 --").success).toBe(false);
  });
});

describe('PublicReportSubmission', () => {
  const valid = { townCode: '320582100', description: '仓库门口堆满纸箱，堵住了安全出口', address: '杨舍镇某路 8 号' };

  it('accepts a minimal anonymous report', () => {
    expect(PublicReportSubmission.parse(valid).photos).toEqual([]);
  });

  it('refuses unknown fields, control characters, duplicate photos and too many photos', () => {
    expect(PublicReportSubmission.safeParse({ ...valid, reporterId: 'u-1' }).success).toBe(false);
    expect(PublicReportSubmission.safeParse({ ...valid, description: '堵住了安全出口\u0007\u0007\u0007' }).success).toBe(false);
    const hash = 'a'.repeat(64);
    expect(PublicReportSubmission.safeParse({ ...valid, photos: [hash, hash] }).success).toBe(false);
    expect(PublicReportSubmission.safeParse({ ...valid, photos: Array.from({ length: 7 }, (_, i) => String(i).repeat(64)) }).success).toBe(false);
  });
});
