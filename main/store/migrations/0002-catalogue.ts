// 0002: the terminal's cached copy of the service catalogue (items, departments, themes, form
// definitions) and its search index. Items keep the validated record as JSON (in a table of its own,
// so that scans over the narrow columns never read the guides) plus the columns that filters and
// ranking use. `catalogue_search` and `catalogue_search_guide` are FTS5 tables with the trigram
// tokenizer (substring search for Chinese of 3+ characters and for pinyin); `catalogue_search_grams`
// holds single characters and pairs for shorter queries. Their rowid is `catalogue_items.no`.
// `catalogue_item_uses` counts selections on this terminal (a popularity tie-breaker); a sync never
// clears it.
export default `
CREATE TABLE catalogue_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  version   INTEGER NOT NULL,
  synced_at INTEGER NOT NULL
) STRICT;

CREATE TABLE catalogue_items (
  no               INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  hash             TEXT NOT NULL,
  level            TEXT NOT NULL,
  name             TEXT NOT NULL,
  catalog_code     TEXT NOT NULL,
  task_code        TEXT NOT NULL,
  dept_code        TEXT NOT NULL,
  dept_name        TEXT NOT NULL,
  server_types     TEXT NOT NULL,
  kiosk_handled    INTEGER NOT NULL,
  bookable         INTEGER NOT NULL,
  is_online        INTEGER NOT NULL,
  name_norm        TEXT NOT NULL,
  keywords_norm    TEXT NOT NULL,
  name_pinyin      TEXT NOT NULL,
  name_initials    TEXT NOT NULL,
  keyword_pinyin   TEXT NOT NULL,
  keyword_initials TEXT NOT NULL,
  dept_norm        TEXT NOT NULL
) STRICT;
CREATE INDEX catalogue_items_catalog_code ON catalogue_items (catalog_code);
CREATE INDEX catalogue_items_task_code ON catalogue_items (task_code);
CREATE INDEX catalogue_items_dept_code ON catalogue_items (dept_code);

CREATE TABLE catalogue_item_docs (
  no   INTEGER PRIMARY KEY,
  json TEXT NOT NULL
) STRICT;

-- Two trigram indexes: the short fields a citizen means (name, keywords, their pinyin, department)
-- and the guide text (conditions, material names), searched only when the first gives too few.
-- detail=none keeps no positions (half the size of detail=full, a third of its build time); a word
-- longer than a trigram is matched as the AND of its trigrams and confirmed with instr(). A bigger
-- pending-terms hash (8 MB instead of 1 MB) lets a full sync flush once instead of merging segments.
CREATE VIRTUAL TABLE catalogue_search USING fts5 (
  name, keywords, pinyin, initials, dept,
  tokenize = 'trigram', detail = 'none'
);
INSERT INTO catalogue_search (catalogue_search, rank) VALUES ('hashsize', 8388608);
CREATE VIRTUAL TABLE catalogue_search_guide USING fts5 (
  conditions, materials,
  tokenize = 'trigram', detail = 'none'
);
INSERT INTO catalogue_search_guide (catalogue_search_guide, rank) VALUES ('hashsize', 8388608);
-- One- and two-character queries: characters and pairs of characters of the short fields as tokens.
CREATE VIRTUAL TABLE catalogue_search_grams USING fts5 (
  grams,
  tokenize = 'unicode61', detail = 'none'
);
INSERT INTO catalogue_search_grams (catalogue_search_grams, rank) VALUES ('hashsize', 8388608);

CREATE TABLE catalogue_departments (
  code     TEXT PRIMARY KEY NOT NULL,
  position INTEGER NOT NULL,
  json     TEXT NOT NULL
) STRICT;

CREATE TABLE catalogue_themes (
  code       TEXT PRIMARY KEY NOT NULL,
  sort_order INTEGER NOT NULL,
  json       TEXT NOT NULL
) STRICT;

-- Which items a theme shows: source 0 = listed by the theme (position = its order there),
-- source 1 = the item names the theme in its own "themes" field.
CREATE TABLE catalogue_theme_items (
  theme_code TEXT NOT NULL,
  source     INTEGER NOT NULL,
  item_id    TEXT NOT NULL,
  position   INTEGER NOT NULL,
  PRIMARY KEY (theme_code, source, item_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX catalogue_theme_items_item ON catalogue_theme_items (item_id, theme_code);

CREATE TABLE catalogue_forms (
  id      TEXT PRIMARY KEY NOT NULL,
  item_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  hash    TEXT NOT NULL,
  json    TEXT NOT NULL
) STRICT;
CREATE INDEX catalogue_forms_item ON catalogue_forms (item_id);

CREATE TABLE catalogue_item_uses (
  id   TEXT PRIMARY KEY NOT NULL,
  uses INTEGER NOT NULL
) STRICT;
`;
