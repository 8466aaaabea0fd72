// 0011 (numbered at merge): one-window intake (一窗受理) and result hand-out (综合出件).
// intake_notices: every one-time notice of missing materials (一次性告知书) given, with the applicant
// hashed, the item, the fingerprint of the item's materials when it was given (a changed guide may
// name new gaps) and what was missing and received, so a return visit can be held to it.
// ticket_cases: a served ticket bound to the case it was served for (accepted or handed over), so a
// rating of the ticket can be filed against the case. cases: who handed the result over, and when.
export default `
CREATE TABLE intake_notices (
  number        TEXT PRIMARY KEY NOT NULL,
  id_hash       TEXT NOT NULL,
  item_id       TEXT NOT NULL,
  guide_hash    TEXT NOT NULL,
  missing       TEXT NOT NULL,
  received      TEXT NOT NULL,
  body          TEXT NOT NULL,
  business_date TEXT NOT NULL,
  issued_at     INTEGER NOT NULL,
  -- The case accepted later for the same applicant and item: the notice is settled, it holds no later visit.
  settled_by    TEXT
) STRICT;
CREATE INDEX intake_notices_by_person_item ON intake_notices (id_hash, item_id, issued_at);

CREATE TABLE ticket_cases (
  ticket_id   TEXT NOT NULL,
  case_number TEXT NOT NULL,
  stage       TEXT NOT NULL CHECK (stage IN ('accept', 'handOver')),
  window_id   TEXT NOT NULL,
  staff_id    TEXT NOT NULL,
  bound_at    INTEGER NOT NULL,
  PRIMARY KEY (ticket_id, case_number)
) STRICT;
CREATE INDEX ticket_cases_by_case ON ticket_cases (case_number);

ALTER TABLE cases ADD COLUMN handed_over_at INTEGER;
ALTER TABLE cases ADD COLUMN handed_over_window_id TEXT;
ALTER TABLE cases ADD COLUMN handed_over_staff_id TEXT;
`;
