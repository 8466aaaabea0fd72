// The window terminal's core (role counter, 窗口叫号终端). Staff sign in at the window on the platform
// (staff number and PIN, or the staff card the reader reads); the desk then follows the window: the
// ticket at it and those it holds (queue.windowStatus), the waiting counts of its businesses
// (queue.counts, then countsChanged), the tickets it skipped today (from its own actions and the
// stream), and the kiosks' open help calls. Every platform event about this window re-reads its
// status; a resync re-reads everything. Nothing is polled and nothing is stored: the platform is the
// record, and a restart starts on the sign-in screen.
//
// Each press is one idempotent queue.windowAction with a fresh key; a press that timed out or found
// the platform away keeps its key, and the same press again reuses it, so a call that did reach the
// platform is not made twice. After `idlePauseMinutes` with no activity and no citizen at the window
// the window pauses itself (暂停服务) and the screen asks for a sign-in again.
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../../domain/result.ts';
import { errorCodes, kioskError, type ErrorCode, type KioskError } from '../../../domain/errors.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { HelpCall } from '../../../domain/help.ts';
import type { Ticket } from '../../../domain/queue.ts';
import type { StaffOnDuty, WindowDuty } from '../../../domain/staff.ts';
import type { CounterActInput, CounterState, CounterTicket } from '../../contract/counter.ts';
import { isTransient, platformCodeOf, type PlatformClient } from '../../platform-client/client.ts';
import type { CachedQueueSetup } from '../../store/index.ts';
import type { PlatformEvents } from '../link/platform-events.ts';
import type { Logger } from '../system/event-log.ts';

/** The caller keys of a rating pad / window caller (devices/rating-pad windowKeys). */
export type CallerKey = 'callNext' | 'recall' | 'skip' | 'transfer' | 'pause' | 'confirm' | 'requestRating';

/** What the desk needs of the pad: show the called number, beep (models without either answer an error). */
export interface CallerPad {
  showNumber(text: string): Promise<Result<void>>;
  beep(): Promise<Result<void>>;
}

export interface CounterDeskOptions {
  readonly windowId: string;
  readonly idlePauseMinutes: number;
  readonly client: Pick<PlatformClient, 'call'>;
  readonly events: Pick<PlatformEvents, 'on' | 'onResync' | 'onChange' | 'state'>;
  readonly setup: { cached(): CachedQueueSetup | null; refresh(): Promise<Result<CachedQueueSetup>> };
  readonly pad: () => CallerPad | null;
  readonly clock: Clock;
  readonly log: Logger;
  readonly newKey?: () => string;
  readonly onChange: (state: CounterState) => void;
  /** The pad's transfer key: the screen opens its transfer choice. */
  readonly onTransferRequested: () => void;
}

const KNOWN_CODES = new Set<string>(errorCodes);

/** A platform refusal under the terminal's own code where it has one (queue.windowBusy, staff.wrongPin...). */
export function counterError(e: KioskError): KioskError {
  const code = platformCodeOf(e);
  if (code !== null && KNOWN_CODES.has(code)) return kioskError(code as ErrorCode, e.message, (e.details as { details?: unknown } | undefined)?.details);
  return e;
}

interface Skipped {
  readonly id: string;
  readonly number: string;
  readonly categoryId: string;
  readonly at: string;
}

export class CounterDesk {
  readonly #o: CounterDeskOptions;
  #staff: StaffOnDuty | null = null;
  #paused = false;
  #locked = false;
  #current: Ticket | null = null;
  #held: Ticket[] = [];
  readonly #skipped = new Map<string, Skipped>();
  readonly #waiting = new Map<string, number>();
  #helpCalls: HelpCall[] = [];
  #readAt: number | null = null;
  /** A press not known to have reached the platform: the same press again reuses its key. */
  #pending: { signature: string; key: string } | null = null;
  #lastActivity: number;
  #idleTimer: unknown = null;
  #refreshing: Promise<void> | null = null;
  #again = false;

  constructor(options: CounterDeskOptions) {
    this.#o = options;
    this.#lastActivity = options.clock.now();
    const { events, windowId } = options;
    const mine = (e: { windowId: string | null }) => e.windowId === windowId && this.#refreshSoon();
    events.on('ticketCalled', mine);
    events.on('ticketFinished', mine);
    events.on('windowDutyChanged', mine);
    events.on('ticketStateChanged', (e) => {
      if (e.to === 'skipped' && e.windowId === windowId) this.#skipped.set(e.ticketId, { id: e.ticketId, number: e.number, categoryId: e.categoryId, at: e.at });
      else if (e.from === 'skipped' && this.#skipped.delete(e.ticketId)) this.#emit();
      mine(e);
    });
    events.on('ticketTransferred', (e) => {
      if (this.#current?.id === e.fromTicketId || this.#held.some((t) => t.id === e.fromTicketId)) this.#refreshSoon();
    });
    events.on('countsChanged', (e) => {
      for (const c of e.counts) this.#waiting.set(c.categoryId, c.waiting);
      this.#emit();
    });
    events.on('configurationChanged', () => void options.setup.refresh().then(() => this.#refreshSoon()));
    const help = (e: { call: HelpCall }) => this.#helpChanged(e.call);
    for (const type of ['helpCalled', 'helpAcknowledged', 'helpCancelled', 'helpResolved'] as const) events.on(type, help);
    events.onResync(() => this.#refreshSoon());
    events.onChange(() => this.#emit());
  }

  state(): CounterState {
    const { windowId, idlePauseMinutes, events } = this.#o;
    const setup = this.#o.setup.cached();
    const window = setup?.windows.find((w) => w.id === windowId) ?? null;
    const mineIds = window?.categoryIds ?? [];
    const categories = setup?.categories ?? [];
    const ordered = [...mineIds.flatMap((id) => categories.filter((c) => c.id === id)), ...categories.filter((c) => !mineIds.includes(c.id))];
    return {
      windowId,
      windowNumber: window?.number ?? null,
      windowName: window?.name ?? null,
      staff: this.#staff,
      paused: this.#paused,
      locked: this.#locked,
      businesses: ordered.map((c) => ({ categoryId: c.id, name: c.name, prefix: c.prefix, mine: mineIds.includes(c.id), waiting: this.#waiting.get(c.id) ?? null })),
      otherWindows: (setup?.windows ?? [])
        .filter((w) => w.id !== windowId)
        .map((w) => ({ id: w.id, number: w.number, name: w.name, categoryIds: [...w.categoryIds], open: w.staffId !== null }))
        .sort((a, b) => Number(a.number) - Number(b.number) || a.number.localeCompare(b.number)),
      current: this.#current && this.#view(this.#current),
      held: this.#held.map((t) => this.#view(t)),
      skipped: [...this.#skipped.values()].map((s) => ({ id: s.id, number: s.number, categoryName: this.#categoryName(s.categoryId), at: s.at })),
      helpCalls: this.#helpCalls,
      live: events.state.state === 'connected',
      readAt: this.#readAt === null ? null : new Date(this.#readAt).toISOString(),
      idlePauseMinutes,
    };
  }

  /** The first read: the set-up (if none is cached), the window, the counts. */
  async start(): Promise<void> {
    if (!this.#o.setup.cached()) await this.#o.setup.refresh();
    await this.refresh();
  }

  stop(): void {
    if (this.#idleTimer !== null) this.#o.clock.clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  // --- sign-in ---------------------------------------------------------------------------------

  async signIn(staffId: string, pin: string): Promise<Result<CounterState>> {
    return this.#signIn({ staffId, pin });
  }

  /** A card on the window's reader: the staff card signs in when the sign-in screen shows. */
  async cardPresented(idNumber: string): Promise<Result<CounterState>> {
    if (this.#staff !== null && !this.#locked) return err(kioskError('staff.unknownCard', 'staff are signed in already: the card is not needed'));
    return this.#signIn({ idNumber });
  }

  async signOut(): Promise<Result<CounterState>> {
    if (this.#staff === null) return ok(this.state());
    const r = await this.#o.client.call('staff.signOut', { params: { windowId: this.#o.windowId } });
    if (!r.ok) return err(this.#failure('staff.signOut', r.error));
    this.#o.log.info('staff signed out', { staff: this.#staff.id, window: this.#o.windowId });
    this.#staff = null;
    this.#paused = false;
    this.#locked = false;
    this.#helpCalls = [];
    this.stop();
    this.#emit();
    return ok(this.state());
  }

  async pause(): Promise<Result<CounterState>> {
    return this.#setPause('staff.pause');
  }

  async resume(): Promise<Result<CounterState>> {
    if (this.#locked) return err(kioskError('staff.notSignedIn', 'the window paused itself: sign in again'));
    return this.#setPause('staff.resume');
  }

  // --- queue actions ---------------------------------------------------------------------------

  async act(input: CounterActInput): Promise<Result<CounterState>> {
    const ready = this.#ready();
    if (!ready.ok) return ready;
    this.activity();
    const current = this.#current?.id;
    const onCurrent = input.action === 'recall' || input.action === 'start' || input.action === 'skip' || input.action === 'hold' || input.action === 'finish';
    if (onCurrent && current === undefined) return err(kioskError('queue.notFound', 'no citizen is at the window'));
    const body =
      input.action === 'callBack'
        ? { action: input.action, ticketId: input.ticketId }
        : input.action === 'transfer'
          ? {
              action: input.action,
              ...(current === undefined ? {} : { ticketId: current }),
              ...(input.toCategoryId === undefined ? {} : { toCategoryId: input.toCategoryId }),
              ...(input.toWindowId === undefined ? {} : { toWindowId: input.toWindowId }),
              position: input.position,
            }
          : onCurrent
            ? { action: input.action, ticketId: current! }
            : { action: input.action };
    const signature = JSON.stringify(body);
    const key = this.#pending?.signature === signature ? this.#pending.key : (this.#o.newKey ?? randomUUID)();
    this.#pending = { signature, key };
    const r = await this.#o.client.call('queue.windowAction', { params: { windowId: this.#o.windowId }, body, idempotencyKey: key });
    if (!r.ok) {
      if (!isTransient(r.error)) this.#pending = null;
      return err(this.#failure(`queue.windowAction ${input.action}`, r.error));
    }
    this.#pending = null;
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'queue.windowAction answered "not modified"'));
    const ticket = r.value.value;
    this.#applied(input, ticket);
    this.#o.log.info('window action', { action: input.action, ticket: ticket.number, window: this.#o.windowId });
    if (input.action === 'callNext' || input.action === 'recall' || input.action === 'callBack') void this.#showOnPad(ticket.number);
    this.#emit();
    await this.refresh();
    return ok(this.state());
  }

  /** A caller key on the pad does what the screen's button does. */
  async padKey(key: CallerKey): Promise<void> {
    if (this.#staff === null || this.#locked) return;
    this.activity();
    const action: CounterActInput | null =
      key === 'callNext' ? { action: 'callNext' } : key === 'recall' ? { action: 'recall' } : key === 'skip' ? { action: 'skip' } : key === 'pause' ? { action: 'hold' } : key === 'confirm' ? { action: 'finish' } : null;
    if (key === 'transfer') {
      this.#o.onTransferRequested();
      return;
    }
    if (action === null) return; // requestRating: the window rating's own flow
    const r = await this.act(action);
    if (!r.ok) this.#o.log.warn('caller key refused', { key, code: r.error.code });
  }

  // --- help calls ------------------------------------------------------------------------------

  async acknowledgeHelp(callId: string): Promise<Result<CounterState>> {
    const ready = this.#ready();
    if (!ready.ok) return ready;
    const r = await this.#o.client.call('help.acknowledge', { params: { callId }, body: { staff: this.#staff!.name }, idempotencyKey: (this.#o.newKey ?? randomUUID)() });
    if (!r.ok) return err(this.#failure('help.acknowledge', r.error));
    if (!r.value.notModified) this.#helpChanged(r.value.value);
    return ok(this.state());
  }

  async resolveHelp(callId: string): Promise<Result<CounterState>> {
    const ready = this.#ready();
    if (!ready.ok) return ready;
    const r = await this.#o.client.call('help.resolve', { params: { callId }, idempotencyKey: (this.#o.newKey ?? randomUUID)() });
    if (!r.ok) return err(this.#failure('help.resolve', r.error));
    if (!r.value.notModified) this.#helpChanged(r.value.value);
    return ok(this.state());
  }

  // --- activity and the idle pause -------------------------------------------------------------

  /** Staff touched the screen, typed, or pressed a caller key. */
  activity(): void {
    this.#lastActivity = this.#o.clock.now();
  }

  /** Re-reads the window, the counts and (signed in) the help calls; concurrent asks share one read. */
  async refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#again = true;
      return this.#refreshing;
    }
    this.#refreshing = (async () => {
      do {
        this.#again = false;
        await this.#read();
      } while (this.#again);
    })().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  // --- inside ----------------------------------------------------------------------------------

  async #read(): Promise<void> {
    const { client, windowId } = this.#o;
    const [status, counts, help] = await Promise.all([
      client.call('queue.windowStatus', { params: { windowId } }),
      client.call('queue.counts', {}),
      this.#staff === null ? Promise.resolve(null) : client.call('help.listOpen', {}),
    ]);
    if (status.ok && !status.value.notModified) {
      const s = status.value.value;
      this.#current = s.current;
      this.#held = s.held;
      this.#readAt = this.#o.clock.now();
      if (this.#staff !== null && s.staffId !== this.#staff.id) {
        // Signed out elsewhere (the developer page, another terminal): back to the sign-in screen.
        this.#o.log.warn('the platform has another staff member on this window: signing out here', { window: windowId });
        this.#staff = null;
        this.#locked = false;
        this.stop();
      }
      this.#paused = this.#staff !== null && s.paused;
    } else if (!status.ok) this.#o.log.warn('could not read the window', { code: status.error.code });
    if (counts.ok && !counts.value.notModified) for (const c of counts.value.value.counts) this.#waiting.set(c.categoryId, c.waiting);
    if (help?.ok && !help.value.notModified) this.#helpCalls = help.value.value.calls;
    this.#emit();
  }

  #refreshSoon(): void {
    void this.refresh();
  }

  async #signIn(body: { staffId: string; pin: string } | { idNumber: string }): Promise<Result<CounterState>> {
    const r = await this.#o.client.call('staff.signIn', { params: { windowId: this.#o.windowId }, body });
    if (!r.ok) return err(this.#failure('staff.signIn', r.error));
    this.#onDuty(r.value.notModified ? null : r.value.value);
    await this.refresh();
    return ok(this.state());
  }

  #onDuty(duty: WindowDuty | null): void {
    if (duty === null || duty.staff === null) return;
    this.#staff = duty.staff;
    this.#paused = duty.paused;
    this.#locked = false;
    this.#o.log.info('staff signed in', { staff: duty.staff.id, window: this.#o.windowId });
    this.activity();
    this.#armIdle();
    this.#emit();
  }

  async #setPause(route: 'staff.pause' | 'staff.resume'): Promise<Result<CounterState>> {
    const ready = this.#staff === null ? err(kioskError('staff.notSignedIn', 'nobody is signed in at this window')) : ok(undefined);
    if (!ready.ok) return ready;
    this.activity();
    const r = await this.#o.client.call(route, { params: { windowId: this.#o.windowId } });
    if (!r.ok) return err(this.#failure(route, r.error));
    if (!r.value.notModified) this.#paused = r.value.value.paused;
    this.#emit();
    return ok(this.state());
  }

  #ready(): Result<void> {
    if (this.#staff === null || this.#locked) return err(kioskError('staff.notSignedIn', 'nobody is signed in at this window'));
    return ok(undefined);
  }

  /** What an answer tells before the window is read again. */
  #applied(input: CounterActInput, ticket: Ticket): void {
    switch (input.action) {
      case 'callNext':
      case 'recall':
      case 'start':
        this.#current = ticket;
        return;
      case 'callBack':
        this.#current = ticket;
        this.#held = this.#held.filter((t) => t.id !== ticket.id);
        this.#skipped.delete(ticket.id);
        return;
      case 'hold':
        this.#current = null;
        this.#held = [...this.#held.filter((t) => t.id !== ticket.id), ticket];
        return;
      case 'skip':
        this.#current = null;
        this.#skipped.set(ticket.id, { id: ticket.id, number: ticket.number, categoryId: ticket.categoryId, at: new Date(this.#o.clock.now()).toISOString() });
        return;
      case 'finish':
      case 'transfer':
        this.#current = null;
        return;
      default:
        return input satisfies never;
    }
  }

  #helpChanged(call: HelpCall): void {
    const others = this.#helpCalls.filter((c) => c.id !== call.id);
    const open = call.state === 'waiting' || call.state === 'acknowledged';
    this.#helpCalls = open ? [...others, call].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) : others;
    this.#emit();
  }

  async #showOnPad(number: string): Promise<void> {
    const pad = this.#o.pad();
    if (!pad) return;
    const shown = await pad.showNumber(number);
    if (!shown.ok && shown.error.code !== 'device.unsupported') this.#o.log.warn('the pad did not show the number', { code: shown.error.code });
    const beeped = await pad.beep();
    if (!beeped.ok && beeped.error.code !== 'device.unsupported') this.#o.log.warn('the pad did not beep', { code: beeped.error.code });
  }

  #armIdle(): void {
    const { clock } = this.#o;
    if (this.#idleTimer !== null) clock.clearTimeout(this.#idleTimer);
    const limit = this.#o.idlePauseMinutes * 60_000;
    const left = Math.max(0, this.#lastActivity + limit - clock.now());
    this.#idleTimer = clock.setTimeout(() => {
      this.#idleTimer = null;
      void this.#idleCheck();
    }, left);
  }

  async #idleCheck(): Promise<void> {
    if (this.#staff === null || this.#locked) return;
    const idle = this.#o.clock.now() - this.#lastActivity >= this.#o.idlePauseMinutes * 60_000;
    if (!idle || this.#current !== null) {
      // Touched meanwhile, or a citizen is at the window: count again from the last activity (or now).
      if (this.#current !== null) this.activity();
      this.#armIdle();
      return;
    }
    this.#o.log.info('window idle: pausing it until staff sign in again', { window: this.#o.windowId, staff: this.#staff.id });
    this.#locked = true;
    this.#paused = true;
    this.#emit();
    const r = await this.#o.client.call('staff.pause', { params: { windowId: this.#o.windowId } });
    if (!r.ok) this.#o.log.warn('the idle pause could not reach the platform', { code: r.error.code });
  }

  #view(t: Ticket): CounterTicket {
    return { ...t, categoryName: this.#categoryName(t.categoryId) };
  }

  #categoryName(id: string): string {
    return this.#o.setup.cached()?.categories.find((c) => c.id === id)?.name ?? id;
  }

  #failure(route: string, e: KioskError): KioskError {
    const mapped = counterError(e);
    this.#o.log.warn(`${route} failed`, { code: mapped.code, platformCode: platformCodeOf(e) });
    return mapped;
  }

  #emit(): void {
    this.#o.onChange(this.state());
  }
}
