-- Official numbers of enforcement writs (执法文书): one gapless series per town, kind and
-- Asia/Shanghai year. Invariant: a series' numbers are exactly 1..last_no, each given to one writ;
-- both rows change only inside the write transaction that stores the numbered writ, so a
-- rolled-back push gives its number back.
CREATE TABLE official_number_counters (
  town_code text    NOT NULL,
  kind      text    NOT NULL,
  year      integer NOT NULL,
  last_no   integer NOT NULL,
  PRIMARY KEY (town_code, kind, year)
);
CREATE TABLE official_numbers (
  town_code   text        NOT NULL,
  kind        text        NOT NULL,
  year        integer     NOT NULL,
  number      integer     NOT NULL,
  document_id text        NOT NULL UNIQUE,
  official_no text        NOT NULL UNIQUE,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (town_code, kind, year, number)
);
