// The rating part of the contract (好差评 at the kiosk): find a case that can still be rated, rate it.
import type { HandlersOf } from '../../contract/index.ts';
import type { ratingPart } from '../../contract/rating.ts';
import type { RatingDesk } from './rating-desk.ts';

export function ratingHandlers(s: { readonly rating: RatingDesk }): HandlersOf<typeof ratingPart> {
  return {
    'rating.lookup': ({ idNumber }) => s.rating.lookup(idNumber),
    'rating.query': ({ caseNumber, queryCode }) => s.rating.query(caseNumber, queryCode),
    'rating.check': ({ caseNumber }) => s.rating.check(caseNumber),
    'rating.submit': (input) => s.rating.submit(input),
  };
}
