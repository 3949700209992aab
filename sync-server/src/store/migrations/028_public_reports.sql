-- 举报 (issue 16 item 5): reports from the public. Not a replicated document: the reporter's
-- contact reaches only the handling supervisor's endpoints, never a pull, overview or export.
-- The tracking code and the photo-upload token are kept as SHA-256 digests only: a copy of the
-- database does not let anyone track or add to a report. No client address is kept.
CREATE TABLE public_reports (
  id                    text        PRIMARY KEY,
  code_digest           text        NOT NULL UNIQUE,
  upload_token_digest   text        NOT NULL,
  town_code             text        NOT NULL,
  description           text        NOT NULL,
  address               text        NOT NULL,
  location              jsonb,
  enterprise_name       text,
  matched_enterprise_id text,
  photos                text[]      NOT NULL DEFAULT '{}',
  contact               jsonb,
  status                text        NOT NULL DEFAULT 'received',
  assigned_officer_id   text,
  hazard_id             text,
  public_reason         text,
  internal_note         text,
  handled_by            text,
  handled_at            timestamptz,
  received_at           timestamptz NOT NULL
);
CREATE INDEX public_reports_by_town ON public_reports (town_code text_pattern_ops, received_at DESC);

-- Fixed-window counters of the public endpoints (per hashed address and global), shared by every
-- instance on one PostgreSQL. Old windows are deleted as new ones are counted.
CREATE TABLE public_report_limits (
  bucket       text        NOT NULL,
  window_start timestamptz NOT NULL,
  hits         integer     NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
