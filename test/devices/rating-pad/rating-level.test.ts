import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  fromGbCode,
  fromProvincialCode,
  isRatingLevel,
  ratingLevelLabels,
  ratingLevels,
  ratingNeedsReason,
  toGbCode,
  toProvincialCode,
} from '../../../devices/rating-pad/rating-level.ts';

describe('rating levels', () => {
  it('GB/T 39046 codes 1..5 from 非常满意 down', () => {
    expect(ratingLevels.map((l) => [ratingLevelLabels[l], toGbCode(l)])).toEqual([
      ['非常满意', 1],
      ['满意', 2],
      ['基本满意', 3],
      ['不满意', 4],
      ['非常不满意', 5],
    ]);
  });

  it('the provincial coding is the reverse', () => {
    expect(ratingLevels.map(toProvincialCode)).toEqual([5, 4, 3, 2, 1]);
    expect(fromProvincialCode(5)).toEqual({ ok: true, value: 'verySatisfied' });
    expect(fromGbCode(5)).toEqual({ ok: true, value: 'veryDissatisfied' });
  });

  it('round-trips both codings and refuses anything else', () => {
    for (const level of ratingLevels) {
      expect(fromGbCode(toGbCode(level))).toEqual({ ok: true, value: level });
      expect(fromProvincialCode(toProvincialCode(level))).toEqual({ ok: true, value: level });
    }
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (code) => {
        const valid = Number.isInteger(code) && code >= 1 && code <= 5;
        for (const r of [fromGbCode(code), fromProvincialCode(code)]) {
          expect(r.ok).toBe(valid);
          if (!r.ok) expect(r.error.code).toBe('ratingPad.unknownCode');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('only the two bad levels need a reason', () => {
    expect(ratingLevels.filter(ratingNeedsReason)).toEqual(['dissatisfied', 'veryDissatisfied']);
    expect(isRatingLevel('satisfied')).toBe(true);
    expect(isRatingLevel('满意')).toBe(false);
  });
});
