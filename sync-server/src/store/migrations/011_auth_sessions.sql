-- A session is one sign-in of one device: the family of refresh tokens that rotate from it, and
-- the access tokens that name it (sid). Revoking it ends all of them at once.
CREATE TABLE auth_sessions (
  id             text        PRIMARY KEY,
  user_id        text        NOT NULL REFERENCES users(id),
  device_id      text        NOT NULL,
  created_at     timestamptz NOT NULL,
  last_used_at   timestamptz NOT NULL,
  revoked_at     timestamptz,
  revoked_reason text
);
CREATE INDEX auth_sessions_by_user ON auth_sessions (user_id, last_used_at);

ALTER TABLE refresh_tokens ADD COLUMN session_id text REFERENCES auth_sessions(id);
CREATE INDEX refresh_tokens_by_session ON refresh_tokens (session_id);

-- Refresh tokens issued before sessions existed each become a session of their own, so nobody
-- is signed out by the upgrade (their access tokens lack sid and are refreshed once).
INSERT INTO auth_sessions (id, user_id, device_id, created_at, last_used_at)
  SELECT 'legacy-' || token_hash, user_id, device_id, now(), now() FROM refresh_tokens WHERE used_at IS NULL;
UPDATE refresh_tokens SET session_id = 'legacy-' || token_hash WHERE used_at IS NULL;

-- Failed sign-ins per key ('account:<username>' or 'address:<ip>'), shared by every instance.
CREATE TABLE login_throttle (
  key             text        PRIMARY KEY,
  failures        integer     NOT NULL,
  window_start    timestamptz NOT NULL,
  last_failure_at timestamptz NOT NULL,
  locked_until    timestamptz,
  lock_count      integer     NOT NULL
);

-- Who signed in, out, or cut off whose devices, from where: an append-only audit of sessions.
CREATE TABLE auth_events (
  id             bigserial   PRIMARY KEY,
  at             timestamptz NOT NULL,
  action         text        NOT NULL,
  actor_id       text,
  target_user_id text,
  session_id     text,
  client_address text,
  detail         text
);
CREATE INDEX auth_events_by_target ON auth_events (target_user_id, at);
