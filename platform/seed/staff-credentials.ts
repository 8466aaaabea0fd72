// The seed hall's staff sign-in (上岗) for development and tests. DEMO ONLY: every staff member's PIN
// is the four digits of their staff number followed by 88 (LX2001 -> 200188); three have a staff card,
// which is the ID card of a test identity of the simulated reader (devices/idcard/test-identities.ts;
// the platform may not import devices/, so the numbers are written here and a test keeps them equal).
// The platform stores only a scrypt hash of each PIN and a keyed hash of each card's ID number.

/** The demo PIN of a seed staff member: their number's digits and 88. */
export function seedPinOf(staffId: string): string {
  return `${staffId.slice(2)}88`;
}

/** Staff cards: the reader's test identity (by its key) whose card signs the staff member in. */
export const seedStaffCards: readonly { readonly staffId: string; readonly identity: string; readonly idNumber: string }[] = [
  { staffId: 'LX2001', identity: 'maJianguo', idNumber: '640104196509110577' },
  { staffId: 'LX2002', identity: 'weiXiuying', idNumber: '450103197511024021' },
  { staffId: 'LX2101', identity: 'baoBateer', idNumber: '150102197901180153' },
];
