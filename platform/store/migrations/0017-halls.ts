// 0017: several halls in one platform (issue 17). `halls` names each hall (the seed's hall `default`
// exists from here on); a terminal and its enrolment code belong to one hall; the queue's
// configuration, appointments, window pauses, staff credentials, hall settings, notices and help
// calls are a hall's, keyed or filtered by `hall_id`. Every row written before belongs to `default`.
// Tables whose key changes are rebuilt (SQLite cannot change a primary key in place). The catalogue's
// scope per hall is not here (another migration).
export default `
CREATE TABLE halls (
  id         TEXT PRIMARY KEY NOT NULL,
  name       TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
INSERT INTO halls (id, name, created_at) VALUES ('default', '政务服务大厅', 0);

ALTER TABLE terminals ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE enrolment_codes ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX terminals_by_hall ON terminals (hall_id, id);

CREATE TABLE queue_config_by_hall (
  hall_id  TEXT NOT NULL DEFAULT 'default',
  kind     TEXT NOT NULL CHECK (kind IN ('category', 'window', 'staff')),
  id       TEXT NOT NULL,
  position INTEGER NOT NULL,
  body     TEXT NOT NULL,
  PRIMARY KEY (hall_id, kind, id)
) STRICT;
INSERT INTO queue_config_by_hall (hall_id, kind, id, position, body) SELECT 'default', kind, id, position, body FROM queue_config;
DROP TABLE queue_config;
ALTER TABLE queue_config_by_hall RENAME TO queue_config;
UPDATE queue_settings SET key = 'configVersion:default' WHERE key = 'configVersion';

ALTER TABLE queue_appointments ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX queue_appointments_by_hall_date ON queue_appointments (hall_id, date, category_id);
DROP INDEX queue_tickets_at_window;
CREATE UNIQUE INDEX queue_tickets_at_window ON queue_tickets (hall_id, window_id)
  WHERE state IN ('called', 'serving');
-- Every ticket query names the hall, and halls share category and window ids: the hall leads.
DROP INDEX queue_tickets_by_category;
CREATE INDEX queue_tickets_by_category ON queue_tickets (hall_id, business_date, category_id, state);
DROP INDEX queue_tickets_by_window;
CREATE INDEX queue_tickets_by_window ON queue_tickets (hall_id, window_id, state);

CREATE TABLE window_pauses_by_hall (
  hall_id   TEXT NOT NULL DEFAULT 'default',
  window_id TEXT NOT NULL,
  paused_at INTEGER NOT NULL,
  PRIMARY KEY (hall_id, window_id)
) STRICT;
INSERT INTO window_pauses_by_hall (hall_id, window_id, paused_at) SELECT 'default', window_id, paused_at FROM window_pauses;
DROP TABLE window_pauses;
ALTER TABLE window_pauses_by_hall RENAME TO window_pauses;

CREATE TABLE staff_credentials_by_hall (
  hall_id      TEXT NOT NULL DEFAULT 'default',
  staff_id     TEXT NOT NULL,
  pin_hash     TEXT NOT NULL,
  card_hash    TEXT,
  failed_pins  INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  PRIMARY KEY (hall_id, staff_id)
) STRICT;
INSERT INTO staff_credentials_by_hall (hall_id, staff_id, pin_hash, card_hash, failed_pins, locked_until)
  SELECT 'default', staff_id, pin_hash, card_hash, failed_pins, locked_until FROM staff_credentials;
DROP TABLE staff_credentials;
ALTER TABLE staff_credentials_by_hall RENAME TO staff_credentials;
CREATE UNIQUE INDEX staff_credentials_card ON staff_credentials (hall_id, card_hash) WHERE card_hash IS NOT NULL;

CREATE TABLE hall_settings_by_hall (
  hall_id    TEXT PRIMARY KEY NOT NULL,
  body       TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1
) STRICT;
INSERT INTO hall_settings_by_hall (hall_id, body, updated_at, version) SELECT 'default', body, updated_at, version FROM hall_settings;
DROP TABLE hall_settings;
ALTER TABLE hall_settings_by_hall RENAME TO hall_settings;

CREATE TABLE notices_by_hall (
  hall_id    TEXT NOT NULL DEFAULT 'default',
  id         TEXT NOT NULL,
  body       TEXT NOT NULL,
  valid_to   INTEGER,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (hall_id, id)
) STRICT;
INSERT INTO notices_by_hall (hall_id, id, body, valid_to, updated_at) SELECT 'default', id, body, valid_to, updated_at FROM notices;
DROP TABLE notices;
ALTER TABLE notices_by_hall RENAME TO notices;
CREATE TABLE notices_revision_by_hall (
  hall_id  TEXT PRIMARY KEY NOT NULL,
  revision INTEGER NOT NULL
) STRICT;
INSERT INTO notices_revision_by_hall (hall_id, revision) SELECT 'default', revision FROM notices_revision;
DROP TABLE notices_revision;
ALTER TABLE notices_revision_by_hall RENAME TO notices_revision;

ALTER TABLE help_calls ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX help_calls_by_hall ON help_calls (hall_id, state, created_at);
`;
