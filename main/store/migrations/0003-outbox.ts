// 0003: the outbox. Everything the terminal creates for the platform waits here, with the
// idempotency key it was given when it was made, until the platform has it.
export default `
CREATE TABLE outbox (
  seq              INTEGER PRIMARY KEY AUTOINCREMENT,
  kind             TEXT NOT NULL,
  route            TEXT NOT NULL,
  idempotency_key  TEXT NOT NULL UNIQUE,
  -- The request body, sealed (AES-256-GCM) because it may carry personal data; NULL once delivered.
  body             BLOB,
  state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'refused')),
  created_at       INTEGER NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  INTEGER NOT NULL,
  last_error       TEXT,
  done_at          INTEGER,
  -- The platform's answer (ids, times): what the terminal shows or reconciles against.
  response         TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (state, seq);
`;
