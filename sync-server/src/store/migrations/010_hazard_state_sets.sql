-- Issue 11 (hole 9): KPI dates come from server time. hazard_status.found_at is now the server
-- time the hazard was first stored (store/hazardStatusSql.ts), not the device's foundAt, and
-- closed_at the server's verdict time: mark every row stale so the start-up backfill recomputes it.
UPDATE hazard_status SET updated_seq = 0;
-- The overdue index lists the states still to be rectified: exactly TO_RECTIFY_STATES of
-- shared-schema/src/hazardStates.ts (hazardStateSets.test.ts compares them), the list every
-- overdue query is built from.
DROP INDEX IF EXISTS hazard_status_overdue;
CREATE INDEX hazard_status_overdue ON hazard_status (deadline) WHERE state IN ('RECTIFYING', 'EXTENSION_REQUESTED');
