-- Each hazard's current status, materialised for the supervisors' 一页通览 over ~100k hazards a
-- year. Invariant: a row equals foldHazard(hazard, events) of the stored documents; it is
-- rewritten inside every write transaction that touches the hazard, its events or its enterprise
-- (store/hazardStatusSql.ts), never by hand. Deleted hazards have no row.
CREATE TABLE hazard_status (
  hazard_id            text        PRIMARY KEY,
  enterprise_id        text        NOT NULL,
  -- Scope keys of the hazard document (the enterprise's area and grids).
  area_code            text        NOT NULL DEFAULT '',
  grid_ids             text[]      NOT NULL DEFAULT '{}',
  source               text        NOT NULL,
  level                text        NOT NULL,
  state                text        NOT NULL,
  deadline             date,
  found_at             timestamptz NOT NULL,
  -- The Asia/Shanghai date of found_at, for period filters.
  found_date           date        NOT NULL,
  found_by             text        NOT NULL,
  closed_at            timestamptz,
  listing_level        text,
  recheck_results      boolean[]   NOT NULL DEFAULT '{}',
  title                text        NOT NULL,
  -- Copied from the enterprise for filtering and display.
  enterprise_name      text        NOT NULL DEFAULT '',
  supervision_category text,
  enterprise_tags      text[]      NOT NULL DEFAULT '{}',
  -- The newest server sequence of the hazard and its events this row was computed from.
  updated_seq          bigint      NOT NULL
);
-- Keyset pagination: newest found first, or earliest deadline first (none last).
CREATE INDEX hazard_status_by_found ON hazard_status (found_at, hazard_id);
CREATE INDEX hazard_status_by_deadline ON hazard_status ((COALESCE(deadline, DATE '9999-12-31')), hazard_id);
CREATE INDEX hazard_status_by_area ON hazard_status (area_code text_pattern_ops);
CREATE INDEX hazard_status_by_source ON hazard_status (source, found_at, hazard_id);
CREATE INDEX hazard_status_by_state ON hazard_status (state, found_at, hazard_id);
CREATE INDEX hazard_status_overdue ON hazard_status (deadline) WHERE state IN ('RECTIFYING', 'EXTENSION_REQUESTED');
CREATE INDEX hazard_status_by_found_date ON hazard_status (found_date);
CREATE INDEX hazard_status_by_enterprise ON hazard_status (enterprise_id);
CREATE INDEX hazard_status_by_category ON hazard_status (supervision_category);
CREATE INDEX hazard_status_by_grid ON hazard_status USING gin (grid_ids);
CREATE INDEX hazard_status_by_tags ON hazard_status USING gin (enterprise_tags);
