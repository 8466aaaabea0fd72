// The window rating part of the contract (好差评 at the window, counter role). A terminal that rates no
// window (not a counter, or no counter.areaCode) answers windowRating.off, and `state` says idle.
import { kioskError } from '../../../domain/errors.ts';
import { err, ok } from '../../../domain/result.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { windowRatingPart } from '../../contract/window-rating.ts';
import type { WindowRating } from './window-rating.ts';

export function windowRatingHandlers(s: { readonly windowRating: WindowRating | null }): HandlersOf<typeof windowRatingPart> {
  const w = s.windowRating;
  const off = () => err(kioskError('windowRating.off', 'this terminal rates no window (a counter terminal with counter.areaCode set does)'));
  return {
    'windowRating.state': () => ok(w ? w.view : { state: 'idle' as const }),
    'windowRating.rate': ({ level }) => (w ? w.rate(level, 'screen') : off()),
    'windowRating.giveReasons': ({ reasons, followUpPhone }) => (w ? w.giveReasons(reasons, followUpPhone) : off()),
    'windowRating.ask': () => (w ? w.askAgain() : off()),
  };
}
