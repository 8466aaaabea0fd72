// 0010: the follow-up record of a bad rating (核实整改, 回访): who handles it, what was verified and
// done, when the citizen was called back, and the outcome it was closed with. One row per evaluation,
// made at the first update; evaluations.follow_up says 'done' once it is closed.
export default `
CREATE TABLE evaluation_follow_ups (
  evaluation_id   TEXT PRIMARY KEY NOT NULL REFERENCES evaluations (id),
  handler         TEXT,
  action_taken    TEXT,
  called_back_at  TEXT,
  outcome         TEXT CHECK (outcome IS NULL OR outcome IN ('rectified', 'explained', 'unreachable')),
  closed_at       INTEGER,
  updated_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX queue_tickets_by_date_window ON queue_tickets (business_date, window_id);
`;
