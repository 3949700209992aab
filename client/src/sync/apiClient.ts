import { Problem, RevokeResult, Session, type ClientErrorCode, type LoginRequest } from '@anxun/shared-schema';
import { browserRefreshLock, type RefreshLock } from './refreshLock';
import type { SessionStore } from './sessionStore';

/**
 * A stored access token closer than this to its expiry is renewed rather than adopted. Small: a
 * token may live only seconds (ACCESS_TOKEN_SECONDS), and a wrong clock is caught by the 401.
 */
const EXPIRY_MARGIN_MS = 2_000;
/** How long a tab told `refresh_reused` waits for the winning tab's session to appear. */
const REUSE_WAIT_MS = 3_000;

/** A failure the UI can explain: the server's problem code, or `network` when it was not reached. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
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
async function codeOf(response: Response): Promise<ClientErrorCode> {
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
    private readonly lock: RefreshLock = browserRefreshLock(),
    private readonly now: () => number = Date.now,
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
    const response = await this.withSession(path, init);
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
  /** A call without a session (举报 from the public): never sends or renews a token. */
  async publicCall<T>(path: string, init: RequestInit, parse: (body: unknown) => T): Promise<T> {
    const response = await send(`${this.baseUrl}${path}`, init);
    if (!response.ok) throw await problemOf(response);
    return parse(await response.json());
  }

  async uploadPhoto(hash: string, blob: Blob): Promise<void> {
    await this.call(`/api/photos/${hash}`, { method: 'PUT', body: blob, headers: { 'content-type': blob.type || 'image/jpeg' } }, () => undefined);
  }

  /** A photo from the server, or null while it has not arrived there (someone else's device has it). */
  async downloadPhoto(hash: string): Promise<Blob | null> {
    const response = await this.withSession(`/api/photos/${hash}`, { method: 'GET' });
    if (response.status === 404) return null;
    if (!response.ok) throw await problemOf(response);
    return response.blob();
  }

  /** A file from the server (a report workbook), with the same token refresh as `call`; `init` for a POST that answers a file. */
  async download(path: string, init: RequestInit = { method: 'GET' }): Promise<Blob> {
    const response = await this.withSession(path, init);
    if (!response.ok) throw await problemOf(response);
    return response.blob();
  }

  accessToken(): string | undefined {
    return this.sessions.get().session?.accessToken;
  }

  /**
   * An access token for a call that cannot see a 401 (the change stream's EventSource): renewed
   * first when it is about to expire by this device's clock, or when `force` (the last one failed).
   */
  async freshAccessToken(force = false): Promise<string | undefined> {
    const session = this.sessions.get().session;
    if (!session || this.sessions.get().needsSignIn) return undefined;
    if (force || !this.usable(session)) await this.refreshSession(session.accessToken).catch(() => false);
    return this.accessToken();
  }

  /**
   * The device's one way to renew the session, used by every caller after a refused access
   * token. `refused` is the token the server refused: when the session has moved on since (this
   * tab or another renewed it meanwhile) the caller simply retries with the current one. Within
   * the tab concurrent callers share one promise; across tabs a lock serialises them, and inside
   * it the stored session is read again first, so only one /refresh spends the token.
   */
  refreshSession(refused: string | undefined = this.accessToken()): Promise<boolean> {
    if (refused !== this.accessToken()) return Promise.resolve(this.accessToken() !== undefined);
    this.refreshing ??= this.lock(() => this.refreshHoldingLock(refused)).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** A call with the current access token, repeated once with a renewed one after a 401. */
  private async withSession(path: string, init: RequestInit): Promise<Response> {
    const token = this.accessToken();
    const response = await this.authorised(path, init, token);
    if (response.status !== 401 || !(await this.renewAfter(response, token))) return response;
    return this.authorised(path, init, this.accessToken());
  }

  /** After a 401: a revoked session cannot be refreshed (sign in again); anything else may be. */
  private async renewAfter(refused: Response, token: string | undefined): Promise<boolean> {
    if ((await codeOf(refused)) !== 'session_revoked') return this.refreshSession(token);
    this.sessions.markNeedsSignIn('revoked');
    return false;
  }

  private authorised(path: string, init: RequestInit, token: string | undefined): Promise<Response> {
    return send(`${this.baseUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
    });
  }

  private usable(session: Session): boolean {
    const expiresAt = Date.parse(session.accessExpiresAt);
    return Number.isFinite(expiresAt) && expiresAt - EXPIRY_MARGIN_MS > this.now();
  }

  private async refreshHoldingLock(refused: string | undefined): Promise<boolean> {
    // Another tab may have renewed while this one waited for the lock: take its session.
    const stored = this.sessions.stored();
    const current = this.sessions.get().session;
    // Signed out, or another user signed in on this device: never retry this tab's call under
    // someone else's token (the storage event switches the tab to that user).
    if (!stored || !current || stored.principal.userId !== current.principal.userId) return false;
    // The stored session is never older than this tab's: take it, then renew only if it too is spent.
    if (stored.refreshToken !== current.refreshToken) this.sessions.adopt(stored);
    if (stored.accessToken !== refused && this.usable(stored)) return true;
    return this.renew(stored);
  }

  /** Waits briefly for the winner of a refresh race to store its session, then takes it. */
  private async adoptWhenStored(spent: string): Promise<boolean> {
    for (let waited = 0; waited <= REUSE_WAIT_MS; waited += 100) {
      const stored = this.sessions.stored();
      if (stored && stored.refreshToken !== spent) return this.sessions.adoptStored() || this.sessions.get().session?.refreshToken === stored.refreshToken;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }

  private async renew(session: Session): Promise<boolean> {
    const response = await send(`${this.baseUrl}/api/auth/refresh`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    if (!response.ok) {
      const code = response.status === 401 ? await codeOf(response) : undefined;
      // Another tab (one without Web Locks) rotated the token a moment ago: its session is, or
      // is about to be, in storage: not a sign-in away.
      if (code === 'refresh_reused') return this.adoptWhenStored(session.refreshToken);
      if (code === 'session_revoked') this.sessions.markNeedsSignIn('revoked');
      else if (response.status === 401) this.sessions.markNeedsSignIn();
      return false;
    }
    this.sessions.set(Session.parse(await response.json()));
    return true;
  }
}
