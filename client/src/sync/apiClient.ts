import { Problem, RevokeResult, Session, type LoginRequest } from '@anxun/shared-schema';
import type { SessionStore } from './sessionStore';

/** A failure the UI can explain: the server's problem code, or `network` when it was not reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    const body = Problem.parse(await response.json());
    return new ApiError(body.code, response.status, body.detail ?? body.title);
  } catch {
    return new ApiError('http_error', response.status, `HTTP ${response.status}`);
  }
}

/** The problem code of a refusal, read from a copy so the body stays readable. */
async function codeOf(response: Response): Promise<string | undefined> {
  return (await problemOf(response.clone())).code;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'network error');
  }
}

/** The only place the client talks HTTP to the server. */
export class ApiClient {
  private refreshing: Promise<boolean> | null = null;

  constructor(
    private readonly sessions: SessionStore,
    private readonly baseUrl = '',
  ) {}

  async login(request: LoginRequest): Promise<Session> {
    const response = await send(`${this.baseUrl}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request),
    });
    if (!response.ok) throw await problemOf(response);
    return Session.parse(await response.json());
  }

  /** An authorised JSON call; an expired access token is refreshed once, transparently. */
  async call<T>(path: string, init: RequestInit, parse: (body: unknown) => T): Promise<T> {
    // The refresh token was refused: nothing can succeed until the user signs in again, so the
    // replication's retries wait here instead of knocking on the server every few seconds.
    if (this.sessions.get().needsSignIn) throw new ApiError('token_expired', 401, 'sign in again to sync');
    let response = await this.authorised(path, init);
    if (response.status === 401 && (await this.renewAfter(response))) response = await this.authorised(path, init);
    if (!response.ok) throw await problemOf(response);
    return parse(await response.json());
  }

  /** Ends this device's session on the server (its tokens stop working at once). */
  async logout(): Promise<RevokeResult> {
    return this.call('/api/auth/logout', { method: 'POST', body: '{}' }, (b) => RevokeResult.parse(b));
  }

  /** Ends every session of this user: "sign out all devices", for a lost or shared tablet. */
  async logoutAll(): Promise<RevokeResult> {
    return this.call('/api/auth/logout-all', { method: 'POST', body: '{}' }, (b) => RevokeResult.parse(b));
  }

  /** PUT the photo bytes under their hash (idempotent). Throws ApiError with the HTTP status on refusal. */
  async uploadPhoto(hash: string, blob: Blob): Promise<void> {
    await this.call(`/api/photos/${hash}`, { method: 'PUT', body: blob, headers: { 'content-type': blob.type || 'image/jpeg' } }, () => undefined);
  }

  /** A photo from the server, or null while it has not arrived there (someone else's device has it). */
  async downloadPhoto(hash: string): Promise<Blob | null> {
    let response = await this.authorised(`/api/photos/${hash}`, { method: 'GET' });
    if (response.status === 401 && (await this.renewAfter(response))) response = await this.authorised(`/api/photos/${hash}`, { method: 'GET' });
    if (response.status === 404) return null;
    if (!response.ok) throw await problemOf(response);
    return response.blob();
  }

  /** A file from the server (a report workbook), with the same token refresh as `call`. */
  async download(path: string): Promise<Blob> {
    let response = await this.authorised(path, { method: 'GET' });
    if (response.status === 401 && (await this.renewAfter(response))) response = await this.authorised(path, { method: 'GET' });
    if (!response.ok) throw await problemOf(response);
    return response.blob();
  }

  accessToken(): string | undefined {
    return this.sessions.get().session?.accessToken;
  }

  /** Refreshes the session once for all callers; false (and a sign-in prompt) when the server says no. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** After a 401: a revoked session cannot be refreshed (sign in again); anything else may be. */
  private async renewAfter(refused: Response): Promise<boolean> {
    if ((await codeOf(refused)) !== 'session_revoked') return this.refresh();
    this.sessions.markNeedsSignIn('revoked');
    return false;
  }

  private authorised(path: string, init: RequestInit): Promise<Response> {
    const token = this.accessToken();
    return send(`${this.baseUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
    });
  }

  private async doRefresh(): Promise<boolean> {
    const session = this.sessions.get().session;
    if (!session) return false;
    const response = await send(`${this.baseUrl}/api/auth/refresh`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    if (!response.ok) {
      const code = response.status === 401 ? await codeOf(response) : undefined;
      // Another tab rotated the token a moment ago: its session is in storage, not a sign-in away.
      if (code === 'refresh_reused') return this.sessions.adoptStored();
      if (code === 'session_revoked') this.sessions.markNeedsSignIn('revoked');
      else if (response.status === 401) this.sessions.markNeedsSignIn();
      return false;
    }
    this.sessions.set(Session.parse(await response.json()));
    return true;
  }
}
