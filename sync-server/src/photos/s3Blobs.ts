import type { PhotoBlobs } from './photoBlobs';
import { encodeSegment, signS3Request, type S3Credentials } from './sigV4';

export interface S3Settings extends S3Credentials {
  /** http(s)://host[:port] of an S3-compatible service; buckets are addressed path-style. */
  endpoint: string;
  bucket: string;
}

/**
 * Photo bytes as objects `photos/<hash>` of an S3-compatible bucket, path-style
 * (`<endpoint>/<bucket>/photos/<hash>`), which MinIO, Garage, Ceph and AWS all accept. Three
 * requests — HEAD, PUT, GET — signed by `sigV4.ts`: no SDK for so little.
 */
export function photoBlobsInS3(settings: S3Settings): PhotoBlobs {
  const base = settings.endpoint.replace(/\/+$/, '');
  const urlOf = (hash: string) => new URL(`${base}/${encodeSegment(settings.bucket)}/photos/${encodeSegment(hash)}`);
  const send = async (method: 'HEAD' | 'GET' | 'PUT', hash: string, body?: Uint8Array) => {
    const url = urlOf(hash);
    const headers = signS3Request({ method, url, ...(body ? { body } : {}) }, settings);
    // A bucket that stops answering fails the request instead of holding it open for ever.
    return fetch(url, { method, headers, signal: AbortSignal.timeout(60_000), ...(body ? { body } : {}) });
  };
  const failure = async (what: string, response: Response) =>
    // The bucket's XML error names its code (AccessDenied, NoSuchBucket…); never the credentials.
    new Error(`S3 ${what} answered ${response.status}: ${(await response.text()).match(/<Code>([^<]*)<\/Code>/)?.[1] ?? 'no error code'}`);
  const has = async (hash: string) => {
    const response = await send('HEAD', hash);
    if (response.status === 404) return false;
    if (!response.ok) throw await failure('HEAD', response);
    return true;
  };
  return {
    kind: 's3',
    has,
    async write(hash, bytes) {
      if (await has(hash)) return;
      const response = await send('PUT', hash, bytes);
      if (!response.ok) throw await failure('PUT', response);
      await response.arrayBuffer();
    },
    async read(hash) {
      const response = await send('GET', hash);
      if (response.status === 404) {
        await response.arrayBuffer();
        return undefined;
      }
      if (!response.ok) throw await failure('GET', response);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}
