-- Photo bytes live content-addressed in the data folder; the database knows what exists and
-- which documents reference which photo, so a photo is served only to users who may see one of them.
CREATE TABLE photos (
  hash         text        PRIMARY KEY,
  size         integer     NOT NULL,
  content_type text        NOT NULL,
  uploaded_by  text        NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE photo_refs (
  hash        text NOT NULL,
  collection  text NOT NULL,
  document_id text NOT NULL,
  PRIMARY KEY (hash, collection, document_id)
);
CREATE INDEX photo_refs_by_document ON photo_refs (collection, document_id);
