import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { problem, unstorableTextPath, type Problem, type ProblemCode } from '@anxun/shared-schema';
import type { z } from 'zod';

/** Every failure leaves the server as problem JSON with a stable code from the one catalog. */
export function problemResponse(c: Context, code: ProblemCode, detail?: string, issues?: Problem['issues']): Response {
  const body = problem(code, detail, issues);
  return c.json(body, body.status as ContentfulStatusCode, { 'Content-Type': 'application/problem+json; charset=utf-8' });
}

export function zodIssues(error: z.ZodError): NonNullable<Problem['issues']> {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

/** No message of the API nests deeper than a handful of levels; the checks below recurse. */
const MAX_JSON_DEPTH = 64;

/** Iterative, so a hostile body of 100 000 nested arrays cannot overflow the stack. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (!item || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Reads a JSON body and parses it with `schema`, or answers 400 with what is wrong. Text that
 * PostgreSQL cannot store (NUL, lone surrogates) is refused here unless `unstorableText` is
 * 'cleanedLater': a push keeps it, and parseDocument cleans every document it stores.
 */
export async function parseJsonBody<T>(c: Context, schema: z.ZodType<T>, options: { unstorableText?: 'refuse' | 'cleanedLater' } = {}): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: problemResponse(c, 'malformed_json', '请求不是合法的 JSON The request body is not valid JSON.') };
  }
  if (nestedDeeperThan(raw, MAX_JSON_DEPTH)) {
    return { ok: false, response: problemResponse(c, 'validation_failed', `JSON 嵌套过深 The body nests deeper than ${MAX_JSON_DEPTH} levels`) };
  }
  const unstorable = options.unstorableText === 'cleanedLater' ? undefined : unstorableTextPath(raw);
  if (unstorable !== undefined) {
    return { ok: false, response: problemResponse(c, 'validation_failed', '含有无法保存的字符 Text holds characters that cannot be stored', [{ path: unstorable, message: 'NUL or lone surrogate' }]) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: problemResponse(c, 'validation_failed', undefined, zodIssues(parsed.error)) };
  return { ok: true, value: parsed.data };
}
