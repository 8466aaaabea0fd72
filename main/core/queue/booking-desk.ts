// 办事预约 at the kiosk: the free places of a business and a booking of one half-day, for the holder of
// the ID card on the reader or of the number typed on the screen (its check digit checked here too),
// with a mobile number. Both need the platform: a place cannot be promised offline, so offline is said
// plainly (platform.offline) and nothing is queued. A booking that timed out may have reached the
// platform: it is asked once more with the same idempotency key, which answers the booking it made
// rather than a second one. The slip goes to the ticket printer; without paper the booking stands and
// the screen shows (and speaks) the code. What this visit booked is kept in memory only, to print it
// again, and forgotten when the visit ends.
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import { hasValidCheckDigit, maskIdNumber } from '../../../domain/id-number.ts';
import { isoWeekdayOf } from '../../../domain/calendar-date.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { BookingView } from '../../contract/appointments.ts';
import { isTransient, platformCodeOf } from '../../platform-client/client.ts';
import type { PrinterDevice } from '../devices/printer-device.ts';
import type { PlatformSession } from '../link/platform-session.ts';
import type { Logger } from '../system/event-log.ts';
import type { QueueSetupCache } from './queue-setup-cache.ts';

export interface BookingDeskOptions {
  readonly session: PlatformSession;
  /** The ID number of the card on the reader now, if any (never logged). */
  /** The card on the reader for a real-name use: its number, null for none, refused when expired. */
  readonly idNumber: () => Result<string | null>;
  readonly setup: QueueSetupCache;
  readonly printer: () => PrinterDevice | null;
  readonly config: Config;
  readonly log: Logger;
  readonly newKey?: () => string;
  /** Epoch ms now, for the slip's time of booking. */
  readonly now: () => number;
}

export interface BookInput {
  readonly categoryId: string;
  readonly date: string;
  readonly half: 'am' | 'pm';
  readonly phone: string;
  readonly idNumber?: string | undefined;
}

type Booked = Omit<BookingView, 'print' | 'printError'>;

const WEEKDAYS = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

export class BookingDesk {
  readonly #o: BookingDeskOptions;
  readonly #newKey: () => string;
  /** Booked in this visit, by code: what may be printed again. */
  readonly #visit = new Map<string, Booked>();

  constructor(options: BookingDeskOptions) {
    this.#o = options;
    this.#newKey = options.newKey ?? (() => randomUUID());
  }

  async slots(categoryId: string) {
    const r = await this.#o.session.client.call('appointments.slots', { query: { categoryId } });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'the free places answered "not modified"'));
    const { days } = r.value.value;
    return ok({ categoryId, days: days.map((d) => ({ date: d.date, weekday: d.weekday, halves: d.halves.map((h) => ({ half: h.half, from: h.from, to: h.to, capacity: h.capacity, free: h.free })) })) });
  }

  async book(input: BookInput): Promise<Result<BookingView>> {
    // The card on the reader, or the number typed on the screen.
    const card = this.#o.idNumber();
    if (!card.ok) return err(card.error);
    const idNumber = card.value ?? input.idNumber ?? null;
    if (idNumber === null) return err(kioskError('idcard.noCard', 'put the ID card on the reader (or type its number) to book'));
    if (!hasValidCheckDigit(idNumber)) return err(kioskError('idcard.invalidIdNumber', 'the ID number typed does not check: its last character is not the one its first 17 digits give'));
    const body = { categoryId: input.categoryId, date: input.date, half: input.half, idNumber, phone: input.phone, channel: 'kiosk' };
    const key = this.#newKey();
    let r = await this.#o.session.client.call('appointments.book', { body, idempotencyKey: key });
    if (!r.ok && r.error.code === 'platform.timeout') r = await this.#o.session.client.call('appointments.book', { body, idempotencyKey: key });
    if (!r.ok) return err(refusal(r.error));
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'a booking answered "not modified"'));
    const b = r.value.value;
    const category = this.#o.setup.cached()?.categories.find((c) => c.id === b.categoryId);
    const booked: Booked = {
      code: b.code,
      categoryId: b.categoryId,
      categoryName: category?.name ?? b.categoryId,
      area: category?.area ?? '',
      date: b.date,
      weekday: isoWeekdayOf(b.date),
      half: b.half,
      slot: b.slot,
      checkIn: b.checkIn,
      holderMasked: maskIdNumber(idNumber),
      phoneMasked: b.phoneMasked,
    };
    this.#visit.set(b.code, booked);
    this.#o.log.info('appointment booked (办事预约)', { code: b.code, category: b.categoryId, date: b.date, half: b.half });
    return ok(await this.#print(booked));
  }

  /** Prints the slip of a booking of this visit again. */
  async printSlip(code: string): Promise<Result<BookingView>> {
    const booked = this.#visit.get(code.trim().toUpperCase());
    if (!booked) return err(kioskError('queue.appointmentNotFound', 'only a booking made in this visit can be printed again'));
    return ok(await this.#print(booked));
  }

  forgetVisit(): void {
    this.#visit.clear();
  }

  async #print(b: Booked): Promise<BookingView> {
    const { config, log } = this.#o;
    const printer = this.#o.printer();
    if (!printer) return { ...b, print: 'noPrinter', printError: null };
    const r = await printer.printBookingSlip(
      {
        hallName: config.terminal.hallName,
        business: b.categoryName,
        area: b.area || config.terminal.hallArea,
        date: b.date,
        weekdayName: WEEKDAYS[b.weekday] ?? '',
        halfName: b.half === 'am' ? '上午' : '下午',
        slot: b.slot,
        checkIn: b.checkIn,
        code: b.code,
        holderMasked: b.holderMasked,
        phoneMasked: b.phoneMasked,
        bookedAt: this.#o.now(),
      },
      { timeZone: config.queue.timeZone },
    );
    if (r.ok) return { ...b, print: 'printed', printError: null };
    log.warn('booking slip not printed; the code is shown on screen', { code: b.code, error: r.error.code });
    return { ...b, print: 'failed', printError: r.error.code };
  }
}

/** A platform refusal with the queue's own code (queue.slotFull...), or the failure as it came. */
function refusal(e: KioskError): KioskError {
  if (isTransient(e)) return e;
  const code = platformCodeOf(e);
  const details = (e.details as { details?: unknown } | undefined)?.details;
  if (code?.startsWith('queue.')) return kioskError(code as 'queue.slotFull', e.message.replace(/^queue\.\w+: /, ''), details);
  if (code === 'person.invalidIdNumber') return kioskError('idcard.invalidIdNumber', e.message, details);
  return e;
}
