// 0009: window staff sign-in (上岗). Each staff member's PIN as a scrypt hash with its own salt (the
// cost parameters kept beside it, so they can be raised later), an optional staff card as a keyed hash
// of its ID number (like bookings keep ID numbers), wrong PINs in a row and the lock they lead to; and
// a window's pause (暂停服务). Nothing here is kept in clear.
export default `
CREATE TABLE staff_credentials (
  staff_id     TEXT PRIMARY KEY NOT NULL,
  -- scrypt$N$r$p$<salt base64url>$<hash base64url>
  pin_hash     TEXT NOT NULL,
  card_hash    TEXT UNIQUE,
  failed_pins  INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER
) STRICT;

CREATE TABLE window_pauses (
  window_id TEXT PRIMARY KEY NOT NULL,
  paused_at INTEGER NOT NULL
) STRICT;
`;
