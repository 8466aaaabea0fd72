// The hall's call display (叫号显示屏): the board it shows and the calls it announces. The board is read
// from the platform (queue.board) when the event stream first connects and whenever it says events
// were missed (resync), and on configurationChanged; in between it follows the stream's events
// (ticketCalled, a recall included; countsChanged) through the terminal's ONE listener. Only the calls
// of this screen's windows are kept (config display.show: windows and/or areas, either matching).
//
// Calls are kept one per ticket at its latest call, newest first; an event for a call already known
// (the same ticket, no higher call count: a replay) changes nothing. Announcements: a live call is
// said; a call this screen missed (found by a resync's board, or replayed by the platform after a
// reconnect: its time is before the reconnection) is gathered for a moment and only the newest
// `backlogSaid` are said, oldest of them first; the board read at start announces nothing (those
// calls were made before this screen was there). The screen says its calls may not be current when
// the stream has not been connected for `staleSeconds` (on the injected clock).
import type { Clock } from '../../../domain/clock.ts';
import type { Config } from '../../../config/schema/index.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { businessDateOf } from '../../../domain/hall-time.ts';
import { BOARD_CALLS_MAX, type BoardCall, type CategoryCounts, type QueueBoard, type QueueEventOf } from '../../../domain/queue.ts';
import type { DisplayAnnouncement, DisplayLink, DisplayState } from '../../contract/display.ts';
import type { PlatformEventStream } from '../../contract/system.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { PlatformEvents } from '../link/platform-events.ts';
import type { Logger } from '../system/event-log.ts';

/** A reconnection's replay arrives in a burst: the missed calls are gathered this long before the newest few are said. */
export const MISSED_GATHER_MS = 300;
/** A call stamped this much before the reconnection was missed (allows for the platform's clock being a little ahead). */
const SKEW_MS = 2000;
/** How often the screen checks whether the hall's business day has turned. */
const DAY_CHECK_MS = 60_000;

export interface DisplayBoardOptions {
  readonly client: Pick<PlatformClient, 'call'>;
  readonly events: Pick<PlatformEvents, 'on' | 'onResync' | 'onChange' | 'state'>;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Logger;
  /** The voice's volume now (0 when muted). */
  readonly volume: () => number;
  readonly onChange: (state: DisplayState) => void;
  readonly onAnnounce: (announcement: DisplayAnnouncement) => void;
}

type Setup = Pick<QueueBoard, 'businessDate' | 'categories' | 'windows'>;

export class DisplayBoard {
  readonly #o: DisplayBoardOptions;
  #setup: Setup | null = null;
  /** Newest first, one per ticket. */
  #calls: BoardCall[] = [];
  readonly #counts = new Map<string, CategoryCounts>();
  #link: DisplayLink = { state: 'off', lastHeardAt: null, reconnects: 0, stale: false };
  #everConnected = false;
  /** When the stream last came back after a loss (epoch ms); null on the first connection. */
  #reconnectedAt: number | null = null;
  #staleTimer: unknown = null;
  #missed: BoardCall[] = [];
  #gatherTimer: unknown = null;
  #seq = 0;
  #reading: Promise<Result<DisplayState>> | null = null;
  #retryTimer: unknown = null;
  #dayTimer: unknown = null;
  #failures = 0;
  #started = false;

  constructor(options: DisplayBoardOptions) {
    this.#o = options;
    options.events.on('ticketCalled', (e) => this.#called(e));
    options.events.on('countsChanged', (e) => this.#countsChanged(e));
    options.events.on('configurationChanged', () => void this.resync());
    options.events.onResync(() => void this.resync());
    options.events.onChange((s) => this.#streamChanged(s));
  }

  start(): void {
    this.#started = true;
    this.#streamChanged(this.#o.events.state);
  }

  stop(): void {
    this.#started = false;
    this.#clear('stale');
    this.#clear('gather');
    this.#clear('retry');
    if (this.#dayTimer !== null) this.#o.clock.clearTimeout(this.#dayTimer);
    this.#dayTimer = null;
  }

  state(): DisplayState {
    const d = this.#o.config.display;
    const shownCategories = this.#shownCategories();
    return {
      status: this.#setup ? 'ready' : 'waiting',
      businessDate: this.#setup?.businessDate ?? null,
      calls: this.#calls.slice(0, d.historyLength + 1),
      counts: (this.#setup?.categories ?? [])
        .filter((c) => shownCategories.has(c.id))
        .map((c) => {
          const n = this.#counts.get(c.id);
          return { categoryId: c.id, name: c.name, prefix: c.prefix, waiting: n?.waiting ?? 0, lastCalled: n?.lastCalled ?? null };
        }),
      closedWindows: (this.#setup?.windows ?? []).filter((w) => w.state !== 'open' && this.#shows(w.id, w.area)),
      link: this.#link,
      settings: { languages: [...d.languages], repeat: d.repeat, historyLength: d.historyLength, notices: d.notices, orientation: d.orientation, volume: this.#o.volume() },
    };
  }

  /** Reads the board again (at most one read at a time: a second caller shares the first's answer). */
  resync(): Promise<Result<DisplayState>> {
    this.#reading ??= this.#read().finally(() => (this.#reading = null));
    return this.#reading;
  }

  async #read(): Promise<Result<DisplayState>> {
    const d = this.#o.config.display;
    const filtered = d.show.windows !== undefined || d.show.areas !== undefined;
    const limit = filtered ? BOARD_CALLS_MAX : Math.min(BOARD_CALLS_MAX, d.historyLength + 1);
    const r = await this.#o.client.call('queue.board', { query: { limit } });
    if (!r.ok) {
      this.#o.log.warn('the call board could not be read; showing what this screen has, trying again', { code: r.error.code, message: r.error.message });
      this.#retryLater();
      return err(r.error);
    }
    this.#failures = 0;
    this.#clear('retry');
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'queue.board answered "not modified"'));
    const board = r.value.value;
    const first = this.#setup === null;
    const newDay = this.#setup !== null && this.#setup.businessDate !== board.businessDate;
    this.#setup = { businessDate: board.businessDate, categories: board.categories, windows: board.windows };
    if (newDay) this.#calls = [];
    this.#counts.clear();
    for (const c of board.counts) this.#counts.set(c.categoryId, c);
    const found: BoardCall[] = [];
    for (const call of [...board.calls].reverse()) {
      if (!this.#shows(call.windowId, call.area)) continue;
      if (this.#merge(call)) found.push(call);
    }
    this.#heard();
    if (!first && !newDay) this.#gatherMissed(found);
    this.#watchTheDay();
    this.#emit();
    return ok(this.state());
  }

  #called(e: QueueEventOf<'ticketCalled'>): void {
    if (!this.#shows(e.windowId, e.area)) return;
    const call: BoardCall = {
      ticketId: e.ticketId,
      number: e.number,
      categoryId: e.categoryId,
      windowId: e.windowId,
      windowNumber: e.windowNumber,
      windowName: e.windowName,
      area: e.area,
      at: e.at,
      recall: e.recall,
      callCount: Math.max(1, e.callCount),
    };
    const today = this.#setup?.businessDate;
    if (today !== undefined && businessDateOf(Date.parse(e.at), this.#o.config.queue.timeZone) !== today) {
      // A new business day: yesterday's calls go, and the board is read for today's set-up.
      this.#calls = [];
      void this.resync();
    }
    if (!this.#merge(call)) return;
    this.#heard();
    const missed = this.#reconnectedAt !== null && Date.parse(e.at) < this.#reconnectedAt - SKEW_MS;
    if (missed) this.#gatherMissed([call]);
    else this.#announce(call, 'live');
    this.#emit();
  }

  #countsChanged(e: QueueEventOf<'countsChanged'>): void {
    const today = this.#setup?.businessDate;
    for (const c of e.counts) {
      if (today !== undefined && c.businessDate !== today) continue;
      this.#counts.set(c.categoryId, c);
    }
    this.#heard();
    this.#emit();
  }

  /** Takes a call in; false when it is no news (this ticket's call is known at this count or later). */
  #merge(call: BoardCall): boolean {
    const known = this.#calls.find((c) => c.ticketId === call.ticketId);
    if (known && (known.callCount > call.callCount || (known.callCount === call.callCount && known.at >= call.at))) return false;
    // In front of the others: of two calls in the same millisecond the one taken in last is newer.
    const rest = [call, ...this.#calls.filter((c) => c.ticketId !== call.ticketId)];
    rest.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
    this.#calls = rest.slice(0, BOARD_CALLS_MAX);
    return true;
  }

  #gatherMissed(calls: readonly BoardCall[]): void {
    if (!calls.length) return;
    this.#missed.push(...calls);
    if (this.#gatherTimer !== null) return;
    this.#gatherTimer = this.#o.clock.setTimeout(() => {
      this.#gatherTimer = null;
      const missed = this.#missed.splice(0).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      const said = missed.slice(Math.max(0, missed.length - this.#o.config.display.backlogSaid));
      if (missed.length > said.length) this.#o.log.info('calls missed while not hearing the platform: only the newest are announced', { missed: missed.length, said: said.length });
      for (const call of said) this.#announce(call, 'missed');
    }, MISSED_GATHER_MS);
  }

  #announce(call: BoardCall, cause: DisplayAnnouncement['cause']): void {
    this.#o.onAnnounce({ seq: ++this.#seq, call, cause });
  }

  #shows(windowId: string, area: string): boolean {
    const { windows, areas } = this.#o.config.display.show;
    if (windows === undefined && areas === undefined) return true;
    return (windows?.includes(windowId) ?? false) || (areas?.includes(area) ?? false);
  }

  #shownCategories(): Set<string> {
    const setup = this.#setup;
    if (!setup) return new Set();
    const { windows, areas } = this.#o.config.display.show;
    if (windows === undefined && areas === undefined) return new Set(setup.categories.map((c) => c.id));
    return new Set(setup.windows.filter((w) => this.#shows(w.id, w.area)).flatMap((w) => w.categoryIds));
  }

  #streamChanged(s: PlatformEventStream): void {
    if (!this.#started) return;
    const now = this.#o.clock.now();
    const was = this.#link.state;
    if (s.state === 'connected') {
      this.#clear('stale');
      if (was !== 'connected') {
        if (this.#everConnected) {
          this.#reconnectedAt = now;
          this.#link = { ...this.#link, reconnects: this.#link.reconnects + 1 };
        }
        this.#everConnected = true;
      }
      this.#link = { ...this.#link, state: 'connected', stale: false, lastHeardAt: new Date(now).toISOString() };
    } else {
      this.#link = { ...this.#link, state: s.state, ...(was === 'connected' ? { lastHeardAt: new Date(now).toISOString() } : {}) };
      if (this.#staleTimer === null && !this.#link.stale) {
        this.#staleTimer = this.#o.clock.setTimeout(() => {
          this.#staleTimer = null;
          this.#link = { ...this.#link, stale: true };
          this.#o.log.warn('the call display has not heard from the platform', { since: this.#link.lastHeardAt });
          this.#emit();
        }, this.#o.config.display.staleSeconds * 1000);
      }
    }
    this.#emit();
  }

  #heard(): void {
    if (this.#link.state === 'connected') this.#link = { ...this.#link, lastHeardAt: new Date(this.#o.clock.now()).toISOString() };
  }

  /** Once a minute: has the hall's business day turned? Then yesterday's calls go and today's board is read. */
  #watchTheDay(): void {
    if (!this.#started || this.#dayTimer !== null) return;
    this.#dayTimer = this.#o.clock.setTimeout(() => {
      this.#dayTimer = null;
      const today = businessDateOf(this.#o.clock.now(), this.#o.config.queue.timeZone);
      if (this.#setup && today !== this.#setup.businessDate) {
        this.#calls = [];
        this.#emit();
        void this.resync();
      }
      this.#watchTheDay();
    }, DAY_CHECK_MS);
  }

  /** A board that could not be read is read again after a back-off (2 s doubling to 30 s), while the screen runs. */
  #retryLater(): void {
    if (!this.#started || this.#retryTimer !== null) return;
    const wait = Math.min(30_000, 2000 * 2 ** Math.min(this.#failures++, 4));
    this.#retryTimer = this.#o.clock.setTimeout(() => {
      this.#retryTimer = null;
      void this.resync();
    }, wait);
  }

  #clear(which: 'stale' | 'gather' | 'retry'): void {
    const timer = which === 'stale' ? this.#staleTimer : which === 'gather' ? this.#gatherTimer : this.#retryTimer;
    if (timer !== null) this.#o.clock.clearTimeout(timer);
    if (which === 'stale') this.#staleTimer = null;
    else if (which === 'gather') this.#gatherTimer = null;
    else this.#retryTimer = null;
  }

  #emit(): void {
    this.#o.onChange(this.state());
  }
}

/** The display part's answer on a terminal of another role. */
export const notDisplay = () => err(kioskError('display.notDisplay', 'this terminal is not a call display (terminal.role is not "display")'));
