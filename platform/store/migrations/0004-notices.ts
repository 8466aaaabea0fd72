// 0004: hall notices (大厅公告) published to the terminals. `revision` moves on with every change, for the ETag.
export default `
CREATE TABLE notices (
  id         TEXT PRIMARY KEY NOT NULL,
  body       TEXT NOT NULL,
  valid_to   INTEGER,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE notices_revision (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL
) STRICT;
INSERT INTO notices_revision (id, revision) VALUES (1, 0);
`;
