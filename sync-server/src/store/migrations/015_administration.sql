-- 系统管理员 (issue 14): a password set by someone else (the one-time bootstrap password, an
-- initial or reset password) must be changed at first sign-in; a disabled account signs in no more.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN disabled_at timestamptz;

-- Every administrative change: who, when, what, before and after. Append-only.
CREATE TABLE admin_audit (
  id          bigserial   PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor_id    text        NOT NULL,
  action      text        NOT NULL,
  target_kind text        NOT NULL,
  target_id   text        NOT NULL,
  area_code   text,
  before      jsonb,
  after       jsonb
);
CREATE INDEX admin_audit_by_area ON admin_audit (area_code text_pattern_ops, id);
