import { z } from 'zod';

/**
 * The one catalog of error codes. The server answers every failure as problem JSON
 * (RFC 9457) with one of these codes; clients switch on the code, never on the text.
 */
export const PROBLEMS = {
  validation_failed: { status: 400, title: '请求内容不合法 Request body is invalid' },
  malformed_json: { status: 400, title: '请求不是合法的 JSON Body is not valid JSON' },
  unknown_collection: { status: 404, title: '没有这个数据集合 Unknown collection' },
  not_found: { status: 404, title: '未找到 Not found' },
  invalid_credentials: { status: 401, title: '用户名或密码错误 Wrong username or password' },
  unauthenticated: { status: 401, title: '需要登录 Sign-in required' },
  token_expired: { status: 401, title: '登录已过期 Session expired' },
  session_revoked: { status: 401, title: '此设备的登录已被撤销，请重新登录 This device was signed out' },
  refresh_reused: { status: 401, title: '登录凭据刚被使用过，请稍后重试 Refresh token was just used' },
  too_many_attempts: { status: 429, title: '尝试次数过多，请稍后再试 Too many attempts, try again later' },
  forbidden: { status: 403, title: '无权执行此操作 Not allowed' },
  payload_too_large: { status: 413, title: '内容过大 Payload too large' },
  unsupported_media_type: { status: 415, title: '不支持的文件类型 Unsupported media type' },
  hash_mismatch: { status: 422, title: '文件内容与哈希不符 Content does not match its hash' },
  writ_numbered: { status: 409, title: '文书已取得正式编号，内容不能再修改 A numbered writ cannot be edited' },
  refusal_not_applicable: { status: 409, title: '被拒绝的写入只能确认，不能采用 A refused write can only be acknowledged, never applied' },
  resolution_not_allowed: { status: 403, title: '无权采用该值：超出权限或辖区 You may not apply this value (role or area)' },
  draw_population_too_small: { status: 422, title: '抽取范围内的企业少于抽取数量 Fewer enterprises match than the draw asks for' },
  draw_pool_too_small: { status: 422, title: '执法人员库不足以为每家企业抽取两名非包保人员 The inspector pool cannot give two unbound inspectors per enterprise' },
  store_unavailable: { status: 503, title: '数据库暂时无法访问，请稍后重试 The database cannot answer now, try again shortly' },
  password_change_required: { status: 403, title: '请先修改初始密码 Change your initial password first' },
  password_rejected: { status: 422, title: '新密码不符合要求 The new password is not acceptable' },
  account_disabled: { status: 403, title: '此账号已停用，请联系系统管理员 This account is disabled' },
  username_taken: { status: 409, title: '用户名已被使用 That username is taken' },
  uscc_invalid: { status: 422, title: '统一社会信用代码校验不通过 The unified social credit code fails its checksum' },
  area_exists: { status: 409, title: '该行政区划代码已存在 That area code already exists' },
  binding_conflict: { status: 409, title: '绑定与已有绑定冲突 The binding clashes with an existing one' },
  import_unreadable: { status: 422, title: '无法读取导入文件，请使用模板（.xlsx 或 .csv）The import file cannot be read' },
  inspection_unsigned: { status: 422, title: '检查结束须有检查人员签字，以及企业负责人签字或拒签记录（姓名、见证人、理由）An inspection completes only with the signatures or a recorded refusal' },
  hazard_evidence_missing: { status: 422, title: '非检查表隐患须附现场照片和隐患描述 A hazard outside a checklist needs a photo and a description' },
  too_many_reports: { status: 429, title: '提交过于频繁，请稍后再试 Too many reports, try again later' },
  report_closed: { status: 409, title: '该举报已不能再补充照片 Photos can no longer be added to this report' },
  report_already_handled: { status: 409, title: '该举报已被处理 This report has already been handled' },
  internal: { status: 500, title: '服务器内部错误 Internal server error' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

/**
 * What a client may meet as an error: a server problem code, `network` when the server was not
 * reached, or `http_error` for an answer that is not problem JSON of a known code (a proxy's page,
 * or a newer server's code this client does not know).
 */
export type ClientErrorCode = ProblemCode | 'network' | 'http_error';

export const Problem = z.object({
  type: z.string(),
  code: z.enum(PROBLEM_CODES),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

export function problem(code: ProblemCode, detail?: string, issues?: Problem['issues']): Problem {
  const { status, title } = PROBLEMS[code];
  return {
    type: `https://anxun.invalid/problems/${code}`,
    code,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(issues === undefined ? {} : { issues }),
  };
}
