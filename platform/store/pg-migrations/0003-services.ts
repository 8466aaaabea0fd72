// PostgreSQL 0003: the rest of the platform as SQLite has it after its 0003-0015: secrets, the
// catalogue by version with tombstones, cases (0008, 0011 columns), evaluations and their follow-up
// (0008, 0010), form submissions (0013), complaints, notices (0004), fees and payment orders (0005),
// help calls (0006), staff credentials and window pauses (0009), intake (0011), hall settings (0014, its
// version 0015).
export default `
CREATE TABLE platform_secrets (
  name  TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);

CREATE TABLE catalogue_versions (
  version    BIGINT PRIMARY KEY,
  created_at BIGINT NOT NULL
);

CREATE TABLE catalogue_entries (
  kind     TEXT NOT NULL,
  id       TEXT NOT NULL,
  version  BIGINT NOT NULL REFERENCES catalogue_versions (version),
  deleted  BIGINT NOT NULL DEFAULT 0,
  body     TEXT,
  PRIMARY KEY (kind, id)
);
CREATE INDEX catalogue_entries_by_version ON catalogue_entries (kind, version);

CREATE TABLE cases (
  case_number  TEXT PRIMARY KEY NOT NULL,
  id_hash      TEXT NOT NULL,
  query_code_hash TEXT NOT NULL,
  body         TEXT NOT NULL,
  accepted_window_id TEXT,
  accepted_staff_id  TEXT,
  handed_over_at        BIGINT,
  handed_over_window_id TEXT,
  handed_over_staff_id  TEXT
);
CREATE INDEX cases_by_person ON cases (id_hash);

CREATE TABLE evaluations (
  id           TEXT PRIMARY KEY NOT NULL,
  target       TEXT NOT NULL,
  stage        TEXT NOT NULL,
  level        TEXT NOT NULL,
  terminal_id  TEXT NOT NULL,
  body         TEXT NOT NULL,
  received_at  BIGINT NOT NULL,
  window_id    TEXT,
  staff_id     TEXT,
  follow_up_phone TEXT,
  follow_up    TEXT NOT NULL DEFAULT 'none' CHECK (follow_up IN ('none', 'due', 'done')),
  follow_up_by TEXT,
  UNIQUE (target, stage)
);
CREATE INDEX evaluations_follow_up ON evaluations (follow_up, follow_up_by);

CREATE TABLE evaluation_follow_ups (
  evaluation_id   TEXT PRIMARY KEY NOT NULL REFERENCES evaluations (id),
  handler         TEXT,
  action_taken    TEXT,
  called_back_at  TEXT,
  outcome         TEXT CHECK (outcome IS NULL OR outcome IN ('rectified', 'explained', 'unreachable')),
  closed_at       BIGINT,
  updated_at      BIGINT NOT NULL
);

CREATE TABLE form_submissions (
  id           TEXT PRIMARY KEY NOT NULL,
  form_id      TEXT NOT NULL,
  terminal_id  TEXT NOT NULL,
  body         TEXT NOT NULL,
  received_at  BIGINT NOT NULL,
  submission_id       TEXT,
  download_token_hash TEXT
);
CREATE UNIQUE INDEX form_submissions_submission_id ON form_submissions (submission_id) WHERE submission_id IS NOT NULL;

CREATE TABLE complaints (
  id           TEXT PRIMARY KEY NOT NULL,
  terminal_id  TEXT NOT NULL,
  body         TEXT NOT NULL,
  received_at  BIGINT NOT NULL
);

CREATE TABLE notices (
  id         TEXT PRIMARY KEY NOT NULL,
  body       TEXT NOT NULL,
  valid_to   BIGINT,
  updated_at BIGINT NOT NULL
);

CREATE TABLE notices_revision (
  id       BIGINT PRIMARY KEY CHECK (id = 1),
  revision BIGINT NOT NULL
);
INSERT INTO notices_revision (id, revision) VALUES (1, 0);

CREATE TABLE case_fees (
  fee_id       TEXT PRIMARY KEY NOT NULL,
  case_number  TEXT NOT NULL REFERENCES cases (case_number),
  seq          BIGINT NOT NULL,
  body         TEXT NOT NULL,
  paid_at      BIGINT,
  order_id     TEXT,
  UNIQUE (case_number, seq)
);

CREATE TABLE payment_orders (
  order_id     TEXT PRIMARY KEY NOT NULL,
  fee_id       TEXT NOT NULL REFERENCES case_fees (fee_id),
  amount_fen   BIGINT NOT NULL,
  state        TEXT NOT NULL,
  created_at   BIGINT NOT NULL,
  expires_at   BIGINT NOT NULL,
  settled_at   BIGINT,
  receipt_number TEXT,
  terminal_id  TEXT
);
CREATE INDEX payment_orders_by_fee ON payment_orders (fee_id, state);

CREATE TABLE help_calls (
  id              TEXT PRIMARY KEY NOT NULL,
  terminal_id     TEXT NOT NULL,
  place           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  state           TEXT NOT NULL CHECK (state IN ('waiting', 'acknowledged', 'cancelled', 'resolved')),
  created_at      BIGINT NOT NULL,
  acknowledged_at BIGINT,
  acknowledged_by TEXT,
  cancelled_at    BIGINT,
  resolved_at     BIGINT
);
CREATE INDEX help_calls_open ON help_calls (state, created_at);
CREATE INDEX help_calls_by_terminal ON help_calls (terminal_id, state);

CREATE TABLE staff_credentials (
  staff_id     TEXT PRIMARY KEY NOT NULL,
  pin_hash     TEXT NOT NULL,
  card_hash    TEXT UNIQUE,
  failed_pins  BIGINT NOT NULL DEFAULT 0,
  locked_until BIGINT
);

CREATE TABLE window_pauses (
  window_id TEXT PRIMARY KEY NOT NULL,
  paused_at BIGINT NOT NULL
);

CREATE TABLE intake_notices (
  number        TEXT PRIMARY KEY NOT NULL,
  id_hash       TEXT NOT NULL,
  item_id       TEXT NOT NULL,
  guide_hash    TEXT NOT NULL,
  missing       TEXT NOT NULL,
  received      TEXT NOT NULL,
  body          TEXT NOT NULL,
  business_date TEXT NOT NULL,
  issued_at     BIGINT NOT NULL,
  settled_by    TEXT
);
CREATE INDEX intake_notices_by_person_item ON intake_notices (id_hash, item_id, issued_at);

CREATE TABLE ticket_cases (
  ticket_id   TEXT NOT NULL,
  case_number TEXT NOT NULL,
  stage       TEXT NOT NULL CHECK (stage IN ('accept', 'handOver')),
  window_id   TEXT NOT NULL,
  staff_id    TEXT NOT NULL,
  bound_at    BIGINT NOT NULL,
  PRIMARY KEY (ticket_id, case_number)
);
CREATE INDEX ticket_cases_by_case ON ticket_cases (case_number);

CREATE TABLE hall_settings (
  id         BIGINT PRIMARY KEY CHECK (id = 1),
  body       TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  version    BIGINT NOT NULL DEFAULT 1
);
`;
