// The window rating part of the contract (好差评 at the window, counter role). A terminal that rates no
// window (not a counter, or no counter.areaCode) answers windowRating.off, and `state` says idle.
// The developer page's stand-in for the supervisor (follow-ups, the day's figures) is refused unless
// the profile enables the page.
import { kioskError } from '../../../domain/errors.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { windowRatingPart } from '../../contract/window-rating.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { WindowRating } from './window-rating.ts';

type Answer<T> = Result<{ notModified: true } | { notModified: false; value: T }>;

export function windowRatingHandlers(s: { readonly windowRating: WindowRating | null; readonly client: Pick<PlatformClient, 'call'>; readonly config: Pick<Config, 'dev'> }): HandlersOf<typeof windowRatingPart> {
  const w = s.windowRating;
  const off = () => err(kioskError('windowRating.off', 'this terminal rates no window (a counter terminal with counter.areaCode set does)'));
  const dev = async <T>(route: string, call: () => Promise<Answer<T>>): Promise<Result<T>> => {
    if (!s.config.dev.page) return err(kioskError('dev.disabled', 'the developer page is not enabled in this profile'));
    const r = await call();
    if (!r.ok) return r;
    return r.value.notModified ? err(kioskError('platform.badResponse', `${route} answered "not modified"`)) : ok(r.value.value);
  };
  return {
    'windowRating.state': () => ok(w ? w.view : { state: 'idle' as const }),
    'windowRating.rate': ({ level }) => (w ? w.rate(level, 'screen') : off()),
    'windowRating.giveReasons': ({ reasons, followUpPhone }) => (w ? w.giveReasons(reasons, followUpPhone) : off()),
    'windowRating.ask': () => (w ? w.askAgain() : off()),
    'dev.followUps': ({ state }) => dev('supervision.followUps', () => s.client.call('supervision.followUps', { query: { state } })),
    'dev.updateFollowUp': ({ id, update }) =>
      dev('supervision.updateFollowUp', () => s.client.call('supervision.updateFollowUp', { params: { followUpId: id }, body: update, idempotencyKey: crypto.randomUUID() })),
    'dev.supervisionDaily': ({ date }) => dev('supervision.daily', () => s.client.call('supervision.daily', { query: { date } })),
  };
}
