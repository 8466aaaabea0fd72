// 0016: numbering scoped to a hall (issue 17: several halls in one platform). The counters are keyed
// on (hall, category, business date) and a live number is unique per hall and day; every row written
// before, and every row the single-hall platform writes, belongs to the hall 'default'. The counters
// table is rebuilt (SQLite cannot change a primary key in place); tickets take a column.
export default `
CREATE TABLE queue_counters_by_hall (
  hall_id       TEXT NOT NULL DEFAULT 'default',
  category_id   TEXT NOT NULL,
  business_date TEXT NOT NULL,
  last_number   INTEGER NOT NULL,
  PRIMARY KEY (hall_id, category_id, business_date)
) STRICT;
INSERT INTO queue_counters_by_hall (hall_id, category_id, business_date, last_number)
  SELECT 'default', category_id, business_date, last_number FROM queue_counters;
DROP TABLE queue_counters;
ALTER TABLE queue_counters_by_hall RENAME TO queue_counters;

ALTER TABLE queue_tickets ADD COLUMN hall_id TEXT NOT NULL DEFAULT 'default';
DROP INDEX queue_tickets_live_number;
CREATE UNIQUE INDEX queue_tickets_live_number ON queue_tickets (hall_id, business_date, number)
  WHERE state IN ('waiting', 'called', 'serving', 'held', 'skipped');
`;
