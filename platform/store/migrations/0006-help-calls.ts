// 0006: help calls (帮办代办) from the kiosks: which terminal, where it stands, why, and when each step
// happened. No personal data.
export default `
CREATE TABLE help_calls (
  id              TEXT PRIMARY KEY NOT NULL,
  terminal_id     TEXT NOT NULL,
  place           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('waiting', 'acknowledged', 'cancelled', 'resolved')),
  created_at      INTEGER NOT NULL,
  acknowledged_at INTEGER,
  acknowledged_by TEXT,
  cancelled_at    INTEGER,
  resolved_at     INTEGER
) STRICT;
CREATE INDEX help_calls_open ON help_calls (state, created_at);
CREATE INDEX help_calls_by_terminal ON help_calls (terminal_id, state);
`;
