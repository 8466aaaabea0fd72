// 0005: the version of the form definitions the terminal holds. Forms are synced on their own
// (the platform versions them like the catalogue), so their version is kept apart from it.
export default `
CREATE TABLE catalogue_forms_state (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  version    INTEGER NOT NULL,
  synced_at  INTEGER NOT NULL
) STRICT;
`;
