import { z } from 'zod';
import { daysBetween } from './dates';
import { EnterpriseTag, OperatingStatus, PersonRole, RiskColour, SupervisionCategory } from './enterprise';
import { Hazard, HazardLevel, HazardSource } from './hazard';
import { HazardEvent } from './hazardEvents';
import { ListingLevel } from './listingLevel';
import { HAZARD_STATES, TO_RECTIFY_STATES, type HazardState } from './hazardStates';
import { Id, IsoDateTime, LocalDate } from './primitives';

/** 一页通览 (domain §2.6): the supervisor's query over every hazard of the area, and its answers. */

export const HazardStateName = z.enum(HAZARD_STATES);

/** A query parameter holding a comma-separated list of enum values. */
const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : v), z.array(item).min(1).max(20));

export const OverviewSort = z.enum(['foundAt', 'deadline']);
export type OverviewSort = z.infer<typeof OverviewSort>;

/**
 * GET /api/overview/hazards. Unknown parameters are refused (a typo must not silently widen the
 * list). `town` narrows within the supervisor's own area, never beyond it.
 */
export const OverviewHazardQuery = z
  .object({
    source: commaList(HazardSource).optional(),
    state: commaList(HazardStateName).optional(),
    level: HazardLevel.optional(),
    gridId: Id.optional(),
    /** The hazards of one enterprise (the drilldown lists them). */
    enterpriseId: Id.optional(),
    town: z.string().regex(/^[0-9]{2,12}$/).optional(),
    category: SupervisionCategory.optional(),
    tag: EnterpriseTag.optional(),
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    q: z.string().trim().min(1).max(100).optional(),
    /** foundAt: newest found first; deadline: earliest deadline first, hazards without one last. */
    sort: OverviewSort.default('foundAt'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(300).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type OverviewHazardQuery = z.infer<typeof OverviewHazardQuery>;

/** The deadline sort key of a hazard without a deadline (they sort last). */
export const NO_DEADLINE_KEY = '9999-12-31';

/**
 * Keyset position: the sort key and id of the last item of a page (opaque to clients). The key
 * reaches SQL as a timestamp or a date, so a forged cursor whose key is neither is refused here.
 */
export const OverviewCursor = z
  .object({ sort: OverviewSort, key: z.string().max(40), id: Id })
  .refine((c) => (c.sort === 'foundAt' ? IsoDateTime.safeParse(c.key).success : c.key === NO_DEADLINE_KEY || LocalDate.safeParse(c.key).success), {
    message: 'cursor key is not a date of its sort order',
    path: ['key'],
  });
export type OverviewCursor = z.infer<typeof OverviewCursor>;

export const OverviewHazardItem = z.object({
  hazardId: Id,
  enterpriseId: Id,
  enterpriseName: z.string(),
  title: z.string(),
  source: HazardSource,
  level: HazardLevel,
  state: HazardStateName,
  deadline: LocalDate.nullable(),
  overdue: z.boolean(),
  overdueDays: z.number().int().min(0),
  foundAt: IsoDateTime,
  closedAt: IsoDateTime.nullable(),
  listingLevel: ListingLevel.nullable(),
});
export type OverviewHazardItem = z.infer<typeof OverviewHazardItem>;

const Count = z.number().int().min(0);

export const OverviewHazardPage = z.object({
  items: z.array(OverviewHazardItem),
  /** null on the last page. */
  nextCursor: z.string().nullable(),
  /** Over everything the filter matches, not only this page. */
  counts: z.object({ bySource: z.partialRecord(HazardSource, Count), byState: z.partialRecord(HazardStateName, Count), total: Count }),
});
export type OverviewHazardPage = z.infer<typeof OverviewHazardPage>;

/** 逾期 days on `today` (Asia/Shanghai): 0 unless still to be rectified and past the deadline day. */
export function overdueDays(state: HazardState, deadline: string | null | undefined, today: string): number {
  if (!TO_RECTIFY_STATES.includes(state) || !deadline || deadline >= today) return 0;
  return daysBetween(deadline, today);
}

export const KpiGroupBy = z.enum(['area', 'grid', 'officer']);
export type KpiGroupBy = z.infer<typeof KpiGroupBy>;

/** GET /api/overview/kpis: a period of Asia/Shanghai dates, at most about a year. */
export const OverviewKpiQuery = z
  .object({ from: LocalDate, to: LocalDate, groupBy: KpiGroupBy.default('area') })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { message: 'the period may span at most 366 days', path: ['to'] });
export type OverviewKpiQuery = z.infer<typeof OverviewKpiQuery>;

/** A ratio with its parts; value null when the denominator is 0 ("no data"). */
export const RateSchema = z.object({ numerator: Count, denominator: Count, value: z.number().min(0).max(1).nullable() });

export const KpiSetSchema = z.object({
  enterprises: Count,
  hazardsFound: Count,
  voided: Count,
  inspectionCoverage: RateSchema,
  selfCheckRate: RateSchema,
  closureRate: RateSchema,
  onTimeRate: RateSchema,
  overdue: z.object({ count: Count, maxDays: Count, averageDays: z.number().nullable() }),
  averageDaysToClose: z.number().nullable(),
  firstRecheckPassRate: RateSchema,
  keySectorPatrolRate: RateSchema,
  /** 逢查必考 pass rate of the examinees at government inspections of the period. */
  examPassRate: RateSchema,
  majorByListing: z.partialRecord(z.enum([...ListingLevel.options, 'unlisted']), Count),
  bySource: z.partialRecord(HazardSource, Count),
});

export const OverviewKpis = z.object({
  from: LocalDate,
  to: LocalDate,
  today: LocalDate,
  groupBy: KpiGroupBy,
  total: KpiSetSchema,
  /** area: the next level below the supervisor's (towns, or villages); grid; officer: the grids an officer covers. */
  groups: z.array(z.object({ key: z.string(), label: z.string(), kpis: KpiSetSchema })),
  /** 逢查必考 pass rate per enterprise that had examinees in the period, lowest first. */
  examsByEnterprise: z.array(z.object({ enterpriseId: z.string(), name: z.string(), rate: RateSchema })),
});
export type OverviewKpis = z.infer<typeof OverviewKpis>;

/** GET /api/overview/hazards/:id — one hazard for the supervisor's drilldown. */
export const HazardDetail = z.object({
  hazard: Hazard,
  /** The fold of the hazard's accepted events, as on every device. */
  status: z.object({
    state: HazardStateName,
    level: HazardLevel,
    deadline: LocalDate.nullable(),
    overdueDays: Count,
    failedRechecks: Count,
    listingLevel: ListingLevel.nullable(),
    closedAt: IsoDateTime.nullable(),
    referredToEnforcement: z.boolean(),
  }),
  /** null when the enterprise profile was deleted since. */
  enterprise: z
    .object({
      id: Id,
      name: z.string(),
      uscc: z.string(),
      siteAddress: z.string(),
      townName: z.string(),
      villageName: z.string(),
      gridNames: z.array(z.string()),
      supervisionCategory: SupervisionCategory,
      riskColour: RiskColour,
      operatingStatus: OperatingStatus,
      tags: z.array(EnterpriseTag),
      people: z.array(z.object({ role: PersonRole, name: z.string(), phone: z.string().optional() })),
    })
    .nullable(),
  /** In server order; `serverTime` is when the server stored the event (its verdict has the judging time). */
  events: z.array(z.object({ event: HazardEvent, serverTime: IsoDateTime })),
  /** Every photo of the hazard and its events, and whether the server has the bytes yet. */
  photos: z.array(z.object({ hash: z.string(), onServer: z.boolean() })),
  /** The enterprise's hazards, newest first (at most 50). */
  enterpriseHazards: z.array(OverviewHazardItem),
});
export type HazardDetail = z.infer<typeof HazardDetail>;

/** GET /api/overview/officers: officer activity over a period of Asia/Shanghai dates. */
export const OfficerActivityQuery = z
  .object({ from: LocalDate, to: LocalDate })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { message: 'the period may span at most 366 days', path: ['to'] });
export type OfficerActivityQuery = z.infer<typeof OfficerActivityQuery>;

export const OfficerActivityReport = z.object({
  from: LocalDate,
  to: LocalDate,
  officers: z.array(z.object({
    officerId: Id,
    name: z.string(),
    gridNames: z.array(z.string()),
    inspections: Count,
    patrols: Count,
    distanceMetres: z.number().min(0),
    patrolMinutes: z.number().min(0),
    checkIns: Count,
  })),
});
export type OfficerActivityReport = z.infer<typeof OfficerActivityReport>;
