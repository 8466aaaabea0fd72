// 0015: the hall settings' version, bumped by every put: the ETag of terminals.settings, so each
// terminal takes a change at its next sync and fetches nothing otherwise.
export default `
ALTER TABLE hall_settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
`;
