-- Photo bytes in the database, for several server instances on one PostgreSQL: any instance can
-- serve a photo another one received. Keyed by the SHA-256 of the bytes and written once
-- (INSERT … ON CONFLICT DO NOTHING); who may read a photo is still judged from photos,
-- photo_uploads and photo_refs. PGlite keeps its photos in the data folder by default, so there
-- this table stays empty unless PHOTO_STORAGE=database.
CREATE TABLE photo_blobs (
  hash      text        PRIMARY KEY,
  bytes     bytea       NOT NULL,
  stored_at timestamptz NOT NULL DEFAULT now()
);
