// The five 好差评 levels (国办发〔2019〕51号, GB/T 39734/39735-2020) as named values, and the pure
// mappings to the codes used at the edges. Store the named level; map only where a code leaves or
// enters the terminal: GB/T 39046 codes 1..5 from 非常满意 down, many provincial APIs the reverse.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';

// The levels, their wording and the reason rule are the contract's (an evaluation crosses the wire);
// the codes below are how pads and provincial APIs write them.
import { ratingLevelLabels, ratingLevels, ratingNeedsReason, type RatingLevel } from '../../domain/evaluation.ts';

export { ratingLevelLabels, ratingLevels, ratingNeedsReason, type RatingLevel };

export function isRatingLevel(value: unknown): value is RatingLevel {
  return typeof value === 'string' && (ratingLevels as readonly string[]).includes(value);
}

/** GB/T 39046: 1 非常满意 .. 5 非常不满意. */
export function toGbCode(level: RatingLevel): 1 | 2 | 3 | 4 | 5 {
  return (ratingLevels.indexOf(level) + 1) as 1 | 2 | 3 | 4 | 5;
}

export function fromGbCode(code: number): Result<RatingLevel> {
  const level = Number.isInteger(code) ? ratingLevels[code - 1] : undefined;
  return level === undefined
    ? err(kioskError('ratingPad.unknownCode', `GB/T 39046 rating code ${String(code)} is not 1..5`))
    : ok(level);
}

/** The reversed coding many provincial 好差评 APIs use: 5 非常满意 .. 1 非常不满意. */
export function toProvincialCode(level: RatingLevel): 1 | 2 | 3 | 4 | 5 {
  return (ratingLevels.length - ratingLevels.indexOf(level)) as 1 | 2 | 3 | 4 | 5;
}

export function fromProvincialCode(code: number): Result<RatingLevel> {
  const level = Number.isInteger(code) ? ratingLevels[ratingLevels.length - code] : undefined;
  return level === undefined
    ? err(kioskError('ratingPad.unknownCode', `provincial rating code ${String(code)} is not 1..5`))
    : ok(level);
}
