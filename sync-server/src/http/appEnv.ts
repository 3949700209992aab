import type { Principal } from '@anxun/shared-schema';

/** What the auth middleware puts on the request context. */
export interface AppEnv {
  Variables: {
    principal: Principal;
    deviceId: string;
    /** The session the access token names (logout ends it). */
    sessionId: string;
    /** What a push stored, answered and refused, set by the push route for the metrics middleware. */
    pushOutcome?: { written: readonly unknown[]; conflicts: readonly unknown[]; refused: readonly unknown[] };
  };
}
