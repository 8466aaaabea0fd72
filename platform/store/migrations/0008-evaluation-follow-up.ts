// 0008: 好差评 from the kiosk. A case remembers who accepted it (window and staff), so a rating of the
// case given elsewhere than at the window is booked to them; a rating keeps its window and staff as
// columns, the citizen's follow-up phone (核实整改, 回访) and where its follow-up stands.
export default `
ALTER TABLE cases ADD COLUMN accepted_window_id TEXT;
ALTER TABLE cases ADD COLUMN accepted_staff_id TEXT;

ALTER TABLE evaluations ADD COLUMN window_id TEXT;
ALTER TABLE evaluations ADD COLUMN staff_id TEXT;
ALTER TABLE evaluations ADD COLUMN follow_up_phone TEXT;
-- none: a good rating; due: a bad one the hall must verify and call back (整改, 回访) by follow_up_by.
ALTER TABLE evaluations ADD COLUMN follow_up TEXT NOT NULL DEFAULT 'none' CHECK (follow_up IN ('none', 'due', 'done'));
ALTER TABLE evaluations ADD COLUMN follow_up_by TEXT;
CREATE INDEX evaluations_follow_up ON evaluations (follow_up, follow_up_by);
`;
