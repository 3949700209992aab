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

  /** The session as stored now: another tab of this device may have rotated it since this one read it. */
  stored(): Session | null {
    return readSession(this.storage);
  }

  /**
   * Follows what another tab wrote (call it on that tab's `storage` event): a rotated session is
   * taken over at once, so this tab never presents a refresh token another tab already spent;
   * a removed one means this device signed out.
   */
  noticeStorageEvent(event: Pick<StorageEvent, 'key' | 'storageArea'>): void {
    if (event.key !== null && event.key !== KEY) return;
    if (event.storageArea !== null && event.storageArea !== this.storage) return;
    const stored = readSession(this.storage);
    if (!stored) {
      if (this.state.session) this.update({ session: null, needsSignIn: false });
      return;
    }
    if (stored.refreshToken !== this.state.session?.refreshToken) this.update({ session: stored, needsSignIn: false });
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
    this.adopt(stored);
    return true;
  }

  /** Takes over a session another tab stored (already in storage: nothing to write). */
  adopt(session: Session): void {
    this.update({ session, needsSignIn: false });
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
