// 0001: enrolled terminals, one-time enrolment codes, and the idempotency record of every request
// that created something (a replayed key returns the first answer).
export default `
CREATE TABLE enrolment_codes (
  code_hash   TEXT PRIMARY KEY NOT NULL,
  terminal_id TEXT NOT NULL,
  role        TEXT NOT NULL,
  expires_at  INTEGER NOT NULL,
  used_at     INTEGER
) STRICT;

CREATE TABLE terminals (
  id               TEXT PRIMARY KEY NOT NULL,
  role             TEXT NOT NULL,
  credential_hash  TEXT NOT NULL,
  enrolled_at      INTEGER NOT NULL,
  last_seen_at     INTEGER,
  last_heartbeat   TEXT
) STRICT;

CREATE TABLE idempotency (
  terminal_id  TEXT NOT NULL,
  key          TEXT NOT NULL,
  route        TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status       INTEGER NOT NULL,
  body         TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  PRIMARY KEY (terminal_id, key)
) STRICT;
`;
