// Calling a helper (帮办代办) at the kiosk: one call at a time, made on the platform (help.create, with
// the kiosk's place in the hall from config), followed live through the platform's event stream
// (staff acknowledged: someone is coming, and who; cancelled; resolved), caught up with help.get when
// the stream may have missed something. A call cannot reach staff without the platform, so offline is
// said plainly by the screen (go to the help desk in person). A cancel that cannot be sent is kept and
// sent when the platform is back, with the same idempotency key. Nothing is stored: a call belongs to
// the visit, and when the visit ends an open call is cancelled (the citizen has gone).
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { Config } from '../../../config/schema/index.ts';
import { isOpenHelpCall, type HelpCall, type HelpReason } from '../../../domain/help.ts';
import type { HelpState } from '../../contract/help.ts';
import { isTransient, platformCodeOf, type PlatformClient } from '../../platform-client/client.ts';
import type { PlatformEvents } from '../link/platform-events.ts';
import type { Logger } from '../system/event-log.ts';

export interface HelpDeskOptions {
  readonly client: Pick<PlatformClient, 'call'>;
  readonly events: Pick<PlatformEvents, 'on' | 'onResync' | 'onChange' | 'state'>;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newKey?: () => string;
  /** Told every new state. */
  readonly onChange: (state: HelpState) => void;
}

export class HelpDesk {
  readonly #o: HelpDeskOptions;
  #call: HelpCall | null = null;
  /** A cancel the platform has not confirmed yet: sent again when it is back. */
  #pendingCancel: { id: string; key: string } | null = null;

  constructor(options: HelpDeskOptions) {
    this.#o = options;
    const take = (e: { call: HelpCall }) => this.#update(e.call);
    for (const type of ['helpAcknowledged', 'helpCancelled', 'helpResolved', 'helpCalled'] as const) options.events.on(type, take);
    options.events.onResync(() => void this.refresh());
    options.events.onChange(() => this.#emit());
  }

  state(): HelpState {
    const { config, events } = this.#o;
    return { call: this.#call, live: events.state.state === 'connected', deskPlace: config.help.deskPlace ?? null, waitSeconds: config.help.waitSeconds };
  }

  async call(reason: HelpReason): Promise<Result<HelpState>> {
    if (this.#call && isOpenHelpCall(this.#call.state)) return ok(this.state());
    const r = await this.#o.client.call('help.create', {
      body: { reason, place: this.#o.config.terminal.hallArea },
      idempotencyKey: this.#key(),
    });
    if (!r.ok) return err(this.#failure('help.create', r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'help.create answered "not modified"'));
    this.#call = r.value.value;
    this.#o.log.info('help called', { call: this.#call.id, reason, place: this.#call.place });
    this.#emit();
    return ok(this.state());
  }

  async cancel(): Promise<Result<HelpState>> {
    const call = this.#call;
    if (!call || !isOpenHelpCall(call.state)) return err(kioskError('help.notFound', 'no help call is open on this kiosk'));
    this.#pendingCancel = { id: call.id, key: this.#key() };
    // Said at once: the citizen no longer waits, whether or not the platform heard it yet.
    this.#call = { ...call, state: 'cancelled', cancelledAt: new Date(this.#o.clock.now()).toISOString() };
    this.#emit();
    await this.#sendCancel();
    return ok(this.state());
  }

  /** Asks the platform how the call is now (the event stream may have missed something), and sends a kept cancel. */
  async refresh(): Promise<void> {
    await this.#sendCancel();
    const call = this.#call;
    if (!call || !isOpenHelpCall(call.state)) return;
    const r = await this.#o.client.call('help.get', { params: { callId: call.id } });
    if (r.ok && !r.value.notModified) this.#update(r.value.value);
    else if (!r.ok) this.#o.log.warn('could not catch up on the help call', { code: r.error.code });
  }

  /** The visit ended: an open call is cancelled (nobody is left waiting), and the next citizen starts afresh. */
  visitEnded(): void {
    if (this.#call && isOpenHelpCall(this.#call.state)) {
      this.#o.log.info('visit ended with a help call open: cancelling it', { call: this.#call.id });
      void this.cancel().then(() => this.#forget());
      return;
    }
    this.#forget();
  }

  #forget(): void {
    if (this.#call === null) return;
    this.#call = null;
    this.#emit();
  }

  async #sendCancel(): Promise<void> {
    const pending = this.#pendingCancel;
    if (!pending) return;
    const r = await this.#o.client.call('help.cancel', { params: { callId: pending.id }, idempotencyKey: pending.key });
    if (!r.ok && isTransient(r.error)) {
      this.#o.log.warn('help call cancel not delivered yet: sent again when the platform is back', { call: pending.id, code: r.error.code });
      return;
    }
    if (this.#pendingCancel === pending) this.#pendingCancel = null;
    if (r.ok) {
      if (!r.value.notModified) this.#update(r.value.value);
      this.#o.log.info('help call cancelled', { call: pending.id });
    } else {
      // Resolved meanwhile, or unknown to the platform: nothing left to cancel.
      this.#o.log.warn('the platform refused to cancel the help call', { call: pending.id, code: platformCodeOf(r.error) ?? r.error.code });
    }
  }

  /** A newer view of this kiosk's call (from an answer or an event); another kiosk's is not ours. */
  #update(call: HelpCall): void {
    const mine = this.#call;
    if (!mine || mine.id !== call.id) return;
    // A cancel not yet confirmed stays cancelled on this screen, whatever an older event says.
    if (this.#pendingCancel?.id === call.id && isOpenHelpCall(call.state)) return;
    if (JSON.stringify(mine) === JSON.stringify(call)) return;
    this.#call = call;
    if (call.state === 'acknowledged') this.#o.log.info('help call acknowledged by staff', { call: call.id });
    this.#emit();
  }

  #failure(route: string, e: KioskError): KioskError {
    this.#o.log.warn(`${route} failed`, { code: e.code, platformCode: platformCodeOf(e) });
    return e;
  }

  #key(): string {
    return (this.#o.newKey ?? randomUUID)();
  }

  #emit(): void {
    this.#o.onChange(this.state());
  }
}
