-- A photo hash is not a secret: anyone who sees a document learns it. A reference therefore
-- unlocks a photo only when it was added by someone who holds the bytes, i.e. who uploaded that
-- hash with verified content (store/photoSql.ts mayViewPhoto). Every uploader is recorded, so an
-- early upload of the same bytes by someone else (squatting) takes nothing from the others.
CREATE TABLE photo_uploads (
  hash        text        NOT NULL,
  user_id     text        NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hash, user_id)
);
INSERT INTO photo_uploads (hash, user_id, uploaded_at) SELECT hash, uploaded_by, uploaded_at FROM photos ON CONFLICT DO NOTHING;

-- Who first added each reference; kept while later versions of the document keep the hash.
-- Existing references: the last writer of their document is the best knowledge there is.
ALTER TABLE photo_refs ADD COLUMN added_by text;
UPDATE photo_refs r SET added_by = d.updated_by FROM documents d WHERE d.collection = r.collection AND d.id = r.document_id;
UPDATE photo_refs SET added_by = '' WHERE added_by IS NULL;
ALTER TABLE photo_refs ALTER COLUMN added_by SET NOT NULL;

-- Refusal records logged before this version were placed with the document they aimed at: the
-- attacked enterprise pulled the author's text, and the author received the stored copy. Move
-- them to their author (replication/conflictRecords.ts refusalPlacement) with new sequences, and
-- drop the stored copy, which the author may not have been allowed to read. (Devices of the
-- attacked side keep what they already pulled: a scoped pull cannot reach them any more.)
UPDATE documents SET
  seq = nextval('document_seq'), user_ids = ARRAY[data->>'pushAuthor'], enterprise_id = NULL, grid_ids = '{}', area_code = NULL,
  data = (data - 'enterpriseId') || jsonb_build_object('serverJson', 'null', 'keptJson', 'null', 'serverAuthor', '', 'serverDevice', '')
WHERE collection = 'conflicts' AND data->>'kind' = 'refused';
UPDATE documents d SET
  enterprise_id = e.id, grid_ids = COALESCE(e.grid_ids, '{}'), area_code = e.area_code, data = d.data || jsonb_build_object('enterpriseId', e.id)
FROM users u JOIN documents e ON e.collection = 'enterprises' AND e.id = u.enterprise_id
WHERE d.collection = 'conflicts' AND d.data->>'kind' = 'refused' AND u.id = d.data->>'pushAuthor' AND u.role = 'enterprise';
UPDATE documents d SET
  area_code = COALESCE((SELECT CASE WHEN min(g.area_code) = max(g.area_code) THEN min(g.area_code) END
                        FROM documents g WHERE g.collection = 'grids' AND g.id = ANY(u.grid_ids)), u.area_code)
FROM users u
WHERE d.collection = 'conflicts' AND d.data->>'kind' = 'refused' AND u.id = d.data->>'pushAuthor' AND u.role <> 'enterprise';
