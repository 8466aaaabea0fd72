// IdCardReader: the resident ID-card reader over any ByteTransport (serial, memory link...). Polls
// find -> select -> read, tells cardInserted once per placed card and cardRemoved when it is gone.
//
// Presence: after a card is read, polls send only "find card" while it keeps answering 9F (no
// re-read, no repeat event). "No card" (80) counts a miss; `removeAfterMisses` misses in a row end
// the card. A card found again after a shorter gap is read again to confirm it is the same card
// (someone may have swapped cards); if it cannot be selected (many readers refuse to re-select a
// card they already read: 81), it is taken to be the same one.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { type Clock } from '../../domain/clock.ts';
import type { ByteTransport, TransportState } from '../transports/transport.ts';
import { CommandChannel } from './command-channel.ts';
import { formatSamId, type CommandName } from './commands.ts';
import { defaultTimeouts, exchangeFor, type IdCardReaderTimeouts } from './exchanges.ts';
import type { ResponseFrame } from './frame.codec.ts';
import { Listeners } from '../common/listeners.ts';
import { decodeReadResponse } from './read-response.codec.ts';
import { isSamFault, SW3_FIND_OK, SW3_OK, sw3Error } from './status-codes.ts';
import type { CardType, Identity, IdCardReaderEventName, IdCardReaderEvents, ReaderStatus } from './types.ts';

export interface IdCardReaderOptions {
  readonly transport: ByteTransport;
  readonly clock: Clock;
  /** Pause between the end of one poll and the start of the next. Default 250 ms. */
  readonly pollIntervalMs?: number;
  readonly timeouts?: Partial<IdCardReaderTimeouts>;
  /** Read with 30 10 (text, photo and fingerprint) instead of 30 01. Default false. */
  readonly withFingerprint?: boolean;
  /** "No card" answers in a row before the card counts as removed. Default 2. */
  readonly removeAfterMisses?: number;
  /** Failed reads of one placed card before `readFailed` is told (and reading stops until it is lifted). Default 3. */
  readonly maxReadAttempts?: number;
  /** Communication failures (timeouts, bad frames) in a row before the status turns to error. Default 2. */
  readonly errorAfterFailures?: number;
  /**
   * How often to try reopening a disconnected transport. Default 1000 ms. null: never call open(),
   * wait for the transport to reopen itself (a ReconnectingTransport does, with its own backoff).
   * Either way the reader resumes as soon as the transport reports 'open' again.
   */
  readonly reconnectIntervalMs?: number | null;
  /** Told about bugs: a listener that threw, an unexpected throw. Default: rethrown asynchronously. */
  readonly onBug?: (error: unknown) => void;
}

export interface SamId {
  readonly raw: Uint8Array;
  /** `05.01-20101111-0012345678-2157498467` (vendor display convention). */
  readonly text: string;
}

/** A frame's SW3 is a fault of the link or the reader, not an answer about the card. */
function isLinkFault(sw3: number): boolean {
  return sw3 === 0x10 || sw3 === 0x11 || sw3 === 0x21 || sw3 === 0x24;
}

function cardKey(identity: Identity): string {
  return `${identity.cardType}|${identity.idNumber}|${identity.validFrom}`;
}

export class IdCardReader {
  readonly #transport: ByteTransport;
  readonly #clock: Clock;
  readonly #channel: CommandChannel;
  readonly #pollMs: number;
  readonly #timeouts: IdCardReaderTimeouts;
  readonly #withFingerprint: boolean;
  readonly #removeAfterMisses: number;
  readonly #maxReadAttempts: number;
  readonly #errorAfterFailures: number;
  readonly #reconnectMs: number | null;
  readonly #onBug: (error: unknown) => void;
  readonly #listeners: Listeners<IdCardReaderEvents>;

  #status: ReaderStatus = { state: 'stopped' };
  #running = false;
  /** Bumped by stop and disconnect: a poll of an older epoch stops where it is. */
  #epoch = 0;
  #timer: unknown = null;
  #unsubscribeState: (() => void) | null = null;
  #card: { key: string; cardType: CardType } | null = null;
  #misses = 0;
  #attempts = 0;
  #failures = 0;

  constructor(options: IdCardReaderOptions) {
    const { transport, clock } = options;
    this.#transport = transport;
    this.#clock = clock;
    this.#channel = new CommandChannel(transport, clock);
    this.#pollMs = Math.max(0, options.pollIntervalMs ?? 250);
    this.#timeouts = { ...defaultTimeouts, ...options.timeouts };
    this.#withFingerprint = options.withFingerprint ?? false;
    this.#removeAfterMisses = Math.max(1, options.removeAfterMisses ?? 2);
    this.#maxReadAttempts = Math.max(1, options.maxReadAttempts ?? 3);
    this.#errorAfterFailures = Math.max(1, options.errorAfterFailures ?? 2);
    this.#reconnectMs = options.reconnectIntervalMs === null ? null : Math.max(1, options.reconnectIntervalMs ?? 1000);
    this.#onBug =
      options.onBug ??
      ((e) =>
        queueMicrotask(() => {
          throw e;
        }));
    this.#listeners = new Listeners(this.#onBug);
  }

  get status(): ReaderStatus {
    return this.#status;
  }

  /** Whether a card has been read and is still on the reader. */
  get hasCard(): boolean {
    return this.#card !== null;
  }

  /** Counters for diagnostics (no personal data). */
  get stats(): { readonly channel: CommandChannel['stats']; readonly decoder: CommandChannel['decoderStats'] } {
    return { channel: this.#channel.stats, decoder: this.#channel.decoderStats };
  }

  on<K extends IdCardReaderEventName>(event: K, listener: (payload: IdCardReaderEvents[K]) => void): () => void {
    return this.#listeners.on(event, listener);
  }

  /**
   * Opens the transport if needed, checks the SAM and starts polling. Resolves with the outcome of
   * that first check; whatever it is, the reader keeps polling (or reconnecting) until `stop()`.
   */
  async start(): Promise<Result<void>> {
    if (this.#running) return ok();
    this.#running = true;
    this.#failures = 0;
    const epoch = ++this.#epoch;
    this.#setStatus({ state: 'starting' });
    this.#channel.attach();
    this.#unsubscribeState = this.#transport.onState((s) => this.#onTransportState(s));
    if (this.#transport.state !== 'open') {
      const opened = await this.#transport.open();
      if (epoch !== this.#epoch) return ok();
      if (!opened.ok) {
        this.#onDisconnected();
        return opened;
      }
    }
    return this.#initialise(epoch);
  }

  /** Stops polling and forgets the card (no events). Leaves the transport open for its owner. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#epoch++;
    this.#clearTimer();
    this.#channel.cancel(kioskError('device.disconnected', 'id-card reader stopped'));
    this.#channel.detach();
    this.#unsubscribeState?.();
    this.#unsubscribeState = null;
    this.#forgetCard();
    this.#setStatus({ state: 'stopped' });
  }

  /** SAM status check (11 FF). */
  async samStatus(): Promise<Result<void>> {
    const r = await this.#command('samStatus');
    if (!r.ok) return r;
    return r.value.sw3 === SW3_OK ? ok() : err(sw3Error(r.value.sw3, r.value.sw1, r.value.sw2));
  }

  /** The SAM module's id (12 FF). */
  async samId(): Promise<Result<SamId>> {
    const r = await this.#command('samId');
    if (!r.ok) return r;
    if (r.value.sw3 !== SW3_OK) return err(sw3Error(r.value.sw3, r.value.sw1, r.value.sw2));
    return ok({ raw: r.value.data, text: formatSamId(r.value.data) });
  }

  // ---- commands -----------------------------------------------------------------------------

  /** Runs a command; the result's frame may carry any SW3. Updates the reader status on the way. */
  async #command(name: CommandName): Promise<Result<ResponseFrame>> {
    const r = await this.#channel.send(exchangeFor(name, this.#timeouts));
    if (!r.ok) {
      this.#communicationFailure(r.error);
      return r;
    }
    const { sw1, sw2, sw3 } = r.value;
    if (isSamFault(sw3)) this.#setStatusIfLive({ state: 'error', error: sw3Error(sw3, sw1, sw2) });
    else if (isLinkFault(sw3)) this.#communicationFailure(sw3Error(sw3, sw1, sw2));
    else {
      this.#failures = 0;
      this.#setStatusIfLive({ state: 'ready' });
    }
    return r;
  }

  // ---- polling ------------------------------------------------------------------------------

  async #initialise(epoch: number): Promise<Result<void>> {
    const r = await this.samStatus();
    if (epoch === this.#epoch) this.#schedulePoll(epoch, 0);
    return r;
  }

  #schedulePoll(epoch: number, delayMs: number): void {
    if (!this.#running || epoch !== this.#epoch) return;
    this.#clearTimer();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      this.#poll(epoch).then(
        () => this.#schedulePoll(epoch, this.#pollMs),
        (e: unknown) => {
          this.#onBug(e);
          this.#schedulePoll(epoch, this.#pollMs);
        },
      );
    }, delayMs);
  }

  async #poll(epoch: number): Promise<void> {
    const find = await this.#command('findCard');
    if (epoch !== this.#epoch || !find.ok) return;
    const sw3 = find.value.sw3;
    if (sw3 === SW3_FIND_OK) await this.#cardFound(epoch);
    else if (sw3 === 0x80) this.#noCardFound();
  }

  #noCardFound(): void {
    this.#attempts = 0;
    if (!this.#card) return;
    this.#misses++;
    if (this.#misses < this.#removeAfterMisses) return;
    const { cardType } = this.#card;
    this.#forgetCard();
    this.#emit('cardRemoved', { cardType });
  }

  async #cardFound(epoch: number): Promise<void> {
    if (this.#card && this.#misses === 0) return; // the card read before is still there
    if (!this.#card && this.#attempts >= this.#maxReadAttempts) return; // gave up on this placement
    const confirming = this.#card !== null;

    const select = await this.#command('selectCard');
    if (epoch !== this.#epoch) return;
    if (!select.ok) return this.#readAttemptFailed(select.error, confirming);
    if (select.value.sw3 !== SW3_OK) {
      if (confirming) {
        this.#misses = 0; // found but not selectable again: the card that was read
        return;
      }
      return this.#readAttemptFailed(sw3Error(select.value.sw3, select.value.sw1, select.value.sw2), false);
    }

    const read = await this.#command(this.#withFingerprint ? 'readWithFingerprint' : 'readText');
    if (epoch !== this.#epoch) return;
    if (!read.ok) return this.#readAttemptFailed(read.error, confirming);
    const identity = decodeReadResponse(read.value, this.#withFingerprint);
    if (!identity.ok) return this.#readAttemptFailed(identity.error, confirming);

    this.#attempts = 0;
    this.#misses = 0;
    const key = cardKey(identity.value);
    if (this.#card?.key === key) return;
    if (this.#card) {
      const { cardType } = this.#card;
      this.#forgetCard();
      this.#emit('cardRemoved', { cardType });
    }
    this.#card = { key, cardType: identity.value.cardType };
    this.#emit('cardInserted', identity.value);
  }

  #readAttemptFailed(error: KioskError, confirming: boolean): void {
    if (confirming) return; // keep the card; the next gap-free poll leaves it alone, a removal ends it
    this.#attempts++;
    if (this.#attempts === this.#maxReadAttempts) this.#emit('readFailed', error);
  }

  #forgetCard(): void {
    this.#card = null;
    this.#misses = 0;
    this.#attempts = 0;
  }

  // ---- status, connection -------------------------------------------------------------------

  #communicationFailure(error: KioskError): void {
    if (error.code === 'device.disconnected') return; // the transport's state change tells this
    this.#failures++;
    if (this.#failures >= this.#errorAfterFailures) this.#setStatusIfLive({ state: 'error', error });
  }

  #onTransportState(state: TransportState): void {
    if (!this.#running) return;
    if (state === 'disconnected' || state === 'closed') this.#onDisconnected();
    else if (state === 'open') this.#onReconnected();
  }

  /** The transport is open again (reopened by us or by itself): check the SAM and poll. */
  #onReconnected(): void {
    if (!this.#running || this.#status.state !== 'disconnected') return;
    this.#clearTimer();
    const epoch = ++this.#epoch;
    this.#setStatus({ state: 'starting' });
    void this.#initialise(epoch);
  }

  #onDisconnected(): void {
    if (this.#status.state === 'disconnected') return;
    const epoch = ++this.#epoch;
    this.#clearTimer();
    this.#channel.cancel(kioskError('device.disconnected', `${this.#transport.description}: disconnected`));
    if (this.#card) {
      const { cardType } = this.#card;
      this.#forgetCard();
      this.#emit('cardRemoved', { cardType });
    }
    this.#failures = 0;
    this.#setStatus({ state: 'disconnected' });
    this.#scheduleReconnect(epoch);
  }

  #scheduleReconnect(epoch: number): void {
    if (!this.#running || epoch !== this.#epoch || this.#reconnectMs === null) return;
    this.#clearTimer();
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = null;
      if (!this.#running || epoch !== this.#epoch) return;
      this.#transport.open().then(
        (opened) => {
          if (!this.#running || epoch !== this.#epoch) return;
          if (!opened.ok) return this.#scheduleReconnect(epoch);
          this.#onReconnected(); // usually done already by the 'open' state event
        },
        (e: unknown) => {
          this.#onBug(e);
          this.#scheduleReconnect(epoch);
        },
      );
    }, this.#reconnectMs);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Status changes that command outcomes cause; ignored while stopped or disconnected. */
  #setStatusIfLive(status: ReaderStatus): void {
    if (!this.#running || this.#status.state === 'disconnected') return;
    this.#setStatus(status);
  }

  #setStatus(status: ReaderStatus): void {
    const before = this.#status;
    const same =
      before.state === status.state &&
      (before.state !== 'error' || (status.state === 'error' && before.error.code === status.error.code));
    if (same) return;
    this.#status = status;
    this.#emit('statusChanged', status);
  }

  #emit<K extends IdCardReaderEventName>(event: K, payload: IdCardReaderEvents[K]): void {
    this.#listeners.emit(event, payload);
  }
}
