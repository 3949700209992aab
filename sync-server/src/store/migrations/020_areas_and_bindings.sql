-- Areas and bindings (issue 14 items 2): a town's 行政区划 with names, and who is bound to a grid
-- or an enterprise over which period. Both are console data: devices never pull them; the
-- grids' officerIds and the enterprises' boundOfficerIds replicate the CURRENT bindings.
CREATE TABLE areas (
  code        text        PRIMARY KEY,
  name        text        NOT NULL,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);

-- A binding is never deleted: ending one sets ends_on (the first day it no longer holds).
CREATE TABLE bindings (
  id            text        PRIMARY KEY,
  kind          text        NOT NULL,
  grid_id       text,
  enterprise_id text,
  user_id       text,
  person_name   text        NOT NULL,
  person_phone  text,
  partner_name  text,
  starts_on     date        NOT NULL,
  ends_on       date,
  area_code     text        NOT NULL,
  created_by    text        NOT NULL,
  created_at    timestamptz NOT NULL,
  ended_by      text,
  ended_at      timestamptz,
  CHECK ((grid_id IS NULL) <> (enterprise_id IS NULL)),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX bindings_by_grid ON bindings (grid_id, starts_on) WHERE grid_id IS NOT NULL;
CREATE INDEX bindings_by_enterprise ON bindings (enterprise_id, starts_on) WHERE enterprise_id IS NOT NULL;
CREATE INDEX bindings_by_user ON bindings (user_id, starts_on) WHERE user_id IS NOT NULL;
CREATE INDEX admin_audit_by_target ON admin_audit (target_kind, target_id, id);
-- At most one current binding of a person to a target: two racing requests cannot both bind.
CREATE UNIQUE INDEX bindings_one_current ON bindings (kind, COALESCE(grid_id, enterprise_id), COALESCE(user_id, 'person:' || person_name)) WHERE ends_on IS NULL;
