import { z } from 'zod';
import { HazardCategory, HazardLevel } from './hazard';
import { Id, IsoDateTime, LocalDate, PhotoHash } from './primitives';

/**
 * 举报: a report from the public, made without an account. It is NOT a replicated document: the
 * reporter's contact must never reach a pull, an overview or an export, so reports live in their
 * own table and are read only through the handling supervisor's endpoints.
 */

/** No 0/O, 1/I/L: a code read aloud or copied from a phone screen is not misread. 31 symbols. */
export const REPORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31^12 ≈ 7.9 × 10^17 codes: guessing one at the tracking rate limit takes longer than the app lives. */
export const REPORT_CODE_LENGTH = 12;
/** At most this many photos per report (each ≤ MAX_PHOTO_BYTES, downscaled on the phone). */
export const MAX_REPORT_PHOTOS = 6;
/**
 * A report photo is at most 3 MB: the phone sends it downscaled (2048 px JPEG, usually under
 * 1.5 MB). With 300 reports an hour overall, a flood stores at most 300 × 6 × 3 MB ≈ 5.4 GB/h.
 */
export const MAX_REPORT_PHOTO_BYTES = 3 * 1024 * 1024;

const CODE_PATTERN = new RegExp(`^[${REPORT_CODE_ALPHABET}]{${REPORT_CODE_LENGTH}}$`);

/** A tracking code as typed: spaces and dashes dropped, upper-cased, then checked. */
export const ReportCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/[\s-]/g, '').toUpperCase() : v),
  z.string().regex(CODE_PATTERN, 'tracking code: 12 letters and digits'),
);

/** Groups of four, for reading and noting down: 7K3M-Q9XB-2HPD. */
export function formatReportCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Free text from an anonymous form: trimmed, bounded; control characters other than line breaks refused. */
const isControl = (code: number): boolean => (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
const PublicText = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine((s) => ![...s].some((ch) => isControl(ch.charCodeAt(0))), 'control characters are not allowed');

export const TownCode = z.string().regex(/^[0-9]{9}$/, 'town code: 9 digits');

export const ReportContact = z.object({
  name: PublicText(1, 40).optional(),
  /** Mainland mobile or landline digits, optionally with +86, dashes or spaces. */
  phone: z.string().trim().regex(/^(\+?86[ -]?)?[0-9][0-9 -]{5,18}[0-9]$/, 'phone: digits only').optional(),
}).strict();
export type ReportContact = z.infer<typeof ReportContact>;

export const ReportLocation = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000).optional(),
}).strict();

/** What the public page sends. Photos are declared by hash and uploaded after, bound to the report. */
export const PublicReportSubmission = z.object({
  townCode: TownCode,
  description: PublicText(10, 2000),
  address: PublicText(2, 200),
  location: ReportLocation.optional(),
  enterpriseName: PublicText(1, 100).optional(),
  photos: z.array(PhotoHash).max(MAX_REPORT_PHOTOS).refine((a) => new Set(a).size === a.length, 'each photo once').default([]),
  contact: ReportContact.optional(),
}).strict();
export type PublicReportSubmission = z.infer<typeof PublicReportSubmission>;

/** The answer to a submission: the code to note, and the one-time credential for its photo uploads. */
export const PublicReportReceipt = z.object({
  code: z.string(),
  reportId: Id,
  uploadToken: z.string(),
  receivedAt: IsoDateTime,
});
export type PublicReportReceipt = z.infer<typeof PublicReportReceipt>;

/** Stored handling states. */
export const REPORT_STATUSES = ['received', 'verifying', 'verified', 'dismissed'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** What the reporter sees (受理 → 核实中 → 已立为隐患/整改中 → 已办结, or 不予立案). */
export const PUBLIC_PROGRESS = ['received', 'verifying', 'hazardOpened', 'rectifying', 'closed', 'dismissed'] as const;
export const PublicProgress = z.enum(PUBLIC_PROGRESS);
export type PublicProgress = z.infer<typeof PublicProgress>;

/** The whole answer of tracking: no identity, no enterprise, no internal note, no officer. */
export const PublicReportTrack = z.object({
  progress: PublicProgress,
  receivedAt: IsoDateTime,
  /** When the report was last handled (verification, dismissal), if it was. */
  handledAt: IsoDateTime.optional(),
  /** The supervisor's reason meant for the public (dismissals only). */
  publicReason: z.string().optional(),
}).strict();
export type PublicReportTrack = z.infer<typeof PublicReportTrack>;

export const TownList = z.array(z.object({ code: TownCode, name: z.string() }));

/** A report as the handling supervisor sees it (the only answer that carries the contact). */
export const InboxReport = z.object({
  id: Id,
  townCode: TownCode,
  townName: z.string(),
  status: ReportStatus,
  progress: PublicProgress,
  receivedAt: IsoDateTime,
  description: z.string(),
  address: z.string(),
  location: ReportLocation.nullable(),
  enterpriseName: z.string().nullable(),
  /** The ledger enterprise the name matched on submission, in the report's town. */
  matchedEnterprise: z.object({ id: Id, name: z.string() }).nullable(),
  /** Declared photos; `uploaded` false while the phone has not sent it (or never will). */
  photos: z.array(z.object({ hash: PhotoHash, uploaded: z.boolean() })),
  contact: ReportContact.nullable(),
  assignedOfficer: z.object({ id: Id, name: z.string() }).nullable(),
  /** What the officer sent to check reported back (核实情况), if they did. */
  check: z.object({ found: z.boolean(), note: z.string(), at: IsoDateTime }).nullable(),
  hazardId: Id.nullable(),
  publicReason: z.string().nullable(),
  internalNote: z.string().nullable(),
  handledAt: IsoDateTime.nullable(),
});
export type InboxReport = z.infer<typeof InboxReport>;

/** 指派核实: an officer of the report's town goes to look. */
export const AssignReportRequest = z.object({ officerId: Id, note: PublicText(1, 500).optional() }).strict();
/** 核实属实: becomes a hazard of source 举报 on a ledger enterprise. */
export const VerifyReportRequest = z.object({
  enterpriseId: Id,
  title: PublicText(1, 200),
  category: HazardCategory,
  level: HazardLevel,
  /** 限期整改 deadline of a general hazard; a major one is reported for confirmation instead. */
  deadline: LocalDate.optional(),
  requiredMeasures: PublicText(1, 4000),
  /** Attach the reporter's photos to the hazard (then its readers see them). */
  includePhotos: z.boolean(),
  internalNote: PublicText(1, 500).optional(),
}).strict().refine((r) => r.level === 'major' || r.deadline !== undefined, { path: ['deadline'], message: 'a general hazard needs a deadline' });
export type VerifyReportRequest = z.infer<typeof VerifyReportRequest>;
/** 不予立案: the public reason is shown to whoever holds the code; the internal note never is. */
export const DismissReportRequest = z.object({ publicReason: PublicText(4, 300), internalNote: PublicText(1, 500).optional() }).strict();

export const InboxReportList = z.object({ reports: z.array(InboxReport) });

/** What the officer sent to check sees: the report without the reporter, notes or decisions. */
export const AssignedReport = InboxReport.pick({
  id: true, townName: true, receivedAt: true, description: true, address: true, location: true, enterpriseName: true, matchedEnterprise: true, photos: true, check: true,
});
export type AssignedReport = z.infer<typeof AssignedReport>;
export const AssignedReportList = z.object({ reports: z.array(AssignedReport) });
/** 核实情况: found on site (属实) or not, and what was seen. */
export const ReportCheckRequest = z.object({ found: z.boolean(), note: PublicText(2, 1000) }).strict();
export type ReportCheckRequest = z.infer<typeof ReportCheckRequest>;
export const OfficerOption = z.object({ id: Id, name: z.string() });
