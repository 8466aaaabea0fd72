// 0001: the terminal's own facts (installation id, first boot) as key/value rows.
export default `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
`;
