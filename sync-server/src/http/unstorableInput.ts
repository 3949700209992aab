import type { MiddlewareHandler } from 'hono';
import { isStorableText } from '@anxun/shared-schema';
import { problemResponse } from './problemResponse';

/** The path segments, percent-decoded; undefined when a segment is not valid percent-encoded UTF-8. */
function decodedSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/**
 * Ids in paths and query values reach SQL as text: a NUL, a lone surrogate or a broken
 * percent-encoding there is the client's mistake and is answered 400 before any route runs,
 * never the 500 PostgreSQL's refusal would become.
 */
export const refuseUnstorableInput: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  const segments = decodedSegments(url.pathname);
  if (!segments || !segments.every(isStorableText)) {
    return problemResponse(c, 'validation_failed', '路径含有无法保存的字符 The path holds characters that cannot be stored', [{ path: 'path', message: 'NUL, lone surrogate or malformed percent-encoding' }]);
  }
  for (const [name, value] of url.searchParams) {
    if (!isStorableText(name) || !isStorableText(value)) {
      return problemResponse(c, 'validation_failed', '查询参数含有无法保存的字符 A query parameter holds characters that cannot be stored', [{ path: `query.${encodeURIComponent(name)}`, message: 'NUL or lone surrogate' }]);
    }
  }
  return next();
};
