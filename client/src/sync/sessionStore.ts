import { Session } from '@anxun/shared-schema';

const KEY = 'anxun.session';

/**
 * The signed-in session, kept on the device so the app opens with no network. An expired
 * session keeps working offline; only syncing waits for the user to sign in again.
 */
export interface SessionState {
  session: Session | null;
  /** The server refused the refresh token: sync waits until the user signs in again. */
  needsSignIn: boolean;
  /** The server ended this session (signed out from another device, or by a supervisor). */
  revoked?: true;
}

type Listener = (state: SessionState) => void;

export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage = localStorage) {
    this.state = { session: readSession(storage), needsSignIn: false };
  }

  get(): SessionState {
    return this.state;
  }

  set(session: Session): void {
    this.storage.setItem(KEY, JSON.stringify(session));
    this.update({ session, needsSignIn: false });
  }

  markNeedsSignIn(reason?: 'revoked'): void {
    this.update({ ...this.state, needsSignIn: true, ...(reason === 'revoked' ? { revoked: true as const } : {}) });
  }

  /**
   * Adopts the session another tab of this device stored after rotating the refresh token; true
   * when there was a newer one. The rotation that tab did spent the token this tab still held.
   */
  adoptStored(): boolean {
    const stored = readSession(this.storage);
    if (!stored || stored.refreshToken === this.state.session?.refreshToken) return false;
    this.update({ session: stored, needsSignIn: false });
    return true;
  }

  clear(): void {
    this.storage.removeItem(KEY);
    this.update({ session: null, needsSignIn: false });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}

function readSession(storage: Storage): Session | null {
  const raw = storage.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed = Session.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
