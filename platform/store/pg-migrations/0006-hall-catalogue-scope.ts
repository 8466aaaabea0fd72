// PostgreSQL 0006: each hall's catalogue scope, the twin of SQLite's 0018 (see there): a row per hall
// and item, offered 1 or 0 (a tombstone for the hall's terminals), at the version it last changed.
export default `
CREATE TABLE catalogue_scope (
  hall_id  TEXT NOT NULL,
  item_id  TEXT NOT NULL,
  offered  BIGINT NOT NULL CHECK (offered IN (0, 1)),
  version  BIGINT NOT NULL REFERENCES catalogue_versions (version),
  PRIMARY KEY (hall_id, item_id)
);
CREATE INDEX catalogue_scope_by_version ON catalogue_scope (hall_id, version);
`;
