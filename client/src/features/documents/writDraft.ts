import {
  nextProvisionalWritNo, shanghaiDate, type Enterprise, type Hazard, type HazardEvent, type HazardStatus, type Inspection, type Writ, type WritDecision, type WritItem, type WritKind,
} from '@anxun/shared-schema';
import { legalBasisText, WRIT_TITLE } from './writWording';

export interface WritSources {
  id: string;
  kind: WritKind;
  enterprise: Enterprise;
  inspection?: Inspection | undefined;
  hazards: readonly { hazard: Hazard; status: HazardStatus; events: readonly HazardEvent[] }[];
  issuer: { userId: string; displayName: string };
  deviceId: string;
  /** Provisional numbers already on this device. */
  existingNos: readonly string[];
  /** The enterprise's writs on this device: a 整改复查意见书 refers to the notice or order it re-checks. */
  priorWrits?: readonly Writ[] | undefined;
  /** 现场处理措施决定书: the measures decided on site. */
  decision?: WritDecision | undefined;
  /** Officers named besides the issuer (the second enforcement officer), with their 执法证号. */
  coOfficers?: readonly { name: string; certNo?: string | undefined }[] | undefined;
  /** The issuer's 执法证号, when known. */
  issuerCertNo?: string | undefined;
  now: Date;
}

const accepted = (e: HazardEvent) => !e.verdict || e.verdict.accepted;
const last = <T>(list: readonly T[], test: (item: T) => boolean): T | undefined => list.filter(test).at(-1);

function itemOf(kind: WritKind, { hazard, status, events }: WritSources['hazards'][number]): WritItem {
  const verdict = last(events, (e) => e.type === 'verify' && accepted(e));
  const evidence = last(events, (e) => e.type === 'submitRectification' && accepted(e));
  return {
    hazardId: hazard.id,
    title: hazard.title,
    description: hazard.description,
    location: hazard.location,
    level: status.level,
    basis: hazard.basis,
    measures: hazard.requiredMeasures,
    ...(status.deadline ? { deadline: status.deadline } : {}),
    photosBefore: hazard.photosBefore,
    ...(kind === 'recheckOpinion'
      ? {
          photosAfter: evidence?.payload.photos ?? [],
          ...(verdict ? { recheck: { passed: verdict.payload.passed === true, opinion: verdict.payload.reason ?? verdict.payload.text ?? '' } } : {}),
        }
      : {}),
  };
}

/**
 * The writ as issued on this device: everything printed is copied in (enterprise, hazards,
 * verdicts), so the record stays what was served whatever changes later.
 */
export function draftWrit(s: WritSources): Writ {
  const { enterprise, inspection } = s;
  const items = s.hazards.map((h) => itemOf(s.kind, h));
  const deadline = items.map((i) => i.deadline).filter((d): d is string => d !== undefined).sort()[0];
  const principal = enterprise.people.find((p) => p.role === 'principal') ?? enterprise.people.find((p) => p.role === 'safetyLead');
  const rechecked = s.kind === 'recheckOpinion' ? s.hazards.flatMap((h) => h.events.filter((e) => e.type === 'verify' && accepted(e))).at(-1) : undefined;
  const at = s.now.toISOString();
  // Officers named on the writ: the issuer, and officers who signed the inspection (enforcement needs two).
  const cosigners = (inspection?.signatures ?? []).filter((sig) => sig.signerRole === 'officer' && sig.signerName && sig.signerName !== s.issuer.displayName);
  return {
    id: s.id,
    kind: s.kind,
    enterpriseId: enterprise.id,
    ...(inspection ? { inspectionId: inspection.id } : {}),
    hazardIds: items.map((i) => i.hazardId),
    townCode: enterprise.areaCode.slice(0, 9),
    townName: enterprise.townName,
    ...(enterprise.gridIds[0] ? { gridId: enterprise.gridIds[0] } : {}),
    provisionalNo: nextProvisionalWritNo(s.deviceId, shanghaiDate(s.now), s.existingNos),
    party: {
      name: enterprise.name,
      uscc: enterprise.uscc,
      address: enterprise.siteAddress || enterprise.regAddress,
      legalRepresentative: principal?.name ?? '',
      ...(principal?.phone ? { phone: principal.phone } : {}),
    },
    place: enterprise.siteAddress,
    inspectedAt: rechecked?.deviceTime ?? inspection?.startedAt ?? at,
    findings: s.kind === 'onsiteRecord' ? inspection?.summary ?? '' : s.kind === 'recheckOpinion' ? recheckFindings(items) : '',
    items,
    legalBasis: legalBasisText(s.kind, {
      deadline, townCode: enterprise.areaCode.slice(0, 9), itemBases: items.map((i) => i.basis), refersTo: s.kind === 'recheckOpinion' ? rectifiedUnder(s) : undefined, decision: s.decision,
    }),
    ...(s.decision ? { decision: s.decision } : {}),
    // Only the notice and the order set a deadline; the record and the opinion report item deadlines.
    ...(deadline && (s.kind === 'rectificationNotice' || s.kind === 'orderToRectify') ? { deadline } : {}),
    issuedAt: at,
    issuedBy: s.issuer.userId,
    officers: [
      { id: s.issuer.userId, name: s.issuer.displayName, ...(s.issuerCertNo ? { certNo: s.issuerCertNo } : {}) },
      ...[...cosigners.map((c) => ({ name: c.signerName, certNo: undefined })), ...(s.coOfficers ?? [])]
        .filter((o, i, all) => o.name.trim() && o.name.trim() !== s.issuer.displayName && all.findIndex((x) => x.name === o.name) === i)
        .map((o, i) => ({ id: `cosigner-${i + 1}`, name: o.name.trim(), ...(o.certNo?.trim() ? { certNo: o.certNo.trim() } : {}) })),
    ],
    signatures: inspection?.signatures ?? [],
    updatedAt: at,
  };
}

function recheckFindings(items: readonly WritItem[]): string {
  const passed = items.filter((i) => i.recheck?.passed).length;
  const failed = items.filter((i) => i.recheck && !i.recheck.passed).length;
  return `复查隐患${items.length}项，已整改${passed}项，未整改或整改不合格${failed}项。`;
}

/** The latest order (or, failing one, notice) naming the re-checked hazards, as its number is printed. */
function rectifiedUnder(s: WritSources): { title: string; no: string } | undefined {
  const ids = new Set(s.hazards.map((h) => h.hazard.id));
  const covering = (kind: WritKind) => (s.priorWrits ?? []).filter((w) => w.kind === kind && w.hazardIds.some((id) => ids.has(id))).sort((a, b) => (a.issuedAt < b.issuedAt ? -1 : 1)).at(-1);
  const writ = covering('orderToRectify') ?? covering('rectificationNotice');
  return writ ? { title: `《${WRIT_TITLE[writ.kind]}》`, no: writ.officialNo ?? `临时编号${writ.provisionalNo}` } : undefined;
}
