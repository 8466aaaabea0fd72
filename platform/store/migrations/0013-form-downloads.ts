// 0013: form submissions found by the terminal's submission id (F<terminal>-<yyyymmdd>-<nnnn>), which
// is also their idempotency: the same id arriving again (a replay under another key, a terminal
// restored from a backup) is stored once. download_token_hash: the SHA-256 of the one-time token in
// the QR a kiosk without an A4 printer shows, so a phone can fetch the application's PDF
// (GET /m/form/<submission id>?t=<token>); the token itself never reaches the platform. Rows from
// before this migration take the id from their body (the first of each id).
export default `
ALTER TABLE form_submissions ADD COLUMN submission_id TEXT;
ALTER TABLE form_submissions ADD COLUMN download_token_hash TEXT;
UPDATE form_submissions SET submission_id = json_extract(body, '$.submissionId'), download_token_hash = json_extract(body, '$.downloadTokenHash')
  WHERE rowid IN (SELECT min(rowid) FROM form_submissions GROUP BY json_extract(body, '$.submissionId'));
CREATE UNIQUE INDEX form_submissions_submission_id ON form_submissions (submission_id) WHERE submission_id IS NOT NULL;
`;
