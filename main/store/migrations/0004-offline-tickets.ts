// 0004: the terminal's own numbering for tickets it issues while the platform is away (from the
// reserved range of each category, per business date), and the last known queue set-up.
export default `
CREATE TABLE offline_counters (
  business_date TEXT NOT NULL,
  category_id   TEXT NOT NULL,
  last_number   INTEGER NOT NULL,
  PRIMARY KEY (business_date, category_id)
) STRICT;
`;
