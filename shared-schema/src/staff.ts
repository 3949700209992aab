import { z } from 'zod';
import { daysBetween } from './dates';
import { ExamPost } from './exam';
import { DocumentBase, Id, LocalDate, ShortText } from './primitives';

/** The post of a staff member: the exam's 岗位 (every post but `all`, which is 通用). */
export const StaffPost = ExamPost.exclude(['all']);
export type StaffPost = z.infer<typeof StaffPost>;

/** 特种作业操作证: its type (电工作业、焊接与热切割作业…), number and the date it expires. */
export const SpecialOperationCertificate = z.object({
  type: z.string().trim().min(1).max(50),
  number: z.string().trim().min(1).max(40),
  expiresOn: LocalDate,
});
export type SpecialOperationCertificate = z.infer<typeof SpecialOperationCertificate>;

/**
 * 从业人员名册: one person of an enterprise, kept by the enterprise on its phone, read by its
 * officers and supervisors (scope enterpriseOwned, never another enterprise). A person who leaves
 * keeps their record with `leftOn` set: past quizzes name them.
 */
export const StaffMember = z.object({
  ...DocumentBase,
  enterpriseId: Id,
  name: ShortText,
  post: StaffPost,
  /** 主要负责人: always examined at enforcement inspections (六化 plan, task 14). */
  isPrincipal: z.boolean(),
  phone: z.string().regex(/^[0-9+\- ]{5,20}$/).optional(),
  certificate: SpecialOperationCertificate.optional(),
  leftOn: LocalDate.optional(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** Days before expiry from which a certificate shows amber. */
export const CERTIFICATE_WARNING_DAYS = 30;

export type CertificateStatus = 'none' | 'valid' | 'expiring' | 'expired';

/** A certificate's state on `today` (Asia/Shanghai date): valid through its expiry date, amber 30 days before. */
export function certificateStatus(member: Pick<StaffMember, 'certificate'>, today: string): CertificateStatus {
  if (!member.certificate) return 'none';
  const left = daysBetween(today, member.certificate.expiresOn);
  return left < 0 ? 'expired' : left <= CERTIFICATE_WARNING_DAYS ? 'expiring' : 'valid';
}

/** Whether the person still works there on `today`. */
export const isCurrentStaff = (member: Pick<StaffMember, 'leftOn'>, today: string) => member.leftOn === undefined || member.leftOn > today;

export interface CertificateFinding {
  member: StaffMember;
  status: 'expiring' | 'expired';
  daysLeft: number;
}

/** The certificates an inspection should raise: current staff only, expired first, then soonest to expire. */
export function certificateFindings(staff: readonly StaffMember[], today: string): CertificateFinding[] {
  return staff
    .filter((m) => isCurrentStaff(m, today))
    .flatMap((member): CertificateFinding[] => {
      const status = certificateStatus(member, today);
      if ((status !== 'expired' && status !== 'expiring') || !member.certificate) return [];
      return [{ member, status, daysLeft: daysBetween(today, member.certificate.expiresOn) }];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.member.name.localeCompare(b.member.name));
}
