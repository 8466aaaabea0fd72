// 0018: each hall's catalogue scope (issue 17: several halls in one platform). A row says whether a
// hall offers an item (offered 1) or no longer does (offered 0, kept as the hall's tombstone), and the
// catalogue version at which that last changed, so a terminal syncing "since" an older version learns
// of an item added to its hall (sent as an item) or taken out (sent as a deletion) even when the item
// itself did not change. A hall with no row offers every item (the embedded hall 'default' unchanged).
// Written by CatalogueStore.setScope (platform/services/catalogue-store.ts).
export default `
CREATE TABLE catalogue_scope (
  hall_id  TEXT NOT NULL,
  item_id  TEXT NOT NULL,
  offered  INTEGER NOT NULL CHECK (offered IN (0, 1)),
  version  INTEGER NOT NULL REFERENCES catalogue_versions (version),
  PRIMARY KEY (hall_id, item_id)
) STRICT;
CREATE INDEX catalogue_scope_by_version ON catalogue_scope (hall_id, version);
`;
