// 好差评 at the window (counter role). When the platform's stream says this terminal's window finished
// a ticket (ticketFinished: ticket, window, staff), the citizen is asked: the rating pad lights its
// keys and plays its prompt, and the counter screen's citizen side shows the five levels. The next
// rating key (or a touch on the screen) within `ratingWaitSeconds` is the rating of that ticket at
// stage 受理 ('accept'), bound to the window and the staff member the event named, channel hallPad,
// rated at the moment of the press in hall time, with the hall's area code. It goes through the
// outbox: kept durably, delivered exactly once, later when the platform is away.
//
// A bad rating (不满意, 非常不满意) must carry a reason (DOMAIN.md §4); the pads we drive send no reason
// code (§7: FUNC 11 carries the level only), so the screen asks for the national reasons and an
// optional phone for the call back. When the citizen gives none within the wait, the rating is still
// filed (a citizen's 差评 is never dropped) with no reason picked and the comment NO_REASON_GIVEN,
// which the platform accepts as the reason text and which opens its follow-up like any bad rating:
// the follow-up (回访) asks the citizen. Nothing is filed when no level was pressed at all.
//
// One rating per ticket and stage: this terminal remembers what it rated (and what waits in its
// outbox, across a restart); a repeat press shows "已评价过" and files nothing; the platform refuses a
// repeat that slipped through (evaluation.duplicate: set aside by the outbox, never counted twice). A
// key pressed with nothing to rate is logged and does nothing. A finished ticket that names no staff
// member is never rated (a rating must name who served).
//
// Case or ticket: the rating names the served ticket; when one-window intake bound that ticket to a
// case, the platform files it as the case's 受理 rating (platform/services/records-store.ts).
import type { Clock } from '../../../domain/clock.ts';
import { kioskError } from '../../../domain/errors.ts';
import type { EvaluationInput } from '../../../domain/evaluation.ts';
import type { QueueEventOf } from '../../../domain/queue.ts';
import { ratedAtOf, ratingNeedsReason, type RatingLevel, type RatingReason } from '../../../domain/rating.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { WindowRatingView } from '../../contract/window-rating.ts';
import type { Outbox } from '../link/outbox.ts';
import type { Logger } from '../system/event-log.ts';
import { EVALUATION_KIND } from './rating-desk.ts';

/** The comment of a bad rating whose reasons were not given in time (the platform's reason text). */
export const NO_REASON_GIVEN = '评价人未在限定时间内选择差评原因（待回访核实）';
/** How long the thanks or the refusal stays on the citizen side. */
export const SHOW_RESULT_MS = 8000;

export interface ServedTicket {
  readonly ticketId: string;
  readonly number: string;
  readonly windowId: string;
  readonly staffId: string;
}

export interface WindowRatingOptions {
  readonly windowId: string;
  readonly areaCode: string;
  readonly waitSeconds: number;
  readonly timeZone: string;
  readonly outbox: Pick<Outbox, 'enqueue' | 'waiting' | 'drain' | 'state'>;
  /** Lights the pad's keys and plays its prompt; null when no pad is configured. */
  readonly requestOnPad: () => Promise<Result<void>> | null;
  readonly clock: Clock;
  readonly log: Logger;
  readonly onChange: (view: WindowRatingView) => void;
}

type Asked = { readonly served: ServedTicket; readonly level: RatingLevel | null; readonly pressedAt: number | null };

export class WindowRating {
  readonly #o: WindowRatingOptions;
  #view: WindowRatingView = { state: 'idle' };
  /** The ticket being asked about, and the level pressed so far. */
  #asked: Asked | null = null;
  /** The last ticket this window finished (what the staff's 请评价 key asks about again). */
  #last: ServedTicket | null = null;
  /** The tickets this terminal filed a rating of (stage accept). */
  readonly #rated = new Set<string>();
  #timer: unknown = null;
  /** The last delivery attempt and what followed it (the view updated). */
  #settled: Promise<void> = Promise.resolve();

  constructor(options: WindowRatingOptions) {
    this.#o = options;
  }

  get view(): WindowRatingView {
    return this.#view;
  }

  /** The platform announced a finished ticket (any window's: only this window's is asked about). */
  ticketFinished(e: QueueEventOf<'ticketFinished'>): void {
    if (e.windowId !== this.#o.windowId) return;
    if (e.staffId === null) {
      this.#last = null;
      this.#o.log.warn('a finished ticket names no staff member: no rating is asked (it could not be booked to anyone)', { number: e.number });
      return;
    }
    const served = { ticketId: e.ticketId, number: e.number, windowId: e.windowId, staffId: e.staffId };
    this.#last = served;
    if (this.#isRated(served)) return; // the same event again (a replay after the stream came back)
    this.#ask(served);
  }

  /** A rating key on the pad, or a level touched on the screen. */
  rate(level: RatingLevel, from: 'pad' | 'screen'): Result<WindowRatingView> {
    const asked = this.#asked;
    if (asked) {
      if (this.#isRated(asked.served)) return ok(this.#refuse(asked.served));
      const pressedAt = this.#o.clock.now();
      if (!ratingNeedsReason(level)) return ok(this.#file({ ...asked, level, pressedAt }, []));
      this.#asked = { ...asked, level, pressedAt };
      this.#show({ state: 'reasons', ticket: ticketOf(asked.served), level, until: this.#deadline() });
      this.#timeAfter(this.#o.waitSeconds * 1000, () => this.#timedOut());
      return ok(this.#view);
    }
    if (this.#last && this.#isRated(this.#last)) {
      this.#o.log.info('a rating key was pressed for a ticket already rated: refused', { from, number: this.#last.number });
      return ok(this.#refuse(this.#last));
    }
    this.#o.log.info('a rating key was pressed with nothing to rate: ignored', { from });
    return err(kioskError('windowRating.nothingToRate', 'no finished ticket waits for a rating at this window'));
  }

  /** The reasons of the bad level pressed: files the rating. */
  giveReasons(reasons: readonly RatingReason[], followUpPhone?: string): Result<WindowRatingView> {
    const asked = this.#asked;
    if (!asked || asked.level === null || this.#view.state !== 'reasons') {
      return err(kioskError('windowRating.nothingToRate', 'no bad rating waits for its reasons (it was filed, or the time ran out)'));
    }
    return ok(this.#file(asked, reasons, followUpPhone));
  }

  /** The staff's 请评价: ask again about the last finished ticket, unless it is rated. */
  askAgain(): Result<WindowRatingView> {
    const last = this.#last;
    if (!last) return err(kioskError('windowRating.nothingToRate', 'this window has finished no ticket that can be rated since it started'));
    if (this.#isRated(last)) {
      this.#refuse(last);
      return err(kioskError('evaluation.duplicate', `ticket ${last.number} was already rated`, { stage: 'accept', waiting: false }));
    }
    if (this.#asked?.served.ticketId === last.ticketId) return ok(this.#view);
    this.#ask(last);
    return ok(this.#view);
  }

  stop(): void {
    this.#clearTimer();
  }

  /** Resolves when the last rating's delivery attempt is over and the view says how it went. */
  whenSettled(): Promise<void> {
    return this.#settled;
  }

  #ask(served: ServedTicket): void {
    this.#asked = { served, level: null, pressedAt: null };
    this.#show({ state: 'asking', ticket: ticketOf(served), until: this.#deadline() });
    const asking = this.#o.requestOnPad();
    if (asking === null) this.#o.log.info('no rating pad: the rating is asked on the screen only');
    else
      void asking.then((r) => {
        if (!r.ok) this.#o.log.warn('the rating pad could not be asked; the screen still asks', { code: r.error.code });
      });
    this.#timeAfter(this.#o.waitSeconds * 1000, () => this.#timedOut());
  }

  #timedOut(): void {
    const asked = this.#asked;
    if (!asked) return;
    if (asked.level === null) {
      this.#o.log.info('no rating was given in time', { number: asked.served.number });
      this.#asked = null;
      this.#show({ state: 'idle' });
      return;
    }
    this.#o.log.info('a bad rating without reasons in time: filed as "no reason given"', { number: asked.served.number });
    this.#file(asked, [], undefined, NO_REASON_GIVEN);
  }

  #file(asked: Asked, reasons: readonly RatingReason[], followUpPhone?: string, comment?: string): WindowRatingView {
    const { served } = asked;
    const level = asked.level!;
    const evaluation: EvaluationInput = {
      ticketId: served.ticketId,
      stage: 'accept',
      level,
      reasons: [...reasons],
      ...(comment === undefined ? {} : { comment }),
      windowId: served.windowId,
      staffId: served.staffId,
      channel: 'hallPad',
      ...(followUpPhone === undefined ? {} : { followUpPhone }),
      ratedAt: ratedAtOf(asked.pressedAt ?? this.#o.clock.now(), this.#o.timeZone),
      areaCode: this.#o.areaCode,
    };
    const reference = this.#o.outbox.enqueue(EVALUATION_KIND, 'evaluations.create', evaluation);
    this.#rated.add(served.ticketId);
    this.#asked = null;
    this.#o.log.info('window rating filed', { number: served.number, level, reasons: reasons.length, followUp: followUpPhone !== undefined });
    const thanks: WindowRatingView = { state: 'thanks', ticket: ticketOf(served), level, sent: false };
    this.#show(thanks);
    this.#timeAfter(SHOW_RESULT_MS, () => this.#show({ state: 'idle' }));
    // One delivery attempt now, so the screen can say whether the platform has it; the rating is safe
    // in the outbox whatever happens.
    this.#settled = this.#o.outbox.drain().then(() => {
      const state = this.#o.outbox.state(reference);
      if (this.#view !== thanks) return;
      if (state?.state === 'refused' && state.lastError?.includes('/evaluation.duplicate:')) this.#refuse(served);
      else if (state?.state === 'delivered') this.#show({ ...thanks, sent: true });
    });
    return thanks;
  }

  #refuse(served: ServedTicket): WindowRatingView {
    this.#asked = null;
    this.#show({ state: 'refused', ticket: ticketOf(served) });
    this.#timeAfter(SHOW_RESULT_MS, () => this.#show({ state: 'idle' }));
    return this.#view;
  }

  #isRated(served: ServedTicket): boolean {
    if (this.#rated.has(served.ticketId)) return true;
    // A rating still waiting in the outbox (this terminal restarted before it was delivered).
    return this.#o.outbox.waiting(EVALUATION_KIND).some((body) => {
      const e = body as Partial<EvaluationInput>;
      return e.stage === 'accept' && e.ticketId === served.ticketId;
    });
  }

  #deadline(): string {
    return new Date(this.#o.clock.now() + this.#o.waitSeconds * 1000).toISOString();
  }

  #timeAfter(ms: number, fn: () => void): void {
    this.#clearTimer();
    this.#timer = this.#o.clock.setTimeout(() => {
      this.#timer = null;
      fn();
    }, ms);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #show(view: WindowRatingView): void {
    if (view.state === 'idle') this.#clearTimer();
    this.#view = view;
    this.#o.onChange(view);
  }
}

function ticketOf(s: ServedTicket): { ticketId: string; number: string } {
  return { ticketId: s.ticketId, number: s.number };
}

