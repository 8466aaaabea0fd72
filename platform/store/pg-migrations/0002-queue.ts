// PostgreSQL 0002: the queue engine as SQLite has it after its 0002 (queue), 0007 (bookings: phone,
// channel, slot and holder indexes), 0010 (tickets by date and window), 0012 (reserved_for) and 0016
// (hall-scoped counters and live numbers). Counters keyed on (hall, category, business date): the
// numbering takes the counter row FOR UPDATE (platform/queue/numbering.ts).
export default `
CREATE TABLE queue_settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);

CREATE TABLE queue_config (
  kind     TEXT NOT NULL CHECK (kind IN ('category', 'window', 'staff')),
  id       TEXT NOT NULL,
  position BIGINT NOT NULL,
  body     TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE queue_counters (
  hall_id       TEXT NOT NULL DEFAULT 'default',
  category_id   TEXT NOT NULL,
  business_date TEXT NOT NULL,
  last_number   BIGINT NOT NULL,
  PRIMARY KEY (hall_id, category_id, business_date)
);

CREATE TABLE queue_tickets (
  id               TEXT PRIMARY KEY NOT NULL,
  business_date    TEXT NOT NULL,
  category_id      TEXT NOT NULL,
  number           TEXT NOT NULL,
  queue_seq        BIGINT NOT NULL,
  state            TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'held', 'skipped', 'transferred', 'finished')),
  origin           TEXT NOT NULL CHECK (origin IN ('issue', 'appointment', 'transfer', 'offline')),
  priority_rank    BIGINT,
  priority_code    TEXT,
  priority_label   TEXT,
  priority_mark    TEXT,
  priority_basis   TEXT,
  id_hash          TEXT,
  id_tail6         TEXT,
  channel          TEXT NOT NULL,
  terminal_id      TEXT NOT NULL,
  slot_from        TEXT,
  issued_at        BIGINT NOT NULL,
  window_id        TEXT,
  staff_id         TEXT,
  called_at        BIGINT,
  call_count       BIGINT NOT NULL DEFAULT 0,
  finished_at      BIGINT,
  transferred_from TEXT REFERENCES queue_tickets (id),
  transferred_to   TEXT REFERENCES queue_tickets (id) DEFERRABLE INITIALLY DEFERRED,
  appointment_code TEXT,
  updated_at       BIGINT NOT NULL,
  reserved_for     TEXT,
  hall_id          TEXT NOT NULL DEFAULT 'default'
);
CREATE INDEX queue_tickets_by_category ON queue_tickets (business_date, category_id, state);
CREATE INDEX queue_tickets_by_person ON queue_tickets (business_date, id_hash);
CREATE INDEX queue_tickets_by_window ON queue_tickets (window_id, state);
CREATE INDEX queue_tickets_by_seq ON queue_tickets (queue_seq);
CREATE INDEX queue_tickets_by_date_window ON queue_tickets (business_date, window_id);
CREATE INDEX queue_tickets_reserved ON queue_tickets (reserved_for) WHERE reserved_for IS NOT NULL;
CREATE UNIQUE INDEX queue_tickets_live_number ON queue_tickets (hall_id, business_date, number)
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
  created_at    BIGINT NOT NULL,
  ticket_id     TEXT REFERENCES queue_tickets (id),
  checked_in_at BIGINT,
  phone_masked  TEXT,
  channel       TEXT
);
CREATE INDEX queue_appointments_by_person ON queue_appointments (id_hash, date);
CREATE INDEX queue_appointments_by_date ON queue_appointments (date, category_id);
CREATE INDEX queue_appointments_by_slot ON queue_appointments (category_id, date, slot_from);
CREATE INDEX queue_appointments_by_holder ON queue_appointments (id_hash, category_id, date);
`;
