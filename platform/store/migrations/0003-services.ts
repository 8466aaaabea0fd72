// 0003: the platform's own secrets, the catalogue with versions and tombstones, form definitions, cases, evaluations, form
// submissions and complaints.
export default `
CREATE TABLE platform_secrets (
  name  TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE catalogue_versions (
  version    INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL
) STRICT;

-- kind: item | department | theme | form. A deleted row stays as a tombstone (deleted = 1) so that a
-- terminal syncing "since" an older version learns of the deletion.
CREATE TABLE catalogue_entries (
  kind     TEXT NOT NULL,
  id       TEXT NOT NULL,
  version  INTEGER NOT NULL REFERENCES catalogue_versions (version),
  deleted  INTEGER NOT NULL DEFAULT 0,
  body     TEXT,
  PRIMARY KEY (kind, id)
) STRICT;
CREATE INDEX catalogue_entries_by_version ON catalogue_entries (kind, version);

CREATE TABLE cases (
  case_number  TEXT PRIMARY KEY NOT NULL,
  id_hash      TEXT NOT NULL,
  query_code_hash TEXT NOT NULL,
  body         TEXT NOT NULL
) STRICT;
CREATE INDEX cases_by_person ON cases (id_hash);

CREATE TABLE evaluations (
  id           TEXT PRIMARY KEY NOT NULL,
  target       TEXT NOT NULL,
  stage        TEXT NOT NULL,
  level        TEXT NOT NULL,
  terminal_id  TEXT NOT NULL,
  body         TEXT NOT NULL,
  received_at  INTEGER NOT NULL,
  UNIQUE (target, stage)
) STRICT;

CREATE TABLE form_submissions (
  id           TEXT PRIMARY KEY NOT NULL,
  form_id      TEXT NOT NULL,
  terminal_id  TEXT NOT NULL,
  body         TEXT NOT NULL,
  received_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE complaints (
  id           TEXT PRIMARY KEY NOT NULL,
  terminal_id  TEXT NOT NULL,
  body         TEXT NOT NULL,
  received_at  INTEGER NOT NULL
) STRICT;
`;
