// 0014: the hall's remote settings for its terminals (idle timeout, notices shown, playlist, opening
// hours), one row: what terminals.settings answers. Kept as the JSON the hall staff set.
export default `
CREATE TABLE hall_settings (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  body       TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
`;
