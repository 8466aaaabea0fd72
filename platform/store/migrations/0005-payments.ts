// 0005: the fees of cases (便民缴费) and the payment orders of the simulated payment provider.
export default `
CREATE TABLE case_fees (
  fee_id       TEXT PRIMARY KEY NOT NULL,
  case_number  TEXT NOT NULL REFERENCES cases (case_number),
  seq          INTEGER NOT NULL,
  body         TEXT NOT NULL,
  paid_at      INTEGER,
  order_id     TEXT,
  UNIQUE (case_number, seq)
) STRICT;

-- state: pending | paid | cancelled. "expired" is a pending order past expires_at (settled on read).
CREATE TABLE payment_orders (
  order_id     TEXT PRIMARY KEY NOT NULL,
  fee_id       TEXT NOT NULL REFERENCES case_fees (fee_id),
  amount_fen   INTEGER NOT NULL,
  state        TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  settled_at   INTEGER,
  receipt_number TEXT,
  terminal_id  TEXT
) STRICT;
CREATE INDEX payment_orders_by_fee ON payment_orders (fee_id, state);
`;
