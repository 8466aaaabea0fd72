// 0009: the admin panel's PIN guard: wrong PINs in a row and the lockout they caused, one row, so
// that restarting the terminal neither resets the count nor lifts a lockout.
export default `
CREATE TABLE admin_guard (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  failed_tries INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  updated_at   INTEGER NOT NULL
);
`;
