// IdCardReaderSimulator: plays the reader on the device end of a ByteTransport, answering like a SAM
// module (SW codes for find/select without a card, the full 1295-byte read, the fingerprint
// variant). One instance per reader; hooks let a test or a demo place and lift cards and misbehave.
import { ok, type Result } from '../../domain/result.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import type { ByteTransport } from '../transports/transport.ts';
import { commandName, SAM_ID_LENGTH, type CommandName } from './commands.ts';
import { createCommandDecoder, encodeResponse, type CommandFrame } from './frame.codec.ts';
import { encodeReadData } from './read-response.codec.ts';
import { SW3_FIND_OK, SW3_OK } from './status-codes.ts';
import type { Identity } from './types.ts';

export interface IdCardReaderSimulatorOptions {
  /** The device side of the link the driver talks through. */
  readonly transport: ByteTransport;
  /** How many of the newest commands `received` keeps (the driver polls for a card 4 times a second,
   *  all day). Default 1000. */
  readonly keepReceived?: number;
  /** Drives stall(ms) and chunk delays. Default: the system clock. */
  readonly clock?: Clock;
  /** Split every response into chunks of this many bytes (real serial arrives in pieces). Default: whole frames. */
  readonly chunkSize?: number;
  /** Pause between chunks (with chunkSize). Default 0: chunks follow one another at once. */
  readonly chunkDelayMs?: number;
  /**
   * What a card that was read and stays on the reader answers: 'answer-again' (find, select and read
   * work again) or 'select-fails' (found, but select answers 81 until it is lifted and placed again,
   * as many readers do). Default 'answer-again'.
   */
  readonly afterRead?: 'answer-again' | 'select-fails';
  /** 16 bytes. */
  readonly samId?: Uint8Array;
}

export type Corruption = 'checksum' | 'truncate' | 'length';

export interface ReceivedCommand {
  readonly name: CommandName | 'unknown';
  readonly cmd: number;
  readonly para: number;
}

interface PlacedCard {
  readonly identity: Identity;
  readonly data: Uint8Array;
  readonly dataWithFingerprint: Uint8Array;
  selected: boolean;
  halted: boolean;
}

const DEFAULT_SAM_ID = Uint8Array.of(0x05, 0, 0x01, 0, 0x6f, 0xb0, 0x32, 0x01, 0x4e, 0x61, 0xbc, 0, 0x63, 0x7e, 0x9a, 0x80);

export class IdCardReaderSimulator {
  readonly #transport: ByteTransport;
  readonly #clock: Clock;
  readonly #afterRead: 'answer-again' | 'select-fails';
  readonly #samId: Uint8Array;
  readonly #decoder = createCommandDecoder();
  #chunkSize: number;
  #chunkDelayMs: number;
  #unsubscribe: (() => void) | null = null;
  #card: PlacedCard | null = null;
  #samFault: number | null = null;
  #corruptions: { how: Corruption; skip: number }[] = [];
  #missFinds = 0;
  #failReads: { count: number; sw3: number } = { count: 0, sw3: 0x41 };
  #stalled = false;
  #dropWhileStalled = false;
  #stallTimer: unknown = null;
  #held: Uint8Array[] = [];
  #outbox: Uint8Array[] = [];
  #pumping = false;
  /** The commands received (the newest `keepReceived`), in order: to assert what the driver sent. */
  readonly received: ReceivedCommand[] = [];
  readonly #keepReceived: number;

  constructor(options: IdCardReaderSimulatorOptions) {
    this.#transport = options.transport;
    this.#keepReceived = Math.max(1, options.keepReceived ?? 1000);
    this.#clock = options.clock ?? systemClock;
    this.#afterRead = options.afterRead ?? 'answer-again';
    this.#samId = options.samId?.length === SAM_ID_LENGTH ? options.samId.slice() : DEFAULT_SAM_ID.slice();
    this.#chunkSize = Math.max(1, options.chunkSize ?? Number.MAX_SAFE_INTEGER);
    this.#chunkDelayMs = Math.max(0, options.chunkDelayMs ?? 0);
  }

  /** Opens the device end (if needed) and starts answering. */
  async start(): Promise<Result<void>> {
    this.#unsubscribe ??= this.#transport.onData((chunk) => this.#onData(chunk));
    if (this.#transport.state === 'open') return ok();
    return this.#transport.open();
  }

  async stop(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.resume();
    await this.#transport.close();
  }

  /** Places a card. Fails (and places nothing) if the identity cannot be written to a card. */
  insertCard(identity: Identity): Result<void> {
    const data = encodeReadData(identity, false);
    if (!data.ok) return data;
    const dataWithFingerprint = encodeReadData(identity, true);
    if (!dataWithFingerprint.ok) return dataWithFingerprint;
    this.#card = { identity, data: data.value, dataWithFingerprint: dataWithFingerprint.value, selected: false, halted: false };
    return ok();
  }

  removeCard(): void {
    this.#card = null;
  }

  get hasCard(): boolean {
    return this.#card !== null;
  }

  /**
   * Damages a response: a wrong checksum, only its first half, or an impossible LEN. By default the
   * next one; `skip` lets that many pass first (skip 2 hits the read after a find and a select).
   */
  corruptNextFrame(how: Corruption = 'checksum', options: { skip?: number } = {}): void {
    this.#corruptions.push({ how, skip: Math.max(0, options.skip ?? 0) });
  }

  /** The next `count` finds answer 80 although a card is there (an RF glitch). */
  missNextFinds(count: number): void {
    this.#missFinds = Math.max(0, count);
  }

  /** Sends bytes as they are (line noise, a stray frame). */
  sendRaw(bytes: Uint8Array): void {
    this.#queue(bytes.slice());
  }

  /** The next `count` reads answer `sw3` (41 read failed, 31-33 authentication, 40 unknown card...). */
  failNextReads(count: number, sw3 = 0x41): void {
    this.#failReads = { count, sw3 };
  }

  /** Every command is answered with `sw3` (60 self-test failed, 66 not authorised) until restoreSam(). */
  failSam(sw3 = 0x60): void {
    this.#samFault = sw3;
  }

  restoreSam(): void {
    this.#samFault = null;
  }

  /**
   * Holds every response until resume() (or until `ms` pass on the clock); held responses are then
   * sent late, in order, as a reader that hung for a while does. With `drop`, they are lost instead.
   */
  stall(ms?: number, options: { drop?: boolean } = {}): void {
    this.#stalled = true;
    if (options.drop) this.#held = [];
    this.#dropWhileStalled = options.drop ?? false;
    if (this.#stallTimer !== null) this.#clock.clearTimeout(this.#stallTimer);
    this.#stallTimer = ms === undefined ? null : this.#clock.setTimeout(() => this.resume(), ms);
  }

  resume(): void {
    if (this.#stallTimer !== null) this.#clock.clearTimeout(this.#stallTimer);
    this.#stallTimer = null;
    this.#stalled = false;
    const held = this.#held;
    this.#held = [];
    for (const frame of held) this.#queue(frame);
  }

  /** Changes how responses are split (chunkSize 1 sends byte by byte). */
  setChunking(chunkSize: number, chunkDelayMs = 0): void {
    this.#chunkSize = Math.max(1, chunkSize);
    this.#chunkDelayMs = Math.max(0, chunkDelayMs);
  }

  #onData(chunk: Uint8Array): void {
    for (const r of this.#decoder.push(chunk)) {
      if (!r.ok) this.#respond(r.error.code === 'idcard.checksum' ? 0x10 : 0x11);
      else this.#handle(r.value);
    }
  }

  #handle(frame: CommandFrame): void {
    const name = commandName(frame.cmd, frame.para);
    this.received.push({ name: name ?? 'unknown', cmd: frame.cmd, para: frame.para });
    if (this.received.length > this.#keepReceived) this.received.shift();
    if (this.#samFault !== null) return this.#respond(this.#samFault);
    const card = this.#card;
    switch (name) {
      case null:
        return this.#respond(0x21);
      case 'samReset':
      case 'samStatus':
        return this.#respond(SW3_OK);
      case 'samId':
        return this.#respond(SW3_OK, this.#samId);
      case 'findCard':
        if (card && this.#missFinds > 0) {
          this.#missFinds--;
          return this.#respond(0x80);
        }
        return card ? this.#respond(SW3_FIND_OK, new Uint8Array(4)) : this.#respond(0x80);
      case 'selectCard':
        if (!card || card.halted) return this.#respond(0x81);
        card.selected = true;
        return this.#respond(SW3_OK, new Uint8Array(8));
      case 'readText':
      case 'readWithFingerprint': {
        if (!card || !card.selected) return this.#respond(0x41);
        if (this.#failReads.count > 0) {
          this.#failReads.count--;
          return this.#respond(this.#failReads.sw3);
        }
        if (this.#afterRead === 'select-fails') {
          card.halted = true;
          card.selected = false;
        }
        return this.#respond(SW3_OK, name === 'readText' ? card.data : card.dataWithFingerprint);
      }
      case 'readNewestAddress':
        return card?.selected ? this.#respond(0x91) : this.#respond(0x41);
    }
  }

  #respond(sw3: number, data?: Uint8Array): void {
    const frame = encodeResponse(sw3, data);
    if (frame.ok) this.#queue(this.#corrupt(frame.value));
  }

  #corrupt(frame: Uint8Array): Uint8Array {
    const next = this.#corruptions[0];
    const out = frame.slice();
    if (next && next.skip > 0) {
      next.skip--;
      return out;
    }
    const how = this.#corruptions.shift()?.how;
    switch (how) {
      case undefined:
        return out;
      case 'checksum':
        out[out.length - 1] = (out[out.length - 1] ?? 0) ^ 0x5a;
        return out;
      case 'truncate':
        return out.slice(0, Math.max(1, Math.floor(out.length / 2)));
      case 'length':
        out[5] = 0xff;
        return out;
    }
  }

  #queue(bytes: Uint8Array): void {
    if (this.#stalled) {
      if (!this.#dropWhileStalled) this.#held.push(bytes);
      return;
    }
    for (let at = 0; at < bytes.length; at += this.#chunkSize) this.#outbox.push(bytes.subarray(at, at + this.#chunkSize));
    this.#pump();
  }

  #pump(): void {
    if (this.#pumping) return;
    if (this.#chunkDelayMs === 0) {
      for (let c = this.#outbox.shift(); c; c = this.#outbox.shift()) void this.#transport.write(c);
      return;
    }
    const next = this.#outbox.shift();
    if (!next) return;
    this.#pumping = true;
    void this.#transport.write(next);
    this.#clock.setTimeout(() => {
      this.#pumping = false;
      this.#pump();
    }, this.#chunkDelayMs);
  }
}
