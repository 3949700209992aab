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
