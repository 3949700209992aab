import type { z } from 'zod';
import { daysBetween } from './dates';
import type { EnterprisePerson, PersonRole } from './enterprise';
import { ExamPost } from './exam';

/**
 * The staff roster (从业人员名册) is the enterprise's `people`: these are its pure rules — whose
 * certificate is a finding, who still works there, which 逢查必考 post a person sits.
 */

/** The post of an examinee: the exam's 岗位 (every post but `all`, which is 通用). */
export const StaffPost = ExamPost.exclude(['all']);
export type StaffPost = z.infer<typeof StaffPost>;

const POST_OF_ROLE: Record<PersonRole, StaffPost> = {
  principal: 'principal', safetyLead: 'safetyManager', safetyOfficer: 'safetyManager', safetyMonitor: 'safetyManager',
  registeredEngineer: 'safetyManager', fireOfficer: 'safetyManager', specialOperator: 'specialOperator', frontline: 'frontline',
};

/** The 岗位 whose questions a person of the roster gets. */
export const staffPostOf = (person: Pick<EnterprisePerson, 'role'>): StaffPost => POST_OF_ROLE[person.role];

/** Days before expiry from which a certificate shows amber. */
export const CERTIFICATE_WARNING_DAYS = 30;

export type CertificateStatus = 'none' | 'valid' | 'expiring' | 'expired';

/** A certificate's state on `today` (Asia/Shanghai date): valid through its expiry day, amber 30 days before. */
export function certificateStatus(person: Pick<EnterprisePerson, 'certificateExpiry'>, today: string): CertificateStatus {
  if (!person.certificateExpiry) return 'none';
  const left = daysBetween(today, person.certificateExpiry);
  return left < 0 ? 'expired' : left <= CERTIFICATE_WARNING_DAYS ? 'expiring' : 'valid';
}

/** Whether the person still works there on `today` (they leave at the start of `leftOn`). */
export const isCurrentStaff = (person: Pick<EnterprisePerson, 'leftOn'>, today: string) => person.leftOn === undefined || person.leftOn > today;

export interface CertificateFinding {
  person: EnterprisePerson;
  status: 'expiring' | 'expired';
  /** Negative once expired. */
  daysLeft: number;
}

/** The certificates an inspection should raise: current staff only, expired first, then soonest to expire. */
export function certificateFindings(people: readonly EnterprisePerson[], today: string): CertificateFinding[] {
  return people
    .filter((p) => isCurrentStaff(p, today))
    .flatMap((person): CertificateFinding[] => {
      const status = certificateStatus(person, today);
      if ((status !== 'expired' && status !== 'expiring') || !person.certificateExpiry) return [];
      return [{ person, status, daysLeft: daysBetween(today, person.certificateExpiry) }];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.person.name.localeCompare(b.person.name));
}
