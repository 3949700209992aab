-- The digest of the pushed state that produced each version: a push delivered twice (a retry
-- after a lost response, a duplicated request) is recognised and never applied a second time,
-- so an old copy arriving late cannot revert newer work.
ALTER TABLE document_history ADD COLUMN pushed_digest text;
CREATE INDEX document_history_by_digest ON document_history (collection, id, pushed_digest);
