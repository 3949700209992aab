-- Documents assigned to named officers (双随机 inspection tasks): the scoped pull finds an
-- officer's tasks by this key (replication/scopeKeys.ts, scope kind `assigned`).
ALTER TABLE documents ADD COLUMN user_ids text[];
CREATE INDEX documents_by_user ON documents USING gin (user_ids);
