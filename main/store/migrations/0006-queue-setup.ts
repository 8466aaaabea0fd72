// 0006: the last queue set-up the platform gave (business categories, windows), so offline numbering
// and the home screen work from a cold start while the platform is away. One row, replaced whole.
// `format` is the shape of `body` (a later shape is a new number, and an older row is ignored, not
// misread); `fetched_at` is when the platform gave it (NULL: carried over from the meta key an
// earlier version kept, time unknown).
export default `
CREATE TABLE queue_setup (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  format        INTEGER NOT NULL,
  business_date TEXT NOT NULL,
  fetched_at    INTEGER,
  body          TEXT NOT NULL
) STRICT;

INSERT INTO queue_setup (id, format, business_date, fetched_at, body)
SELECT 1, 1, json_extract(value, '$.businessDate'), NULL,
       json_object('categories', json(json_extract(value, '$.categories')), 'windows', json('[]'))
  FROM meta
 WHERE key = 'queue.setup' AND json_valid(value)
   AND json_type(value, '$.businessDate') = 'text' AND json_type(value, '$.categories') = 'array';

DELETE FROM meta WHERE key = 'queue.setup';
`;
