// PostgreSQL 0001 (SQLite 0001): enrolment codes, enrolled terminals, and the idempotency record of
// every request that created something. Types: SQLite TEXT -> text, INTEGER -> bigint (epoch
// milliseconds do not fit 32 bits); flags stay 0/1 integers so the same SQL reads them on both.
export default `
CREATE TABLE enrolment_codes (
  code_hash   TEXT PRIMARY KEY NOT NULL,
  terminal_id TEXT NOT NULL,
  role        TEXT NOT NULL,
  expires_at  BIGINT NOT NULL,
  used_at     BIGINT
);

CREATE TABLE terminals (
  id               TEXT PRIMARY KEY NOT NULL,
  role             TEXT NOT NULL,
  credential_hash  TEXT NOT NULL,
  enrolled_at      BIGINT NOT NULL,
  last_seen_at     BIGINT,
  last_heartbeat   TEXT
);

CREATE TABLE idempotency (
  terminal_id  TEXT NOT NULL,
  key          TEXT NOT NULL,
  route        TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status       BIGINT NOT NULL,
  body         TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  PRIMARY KEY (terminal_id, key)
);
`;
