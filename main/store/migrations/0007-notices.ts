// 0007: the hall's notices as the platform last gave them (replaced whole at each sync), so home shows
// them while the platform is away.
export default `
CREATE TABLE notices (
  id         TEXT PRIMARY KEY NOT NULL,
  body       TEXT NOT NULL
) STRICT;
`;
