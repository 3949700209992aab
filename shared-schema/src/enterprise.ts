import { z } from 'zod';
import { DocumentBase, GeoPoint, Id, IsoDateTime, LocalDate, LongText, ShortText } from './primitives';
import { normaliseUscc } from './uscc';

/** 风险等级 四色: a risk grade of the enterprise, not a hazard grade. */
export const RiskColour = z.enum(['red', 'orange', 'yellow', 'blue']);
export type RiskColour = z.infer<typeof RiskColour>;

/** 监管类别: the eight 工贸 sectors, hazchem, construction, transport, town gas, 九小 venues, other. */
export const SupervisionCategory = z.enum([
  'metallurgy', 'nonFerrous', 'buildingMaterials', 'machinery', 'lightIndustry', 'textile', 'tobacco', 'commerce',
  'hazchem', 'construction', 'transport', 'townGas', 'nineSmall', 'other',
]);
export type SupervisionCategory = z.infer<typeof SupervisionCategory>;

/** 规上 / 规下 / 个体工商户. */
export const EnterpriseScale = z.enum(['aboveSize', 'belowSize', 'individual']);
export type EnterpriseScale = z.infer<typeof EnterpriseScale>;

/** `ceased` is 停业 and `closed` 注销: the two ways an enterprise leaves the officers' lists (enterpriseStatus.ts). */
export const OperatingStatus = z.enum([
  'operating', 'holidayClosed', 'suspendedByEmergency', 'suspendedByOther', 'relocating', 'closed', 'ceased',
]);
export type OperatingStatus = z.infer<typeof OperatingStatus>;

/** One change of operating status with its date and reason; the list is append-only (enterpriseStatusRefusal). */
export const StatusChange = z.object({
  status: OperatingStatus,
  /** The day the change takes effect (Asia/Shanghai), as the office records it. */
  on: LocalDate,
  reason: z.string().trim().min(1).max(500),
  /** Who recorded it: the signed-in user (the server refuses another name). */
  by: Id,
  at: IsoDateTime,
});
export type StatusChange = z.infer<typeof StatusChange>;

/** Tags decide which checklists apply and which special risks an enterprise carries. */
export const EnterpriseTag = z.enum([
  'majorHazardInstallation', 'dustExplosion', 'ammoniaRefrigeration', 'confinedSpace', 'hazchemUse',
  'nineSmall', 'multiUseBuilding', 'factoryRented', 'crowdedPlace', 'keyFireUnit', 'metallurgyGas',
  'mediumFrequencyFurnace', 'highRiskProcess', 'residentialCompound',
]);
export type EnterpriseTag = z.infer<typeof EnterpriseTag>;

/** `principal` is the 主要负责人; `frontline` (一线从业人员) joined with the staff roster (issue 15). */
export const PersonRole = z.enum([
  'principal', 'safetyLead', 'safetyOfficer', 'safetyMonitor', 'registeredEngineer', 'specialOperator', 'fireOfficer', 'frontline',
]);
export type PersonRole = z.infer<typeof PersonRole>;

/**
 * A person of the enterprise: together, `people` is its 从业人员名册 (staff roster), kept by the
 * enterprise on its phone and read wherever the profile is. Identified so that concurrent edits
 * of the list merge by id. A person who leaves keeps their entry with `leftOn`: quizzes name them.
 */
export const EnterprisePerson = z.object({
  id: Id,
  role: PersonRole,
  name: ShortText,
  phone: z.string().regex(/^[0-9+\- ]{5,20}$/).optional(),
  /** 特种作业操作证: its type (电工作业、焊接与热切割作业…), number and last valid day. */
  certificateType: z.string().trim().min(1).max(50).optional(),
  certificateNumber: z.string().trim().min(1).max(40).optional(),
  certificateExpiry: z.iso.date().optional(),
  leftOn: LocalDate.optional(),
});
export type EnterprisePerson = z.infer<typeof EnterprisePerson>;

export const Enterprise = z.object({
  ...DocumentBase,
  name: ShortText,
  /**
   * 统一社会信用代码, normalised (normaliseUscc). The server refuses a new or changed code that
   * fails its checksum (usccRefusal); `usccWarningAccepted` only marks a record stored before that.
   */
  uscc: z.string().overwrite(normaliseUscc).length(18),
  usccWarningAccepted: z.boolean(),
  regAddress: z.string().max(200),
  siteAddress: ShortText,
  location: GeoPoint.optional(),
  /** How far from `location` a check-in still counts as 现场签到 (a large works); CHECK_IN_RADIUS_METRES when absent. */
  checkInRadiusMetres: z.number().int().min(50).max(5_000).optional(),
  /** Village/community level code; supervisors' areas are prefixes of it. */
  areaCode: z.string().regex(/^[0-9]{6,12}$/),
  townName: ShortText,
  villageName: z.string().max(100),
  gridIds: z.array(Id).min(1).max(8),
  industryCode: z.string().max(8),
  supervisionCategory: SupervisionCategory,
  lineDepartment: z.string().max(100),
  scale: EnterpriseScale,
  headcount: z.number().int().min(0).max(1_000_000),
  operatingStatus: OperatingStatus,
  /** 停业/注销 and back, dated and with reasons; absent on records that never changed status this way. */
  statusLog: z.array(StatusChange).max(200).optional(),
  riskColour: RiskColour,
  tags: z.array(EnterpriseTag).max(20),
  people: z.array(EnterprisePerson).max(200),
  /** 双网格员: the officers bound by real name to this enterprise. */
  boundOfficerIds: z.array(Id).max(20),
  /** 出租方, when the site is a rented factory. */
  landlord: z.string().max(200),
  notes: LongText,
});
export type Enterprise = z.infer<typeof Enterprise>;
