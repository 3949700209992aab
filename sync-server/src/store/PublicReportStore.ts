import type { InboxReport, PublicReportSubmission, ReportStatus } from '@anxun/shared-schema';
import type { HazardState } from '@anxun/shared-schema';

/** A report's photos are uploaded by `public-report/<id>` in photo_uploads: never a user id (ids have no '/'). */
export const REPORT_UPLOADER_PREFIX = 'public-report/';
export const reportUploader = (reportId: string): string => `${REPORT_UPLOADER_PREFIX}${reportId}`;

export interface NewPublicReport {
  id: string;
  codeDigest: string;
  uploadTokenDigest: string;
  submission: PublicReportSubmission;
  matchedEnterpriseId: string | null;
  receivedAt: Date;
}

/** What tracking reads: never the contact, the enterprise or a note. */
export interface TrackedReport {
  status: ReportStatus;
  hazardState: HazardState | null;
  receivedAt: Date;
  handledAt: Date | null;
  publicReason: string | null;
}

export interface ReportUploadTarget {
  photos: string[];
  uploadTokenDigest: string;
  status: ReportStatus;
  receivedAt: Date;
}

export interface ReportHandling {
  by: string;
  at: Date;
  internalNote?: string | undefined;
}

/**
 * 举报 (store/publicReportSql.ts). Every handling write is conditional on the stored status, so
 * two supervisors acting at once cannot both verify (or verify and dismiss) one report.
 */
export interface PublicReportStore {
  /** The towns that have grids: what the public page offers (names only, no ledger). */
  towns(): Promise<{ code: string; name: string }[]>;
  /** A live ledger enterprise of the town whose name is the one given (or, failing that, the only one containing it). */
  matchEnterprise(townCode: string, name: string): Promise<string | null>;
  insert(report: NewPublicReport): Promise<void>;
  byCodeDigest(codeDigest: string): Promise<TrackedReport | undefined>;
  uploadTarget(id: string): Promise<ReportUploadTarget | undefined>;
  /** Reports of towns under `areaPrefix`, newest first (the inbox). */
  under(areaPrefix: string, limit: number): Promise<InboxReport[]>;
  byId(id: string): Promise<InboxReport | undefined>;
  /** Officers with a grid in the town: who may be sent to verify. */
  officersOf(townCode: string): Promise<{ id: string; name: string }[]>;
  assign(id: string, officerId: string, handling: ReportHandling): Promise<boolean>;
  /** Reports this officer was sent to check and that still wait for a decision. */
  assignedTo(officerId: string): Promise<InboxReport[]>;
  /** The assigned officer's 核实情况; false unless the report is still with them. */
  recordCheck(id: string, officerId: string, check: { found: boolean; note: string; at: Date }): Promise<boolean>;
  /** received/verifying → verified with its hazard; false when someone handled it first. */
  markVerified(id: string, hazardId: string, handling: ReportHandling): Promise<boolean>;
  /** Undoes markVerified when the hazard could not be written (back to the status it had). */
  undoVerified(id: string, status: ReportStatus): Promise<void>;
  dismiss(id: string, publicReason: string, handling: ReportHandling): Promise<boolean>;
  /** Lets `userId` attach these photos (they hold the bytes through the report): photo_uploads rows. */
  grantPhotos(hashes: readonly string[], userId: string): Promise<void>;
  /** Counts one hit in each bucket's window and returns the counts after it. */
  hit(buckets: readonly { key: string; windowStart: Date }[]): Promise<number[]>;
}
