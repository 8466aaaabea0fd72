// PostgreSQL 0005 (SQLite 0017): several halls in one platform. `halls` with the seed's hall
// `default`; a terminal and its enrolment code belong to a hall; the queue's configuration,
// appointments, window pauses, staff credentials, hall settings, notices and help calls are a hall's.
// Rows written before belong to `default`. Keys change in place (PostgreSQL can, unlike SQLite).
export default `
CREATE TABLE halls (
  id         TEXT PRIMARY KEY NOT NULL,
  name       TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
INSERT INTO halls (id, name, created_at) VALUES ('default', '政务服务大厅', 0);

ALTER TABLE terminals ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE enrolment_codes ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX terminals_by_hall ON terminals (hall_id, id);

ALTER TABLE queue_config ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE queue_config DROP CONSTRAINT queue_config_pkey;
ALTER TABLE queue_config ADD PRIMARY KEY (hall_id, kind, id);
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

ALTER TABLE window_pauses ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE window_pauses DROP CONSTRAINT window_pauses_pkey;
ALTER TABLE window_pauses ADD PRIMARY KEY (hall_id, window_id);

ALTER TABLE staff_credentials ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE staff_credentials DROP CONSTRAINT staff_credentials_pkey;
ALTER TABLE staff_credentials DROP CONSTRAINT staff_credentials_card_hash_key;
ALTER TABLE staff_credentials ADD PRIMARY KEY (hall_id, staff_id);
CREATE UNIQUE INDEX staff_credentials_card ON staff_credentials (hall_id, card_hash) WHERE card_hash IS NOT NULL;

ALTER TABLE hall_settings ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE hall_settings DROP CONSTRAINT hall_settings_pkey;
ALTER TABLE hall_settings DROP CONSTRAINT IF EXISTS hall_settings_id_check;
ALTER TABLE hall_settings DROP COLUMN id;
ALTER TABLE hall_settings ALTER COLUMN hall_id DROP DEFAULT;
ALTER TABLE hall_settings ADD PRIMARY KEY (hall_id);

ALTER TABLE notices ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE notices DROP CONSTRAINT notices_pkey;
ALTER TABLE notices ADD PRIMARY KEY (hall_id, id);
ALTER TABLE notices_revision ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
ALTER TABLE notices_revision DROP CONSTRAINT notices_revision_pkey;
ALTER TABLE notices_revision DROP CONSTRAINT IF EXISTS notices_revision_id_check;
ALTER TABLE notices_revision DROP COLUMN id;
ALTER TABLE notices_revision ALTER COLUMN hall_id DROP DEFAULT;
ALTER TABLE notices_revision ADD PRIMARY KEY (hall_id);

ALTER TABLE help_calls ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX help_calls_by_hall ON help_calls (hall_id, state, created_at);
`;
