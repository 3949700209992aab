import { newId, type PublicReportReceipt, type PublicReportSubmission } from '@anxun/shared-schema';
import type { PublicReportStore } from '../store/PublicReportStore';
import { newReportCode, newUploadToken, secretDigest } from './reportSecrets';

/**
 * Stores a report from the public and hands back its code and upload token, which are kept only
 * as digests. The enterprise name is matched against the ledger here, on the server, so the
 * public page never needs (and never gets) a way to list enterprises.
 */
export async function submitReport(store: PublicReportStore, submission: PublicReportSubmission, now: Date): Promise<PublicReportReceipt | 'unknown_town'> {
  const towns = await store.towns();
  if (!towns.some((t) => t.code === submission.townCode)) return 'unknown_town';
  const matched = submission.enterpriseName ? await store.matchEnterprise(submission.townCode, submission.enterpriseName) : null;
  const id = `rpt-${newId()}`;
  const code = newReportCode();
  const uploadToken = newUploadToken();
  await store.insert({ id, codeDigest: secretDigest(code), uploadTokenDigest: secretDigest(uploadToken), submission, matchedEnterpriseId: matched, receivedAt: now });
  return { code, reportId: id, uploadToken, receivedAt: now.toISOString() };
}
