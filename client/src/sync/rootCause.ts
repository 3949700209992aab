/**
 * RxDB wraps handler failures (RC_PULL, RC_PUSH) and turns the original errors into plain JSON
 * under `parameters.errors`; the ApiError's `code` survives that, so the cause can be read back.
 */
export function rootCause(error: unknown): { code?: string | undefined; message: string } {
  const e = error as { code?: unknown; message?: unknown; parameters?: { errors?: unknown[]; error?: unknown } } | null;
  const inner = e?.parameters?.errors?.[0] ?? e?.parameters?.error;
  if (inner && inner !== error) return rootCause(inner);
  return {
    code: typeof e?.code === 'string' ? e.code : undefined,
    message: typeof e?.message === 'string' ? e.message : String(error),
  };
}
