// 0002: the queue engine (platform/queue). Configuration rows (categories, windows, staff as checked
// JSON), per-category counters keyed on the business date (so the daily reset survives restarts),
// tickets and appointments. No ID number is stored: a keyed hash and the last 6 characters only.
export default `
CREATE TABLE queue_settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

-- kind: category | window | staff; body: the entry as checked by its schema.
CREATE TABLE queue_config (
  kind     TEXT NOT NULL CHECK (kind IN ('category', 'window', 'staff')),
  id       TEXT NOT NULL,
  position INTEGER NOT NULL,
  body     TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT;

-- The last number given out in a category on a business date; a new date has no row yet: start.
CREATE TABLE queue_counters (
  category_id   TEXT NOT NULL,
  business_date TEXT NOT NULL,
  last_number   INTEGER NOT NULL,
  PRIMARY KEY (category_id, business_date)
) STRICT;

CREATE TABLE queue_tickets (
  id               TEXT PRIMARY KEY NOT NULL,
  business_date    TEXT NOT NULL,
  category_id      TEXT NOT NULL,
  number           TEXT NOT NULL,
  -- Order among waiting tickets (issue order); a transfer may keep the original's.
  queue_seq        INTEGER NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'held', 'skipped', 'transferred', 'finished')),
  origin           TEXT NOT NULL CHECK (origin IN ('issue', 'appointment', 'transfer', 'offline')),
  -- Priority: index of the rule in the category's priorityRules (lower first); NULL = normal.
  priority_rank    INTEGER,
  priority_code    TEXT,
  priority_label   TEXT,
  priority_mark    TEXT,
  priority_basis   TEXT,
  id_hash          TEXT,
  id_tail6         TEXT,
  channel          TEXT NOT NULL,
  terminal_id      TEXT NOT NULL,
  -- The slot quota it was issued under ("08:30"), for per-slot counting.
  slot_from        TEXT,
  issued_at        INTEGER NOT NULL,
  window_id        TEXT,
  staff_id         TEXT,
  called_at        INTEGER,
  call_count       INTEGER NOT NULL DEFAULT 0,
  finished_at      INTEGER,
  transferred_from TEXT REFERENCES queue_tickets (id),
  transferred_to   TEXT REFERENCES queue_tickets (id) DEFERRABLE INITIALLY DEFERRED,
  appointment_code TEXT,
  updated_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX queue_tickets_by_category ON queue_tickets (business_date, category_id, state);
CREATE INDEX queue_tickets_by_person ON queue_tickets (business_date, id_hash);
CREATE INDEX queue_tickets_by_window ON queue_tickets (window_id, state);
CREATE INDEX queue_tickets_by_seq ON queue_tickets (queue_seq);
-- Safety nets under the engine's own checks: one live ticket per number a day, one ticket at a window.
CREATE UNIQUE INDEX queue_tickets_live_number ON queue_tickets (business_date, number)
  WHERE state IN ('waiting', 'called', 'serving', 'held', 'skipped');
CREATE UNIQUE INDEX queue_tickets_at_window ON queue_tickets (window_id)
  WHERE state IN ('called', 'serving');

CREATE TABLE queue_appointments (
  code          TEXT PRIMARY KEY NOT NULL,
  category_id   TEXT NOT NULL,
  id_hash       TEXT NOT NULL,
  id_tail6      TEXT NOT NULL,
  date          TEXT NOT NULL,
  slot_from     TEXT NOT NULL,
  slot_to       TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  ticket_id     TEXT REFERENCES queue_tickets (id),
  checked_in_at INTEGER
) STRICT;
CREATE INDEX queue_appointments_by_person ON queue_appointments (id_hash, date);
CREATE INDEX queue_appointments_by_date ON queue_appointments (date, category_id);
`;
