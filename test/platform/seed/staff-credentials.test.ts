// The seed's demo staff sign-in: every staff member has a PIN by the documented rule, and each staff
// card is the ID number of the simulated reader's test identity it names (the platform cannot import
// devices/, so the numbers are written twice: this keeps them equal).
import { describe, expect, it } from 'vitest';
import { testIdentities } from '../../../devices/idcard/test-identities.ts';
import { hasValidCheckDigit } from '../../../domain/id-number.ts';
import { staff } from '../../../platform/seed/index.ts';
import { seedPinOf, seedStaffCards } from '../../../platform/seed/staff-credentials.ts';

describe('seed staff credentials', () => {
  it('gives every staff member a 6-digit PIN: their number and 88', () => {
    for (const s of staff) expect(seedPinOf(s.id)).toMatch(/^\d{4}88$/);
    expect(seedPinOf('LX2001')).toBe('200188');
  });

  it('makes each staff card the ID card of a test identity, for a staff member of the seed', () => {
    for (const card of seedStaffCards) {
      const identity = testIdentities[card.identity as keyof typeof testIdentities];
      expect(identity?.idNumber, card.identity).toBe(card.idNumber);
      expect(hasValidCheckDigit(card.idNumber)).toBe(true);
      expect(staff.some((s) => s.id === card.staffId)).toBe(true);
    }
    expect(new Set(seedStaffCards.map((c) => c.staffId)).size).toBe(seedStaffCards.length);
  });
});
