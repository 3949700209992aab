-- Every replicated document, one row per (collection, id), with the server sequence of its last change.
CREATE SEQUENCE IF NOT EXISTS document_seq;

CREATE TABLE documents (
  collection    text        NOT NULL,
  id            text        NOT NULL,
  seq           bigint      NOT NULL,
  deleted       boolean     NOT NULL DEFAULT false,
  data          jsonb       NOT NULL,
  -- Scope keys, derived from the document at write time (see replication/scopeKeys.ts).
  enterprise_id text,
  grid_ids      text[],
  area_code     text,
  -- The document this one hangs off (a hazard event's hazard), for judging events in order.
  parent_id     text,
  updated_by    text        NOT NULL,
  device_id     text        NOT NULL,
  server_time   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection, id)
);
CREATE UNIQUE INDEX documents_by_seq ON documents (collection, seq, id);
CREATE INDEX documents_by_enterprise ON documents (collection, enterprise_id);
CREATE INDEX documents_by_parent ON documents (collection, parent_id);
CREATE INDEX documents_by_grid ON documents USING gin (grid_ids);
CREATE INDEX documents_by_area ON documents (collection, area_code text_pattern_ops);

-- Append-only history of every accepted write: inspection and enforcement records are legal records.
CREATE TABLE document_history (
  history_id  bigserial   PRIMARY KEY,
  collection  text        NOT NULL,
  id          text        NOT NULL,
  seq         bigint      NOT NULL,
  actor_id    text        NOT NULL,
  device_id   text        NOT NULL,
  server_time timestamptz NOT NULL DEFAULT now(),
  deleted     boolean     NOT NULL,
  before      jsonb,
  after       jsonb       NOT NULL
);
CREATE INDEX document_history_by_doc ON document_history (collection, id, history_id);

CREATE TABLE users (
  id            text PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name  text NOT NULL,
  role          text NOT NULL,
  officer_kind  text,
  grid_ids      text[] NOT NULL DEFAULT '{}',
  enterprise_id text,
  area_code     text
);

-- Refresh tokens rotate: each is used once; only a hash is stored.
CREATE TABLE refresh_tokens (
  token_hash  text        PRIMARY KEY,
  user_id     text        NOT NULL REFERENCES users(id),
  device_id   text        NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);

CREATE TABLE settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
