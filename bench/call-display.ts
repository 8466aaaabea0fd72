// Call to display: from a counter action sent to the platform (queue.windowAction callNext over HTTP
// by the terminal's PlatformClient, as a window terminal sends it) to (a) the ticketCalled event
// reaching each subscribed display core, and (b) the number painted on a real display page in
// Chromium (the display terminal's browser host: the core's one event listener, DisplayBoard, the RPC
// push, React; the time read in the page at the animation frame after the number is in the DOM, a
// MutationObserver watching). With 1, 10 and 50 displays subscribed: one is the real display terminal,
// the others are lightweight cores in this process, each the terminal's own listener
// (main/core/link/platform-events.ts `PlatformEvents`, its own SSE connection and credential) with a
// ticketCalled subscriber; (a) is measured on those. Both sides read `performance.timeOrigin +
// performance.now()` (the same machine). Beside it, the plainer alternative: a display polling
// queue.board every second (action -> the first poll answer that has the call).
// Figures only; nothing here asserts a time. BENCH_CALLS (default 200 per count), BENCH_POLL_CALLS (default 40).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { systemClock, type Clock } from '../domain/clock.ts';
import { PlatformEvents, fetchStream } from '../main/core/link/platform-events.ts';
import { EventLog } from '../main/core/system/event-log.ts';
import { PlatformClient, type Credentials } from '../main/platform-client/client.ts';
import { chromiumPath } from '../playwright.config.ts';
import { seedReferencePlatform } from '../platform/seeding.ts';
import { startPlatform } from '../platform/server.ts';
import { startTerminal } from '../test/support/terminal-process.ts';
import { displayConfig } from '../test/support/display-config.ts';
import { median, ms, printTable } from './table.ts';

const CALLS = Number(process.env['BENCH_CALLS'] ?? 200);
const POLL_CALLS = Number(process.env['BENCH_POLL_CALLS'] ?? 40);
const WARM = 5;
const DATE = '2026-11-24';
const START = `${DATE}T10:00:00+08:00`;
const offset = Date.parse(START) - systemClock.now();
const clock: Clock = { now: () => systemClock.now() + offset, setTimeout: systemClock.setTimeout, clearTimeout: systemClock.clearTimeout };
const now = () => performance.timeOrigin + performance.now();
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const dir = mkdtempSync(join(tmpdir(), 'bench-call-display-'));
const platform = await startPlatform({
  clock,
  version: 'bench',
  dbPath: join(dir, 'platform.db'),
  seed: async (p) => {
    await seedReferencePlatform(p, DATE);
    // Hundreds of calls in one morning: the seed hall's quotas lifted.
    const c = await p.queue.configuration();
    const lifted = await p.queue.configure({ ...c, categories: c.categories.map((x) => ({ ...x, dailyQuota: null, slotQuotas: [] })) });
    if (!lifted.ok) throw new Error(lifted.error.message);
  },
});
const log = new EventLog(clock);

async function enrolled(id: string, role: 'counter' | 'display'): Promise<Credentials> {
  return { terminalId: id, credential: await platform.platform.auth.enrol(await platform.platform.auth.issueEnrolmentCode(id, role), id, role) };
}
const counterCreds = await enrolled('bench-counter', 'counter');
const counter = new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 30_000, credentials: () => counterCreds });

// The real display: a terminal process (browser host) and its page. Voice off: the figure is the paint.
const terminal = await startTerminal({ ...(await displayConfig(platform, { terminalId: 'bench-display' })), ui: { screenWidthMm: 1218, voice: { enabled: false, volume: 0 } } });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(terminal.url);
await page.waitForSelector('[data-testid="display-no-calls"], [data-testid="display-current"]', { timeout: 30_000 });
await page.evaluate(`(() => {
  window.__painted = new Map();
  const seen = () => {
    const n = document.querySelector('[data-testid="display-current-number"]')?.textContent;
    if (n && !window.__painted.has(n)) requestAnimationFrame(() => window.__painted.has(n) || window.__painted.set(n, performance.timeOrigin + performance.now()));
  };
  new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`);
const paintedAt = (n: string) => page.evaluate(`window.__painted.get(${JSON.stringify(n)}) ?? null`) as Promise<number | null>;

// Lightweight display cores: the terminal's own event listener each, on its own SSE connection.
const cores: { events: PlatformEvents; arrived: Map<string, number> }[] = [];
async function subscribe(total: number): Promise<void> {
  while (cores.length < total) {
    const creds = await enrolled(`bench-core-${cores.length + 1}`, 'display');
    const events = new PlatformEvents({ baseUrl: platform.url, credentials: () => creds, fetch: fetchStream, clock: systemClock, random: Math.random, log: log.for('bench') });
    const arrived = new Map<string, number>();
    events.on('ticketCalled', (e) => arrived.set(e.ticketId, now()));
    const connected = new Promise<void>((resolve) => events.onChange((s) => s.state === 'connected' && resolve()));
    events.start();
    await connected;
    cores.push({ events, arrived });
  }
}

const until = async (ok: () => boolean | Promise<boolean>, what: string) => {
  const deadline = Date.now() + 10_000;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
};

// Each round calls at a window of its own business (the daily quotas are per business).
const setup = await platform.platform.queue.configuration();
const plainBusiness = new Set(setup.categories.filter((c) => !c.realName.required && c.priorityRules.every((r) => r.basis !== 'age' && r.basis !== 'certificate')).map((c) => c.id));
const windows = setup.windows.filter((w) => w.staffId !== null && plainBusiness.has(w.categoryIds[0]!));
const used = new Set<string>();
function windowOfItsOwn() {
  const w = windows.find((x) => !used.has(x.categoryIds[0]!) && x.categoryIds.length > 0)!;
  used.add(w.categoryIds[0]!);
  return { windowId: w.id, categoryId: w.categoryIds[0]! };
}

async function callOnce(at: { windowId: string; categoryId: string }) {
  const issued = await platform.platform.queue.issueTicket({ categoryId: at.categoryId, channel: 'kiosk', terminalId: 'bench-kiosk' });
  if (!issued.ok) throw new Error(issued.error.message);
  const sent = now();
  const r = await counter.call('queue.windowAction', { params: { windowId: at.windowId }, body: { action: 'callNext' }, idempotencyKey: crypto.randomUUID() });
  if (!r.ok || r.value.notModified) throw new Error(`callNext: ${JSON.stringify(r)}`);
  return { sent, ticket: r.value.value };
}
async function finish(windowId: string) {
  const r = await counter.call('queue.windowAction', { params: { windowId }, body: { action: 'finish' }, idempotencyKey: crypto.randomUUID() });
  if (!r.ok) throw new Error(`finish: ${JSON.stringify(r)}`);
}

const results: { subscribed: number; toCores: number[]; toPaint: number[] }[] = [];
for (const subscribed of [1, 10, 50]) {
  // The real display is one subscriber; the lightweight cores are the others (at least one, to measure (a)).
  await subscribe(Math.max(1, subscribed - 1));
  const active = cores.slice(0, Math.max(1, subscribed - 1));
  const at = windowOfItsOwn();
  const toCores: number[] = [];
  const toPaint: number[] = [];
  for (let i = 0; i < WARM + CALLS; i++) {
    const { sent, ticket } = await callOnce(at);
    await until(() => active.every((c) => c.arrived.has(ticket.id)), `the event at ${active.length} cores`);
    await until(async () => (await paintedAt(ticket.number)) !== null, `${ticket.number} painted`);
    const painted = (await paintedAt(ticket.number))!;
    if (i >= WARM) {
      for (const c of active) toCores.push(c.arrived.get(ticket.id)! - sent);
      toPaint.push(painted - sent);
    }
    await finish(at.windowId);
    // The number must change on the page for the next one to be seen as painted anew.
    await page.evaluate(`window.__painted.delete(${JSON.stringify(ticket.number)})`);
  }
  results.push({ subscribed, toCores, toPaint });
}

// The plainer alternative: a display that polls queue.board every second.
const pollCreds = await enrolled('bench-poller', 'display');
const poller = new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 30_000, credentials: () => pollCreds });
const seenByPoll = new Map<string, number>();
let polling = true;
const pollLoop = (async () => {
  while (polling) {
    const r = await poller.call('queue.board', { query: { limit: 1 } });
    const t = now();
    if (r.ok && !r.value.notModified) for (const c of r.value.value.calls) if (!seenByPoll.has(`${c.ticketId}-${c.callCount}`)) seenByPoll.set(`${c.ticketId}-${c.callCount}`, t);
    await new Promise((res) => setTimeout(res, 1000));
  }
})();
const pollAt = windowOfItsOwn();
const byPoll: number[] = [];
for (let i = 0; i < POLL_CALLS; i++) {
  // Calls at random moments of the poll's second, as a counter's are.
  await new Promise((r) => setTimeout(r, Math.random() * 1000));
  const { sent, ticket } = await callOnce(pollAt);
  await until(() => seenByPoll.has(`${ticket.id}-1`), 'the poll to see the call');
  byPoll.push(seenByPoll.get(`${ticket.id}-1`)! - sent);
  await finish(pollAt.windowId);
}
polling = false;
await pollLoop;

const row = (xs: number[]) => `p50 ${ms(pct(xs, 0.5))}, p95 ${ms(pct(xs, 0.95))}, max ${ms(Math.max(...xs))} (${xs.length} samples)`;
const rows: [string, string][] = [];
for (const r of results) {
  rows.push([`${r.subscribed} subscribed: action -> event at each core`, row(r.toCores)]);
  rows.push([`${r.subscribed} subscribed: action -> painted on the display page`, row(r.toPaint)]);
}
const push1 = results[0]!;
rows.push(['plain: polling queue.board every 1 s, action -> seen', row(byPoll)]);
rows.push(['ratio polling / push painted (1 subscribed), p50 / p95', `${(pct(byPoll, 0.5) / pct(push1.toPaint, 0.5)).toFixed(1)}x / ${(pct(byPoll, 0.95) / pct(push1.toPaint, 0.95)).toFixed(1)}x`]);
rows.push(['median painted, 1 / 10 / 50 subscribed', results.map((r) => ms(median(r.toPaint))).join(' / ')]);
printTable(`call -> display (${CALLS} calls per count after ${WARM} unmeasured; ${POLL_CALLS} polled)`, rows);

for (const c of cores) await c.events.stop();
await browser.close();
await terminal.stop();
await platform.close();
rmSync(dir, { recursive: true, force: true });
