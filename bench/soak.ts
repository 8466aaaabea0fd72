// Soak: ticket cycles through the browser host as a citizen does them, for memory growth and errors.
// The terminal runs as `npm start` runs it (the dev-simulated profile's devices: printer and ID-card
// reader simulated over ptys, the embedded reference platform, the developer page on because the
// bench drives the simulators and the window through its RPC). A headless Chromium page taps
// home -> 排队取号 -> a business -> ticket printed -> 完成 -> home; every CARD_EVERY-th cycle an ID
// card is on the reader first (a green-channel ticket by the holder's age), lifted after.
//
// Numbering: each business numbers 1..899 a day and the quota businesses stop at their daily and
// time-slot quotas (320 a day for 综合受理), so 20,000 tickets in one business day only fit in the
// two businesses without quotas (综合出件 Q and 绿色通道 V), and only if numbers come free: the bench
// serves each ticket at a window right after it is taken (dev.windowAction callNext, start, finish),
// as staff would, so a number is live for one cycle and is given again 899 cycles later.
//
// Every SAMPLE_EVERY cycles: the host process's RSS (/proc/<pid>/status) and its V8 heap after a full
// GC (through its inspector, NODE_OPTIONS=--inspect), and the Chromium page's JS heap after a GC (CDP).
// Errors: failed cycles, the page's console errors and uncaught exceptions, error entries in the
// core's event log, refused window actions.
//   BENCH_CYCLES (default 20000), BENCH_WARMUP (default 200 or a tenth of the cycles), BENCH_SAMPLES
//   (points printed, default 10), BENCH_SNAPSHOTS=<dir> (host heap snapshots after the warm-up and at
//   the end, for Chrome DevTools' comparison view; taking one raises the RSS for the rest of the run,
//   so a run for the RSS figures takes none).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import WebSocket from 'ws';
import type { ConfigInput } from '../config/schema/index.ts';
import type { Events, Methods, RpcClient } from '../main/contract/index.ts';
import { chromiumPath } from '../playwright.config.ts';
import { startTerminal, testConfig } from '../test/support/terminal-process.ts';
import { connectRpc } from './rig.ts';
import { printTable } from './table.ts';

const CYCLES = Number(process.env['BENCH_CYCLES'] ?? 20_000);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? Math.min(200, Math.ceil(CYCLES / 10)));
const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 10);
const SNAPSHOTS = process.env['BENCH_SNAPSHOTS'] ?? null;
const CARD_EVERY = 5;
const CYCLE_TIMEOUT_MS = 30_000;

const profile = JSON.parse(readFileSync(new URL('../config/profiles/dev-simulated.json', import.meta.url), 'utf8')) as ConfigInput;
const config = testConfig({
  terminal: { id: 'soak-kiosk', role: 'kiosk', hallName: '明湖区政务服务中心', hallArea: '一楼 综合服务区' },
  // Long enough that no idle timeout or attract loop starts between taps on a loaded machine.
  ui: { idleTimeoutSeconds: 300 },
  platform: { healthIntervalSeconds: 5 },
  devices: profile.devices!.filter((d) => d.kind === 'printer' || d.kind === 'idcard'),
  log: { console: false },
});
const terminal = await startTerminal(config, [], { env: { NODE_OPTIONS: '--inspect=127.0.0.1:0' } });
const hostPid = terminal.child.pid!;
const inspector = await openInspector(/ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(terminal.output())?.[0]);

const errors = { cycles: 0, console: 0, coreLog: 0, window: 0 };
const firstErrors: string[] = [];
/** The core's last warning, told with a failed cycle (a slip not printed is a warning there). */
let lastWarning = '';
const noteError = (kind: keyof typeof errors, what: string) => {
  errors[kind]++;
  console.error(`error (${kind}): ${what.slice(0, 300)}`);
  if (firstErrors.length < 10) firstErrors.push(`${kind}: ${what.slice(0, 300)}`);
};

interface Sample {
  cycle: number;
  at: number;
  rssMb: number;
  heapMb: number;
  /** Memory V8 does not count in its heap: Buffers, ArrayBuffers, what native modules report. */
  externalMb: number;
  pageHeapMb: number;
}
const samples: Sample[] = [];

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  page.on('console', (m) => m.type() === 'error' && noteError('console', `${m.text()} (${m.location().url})`));
  page.on('pageerror', (e) => noteError('console', e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(terminal.url);
  await page.getByTestId('entry-ticket').waitFor();

  const rpc = await connectRpc(terminal);
  rpc.on('log.entryAdded', (e) => {
    if (e.level === 'error') noteError('coreLog', `${e.source}: ${e.message}`);
    if (e.level === 'warn') lastWarning = `${e.source}: ${e.message} ${JSON.stringify(e.data ?? {})}`;
  });
  await until(async () => {
    const r = await rpc.call('system.getStatus', {});
    return r.ok && ['printer', 'idcard'].every((k) => r.value.devices.some((d) => d.kind === k && d.state === 'ready'));
  }, 'the simulated printer and card reader did not become ready');
  const windows = await staffedWindows(rpc);

  const every = Math.max(1, Math.floor((CYCLES - WARMUP) / SAMPLES));
  for (let i = 1; i <= CYCLES; i++) {
    const withCard = i % CARD_EVERY === 0;
    try {
      await cycle(page, rpc, withCard ? 'green' : 'collection', withCard);
      const served = await serve(rpc, windows[withCard ? 'green' : 'collection']!);
      if (served) noteError('window', served);
    } catch (e) {
      // What the page shows instead (a string evaluated in the page: the bench's types have no DOM).
      const shown = (await page
        .evaluate(`[...document.querySelectorAll('[data-testid^="screen-"], [data-testid$="-screen"], [data-testid="refusal"]')].map((el) => el.dataset.testid + (el.dataset.print ? '[' + el.dataset.print + ']' : '') + (el.dataset.code ? '[' + el.dataset.code + ']' : '')).join(' ')`)
        .catch(() => '')) as string;
      noteError('cycles', `cycle ${i}: ${(e as Error).message.split('\n')[0]} (on screen: ${shown || 'nothing known'}; the core's last warning: ${lastWarning || 'none'})`);
      await page.screenshot({ path: `var/soak/failed-cycle-${i}.png` }).catch(() => {});
      await recover(page, rpc, windows);
    }
    if (i === WARMUP) {
      samples.push(await sample(i, cdp));
      if (SNAPSHOTS) await snapshots('after-warmup', cdp);
    } else if (i > WARMUP && ((i - WARMUP) % every === 0 || i === CYCLES)) {
      samples.push(await sample(i, cdp));
      const s = samples.at(-1)!;
      console.log(`cycle ${i}: host RSS ${s.rssMb.toFixed(0)} MB, heap ${s.heapMb.toFixed(1)} MB, external ${s.externalMb.toFixed(1)} MB, page heap ${s.pageHeapMb.toFixed(1)} MB, errors ${JSON.stringify(errors)}`);
    }
  }
  if (SNAPSHOTS) await snapshots('end', cdp);
  rpc.close();
} finally {
  await browser.close();
  inspector?.close();
  await terminal.stop();
}

const start = samples[0]!;
const end = samples.at(-1)!;
const middle = samples[Math.floor((samples.length - 1) / 2)]!;
const growth = (f: (s: Sample) => number) => `${(((f(end) - f(start)) / f(start)) * 100).toFixed(1)} %`;
const row = (s: Sample) => `${s.rssMb.toFixed(0)} MB / ${s.heapMb.toFixed(1)} MB / ${s.externalMb.toFixed(1)} MB / ${s.pageHeapMb.toFixed(1)} MB`;
const seconds = (end.at - start.at) / 1000;
printTable(`Soak: ${CYCLES} ticket cycles (${WARMUP} warm-up), every ${CARD_EVERY}th with an ID card; host RSS / host heap after GC / host external / page heap after GC`, [
  [`start (cycle ${start.cycle}, after warm-up)`, row(start)],
  [`middle (cycle ${middle.cycle})`, row(middle)],
  [`end (cycle ${end.cycle})`, row(end)],
  ['growth start -> end: RSS / heap / external / page heap', `${growth((s) => s.rssMb)} / ${growth((s) => s.heapMb)} / ${growth((s) => s.externalMb)} / ${growth((s) => s.pageHeapMb)}`],
  ['every sample (cycle: RSS, heap, external, page heap; MB)', samples.map((s) => `${s.cycle}: ${s.rssMb.toFixed(0)}, ${s.heapMb.toFixed(1)}, ${s.externalMb.toFixed(1)}, ${s.pageHeapMb.toFixed(1)}`).join('; ')],
  ['cycles per second (after warm-up)', seconds > 0 ? ((end.cycle - start.cycle) / seconds).toFixed(2) : '-'],
  ['errors: failed cycles / console / core log / window actions', `${errors.cycles} / ${errors.console} / ${errors.coreLog} / ${errors.window}`],
  ...firstErrors.map((e, i): [string, string] => [`error ${i + 1}`, e]),
]);

/** One citizen: (card on the reader), 排队取号, the business, the ticket shown and printed, 完成, home (card lifted). */
async function cycle(page: Page, rpc: RpcClient<Methods, Events>, category: string, withCard: boolean): Promise<void> {
  const o = { timeout: CYCLE_TIMEOUT_MS };
  if (withCard) {
    await simulate(rpc, 'idcard-1', 'insert:zhaxiCiren');
    await page.getByTestId('card-holder').waitFor(o);
  }
  await page.getByTestId('entry-ticket').click(o);
  await page.getByTestId(`category-${category}`).click(o);
  await page.getByTestId('ticket-screen').waitFor(o);
  // Known when the screen shows: printed, or why not (the ticket stands; the slip is the failure).
  const print = await page.getByTestId('ticket-screen').getAttribute('data-print', o);
  if (print !== 'printed') {
    await page.getByTestId('ticket-done').click(o);
    throw new Error(`the ticket was taken but its slip not printed (data-print "${print}")`);
  }
  const number = await page.getByTestId('ticket-number').textContent(o);
  if (!/^[A-Z]\d{3}$/.test(number ?? '')) throw new Error(`no ticket number on the ticket screen (${number})`);
  await page.getByTestId('ticket-done').click(o);
  if (withCard) {
    await page.getByTestId('card-left').waitFor(o);
    await simulate(rpc, 'idcard-1', 'remove');
    await page.getByTestId('card-left').waitFor({ ...o, state: 'hidden' });
  }
  await page.getByTestId('screen-home').waitFor(o);
}

/** A staff stand-in serves the ticket just taken: call, start, finish. Returns what went wrong, or null. */
async function serve(rpc: RpcClient<Methods, Events>, windowId: string): Promise<string | null> {
  for (const action of ['callNext', 'start', 'finish'] as const) {
    const r = await rpc.call('dev.windowAction', { windowId, action });
    if (!r.ok) return `${action} at ${windowId}: ${r.error.code} ${r.error.message}`;
  }
  return null;
}

/** After a failed cycle: the card lifted, every ticket left waiting served (a ticket taken before the
 *  failure would refuse the card's holder the next one), the page home again (reloaded if it does not
 *  get there: goto to the same URL would only move to its #fragment). */
async function recover(page: Page, rpc: RpcClient<Methods, Events>, windows: Record<string, string>): Promise<void> {
  await rpc.call('dev.simulate', { deviceId: 'idcard-1', action: 'remove' });
  for (const windowId of Object.values(windows)) while ((await serve(rpc, windowId)) === null);
  try {
    const home = page.getByTestId('nav-home');
    if (await home.isVisible()) await home.click({ timeout: 5000 });
    await page.getByTestId('screen-home').waitFor({ timeout: 5000 });
  } catch {
    try {
      await page.reload();
      await page.getByTestId('entry-ticket').waitFor({ timeout: CYCLE_TIMEOUT_MS });
    } catch (e) {
      noteError('cycles', `could not get the page home again: ${(e as Error).message}`);
    }
  }
}

async function simulate(rpc: RpcClient<Methods, Events>, deviceId: string, action: string): Promise<void> {
  const r = await rpc.call('dev.simulate', { deviceId, action });
  if (!r.ok) throw new Error(`dev.simulate ${deviceId} ${action}: ${r.error.message}`);
}

/** A staffed window for each of the two businesses the soak uses. */
async function staffedWindows(rpc: RpcClient<Methods, Events>): Promise<Record<string, string>> {
  const r = await rpc.call('dev.listWindows', {});
  if (!r.ok) throw new Error(`dev.listWindows: ${r.error.message}`);
  const out: Record<string, string> = {};
  for (const c of ['collection', 'green']) {
    const w = r.value.find((x) => x.staffed && x.categoryIds.includes(c));
    if (!w) throw new Error(`no staffed window serves ${c}`);
    out[c] = w.id;
  }
  return out;
}

async function sample(cycle: number, cdp: CDPSession): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const pageHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await inspector?.send('HeapProfiler.collectGarbage');
  const heap = (await inspector?.send('Runtime.getHeapUsage')) as { usedSize: number } | undefined;
  const usage = (await inspector?.send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as { result: { value: string } } | undefined;
  const external = usage ? (JSON.parse(usage.result.value) as NodeJS.MemoryUsage).external : NaN;
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${hostPid}/status`, 'utf8'))?.[1]);
  return { cycle, at: performance.now(), rssMb: rssKb / 1024, heapMb: (heap?.usedSize ?? NaN) / 2 ** 20, externalMb: external / 2 ** 20, pageHeapMb: pageHeap / 2 ** 20 };
}

/** Heap snapshots of the host process and of the page, into BENCH_SNAPSHOTS. */
async function snapshots(when: string, cdp: CDPSession): Promise<void> {
  const dir = SNAPSHOTS!;
  if (inspector) {
    const chunks: string[] = [];
    const off = inspector.onEvent('HeapProfiler.addHeapSnapshotChunk', (p) => chunks.push((p as { chunk: string }).chunk));
    await inspector.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    off();
    writeFileSync(join(dir, `host-${when}.heapsnapshot`), chunks.join(''));
  }
  const chunks: string[] = [];
  const onChunk = (p: { chunk: string }) => chunks.push(p.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  writeFileSync(join(dir, `page-${when}.heapsnapshot`), chunks.join(''));
  console.log(`heap snapshots (host, page) ${when}: ${dir}`);
}

async function until(check: () => Promise<boolean>, message: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(message);
}

interface Inspector {
  send(method: string, params?: object): Promise<unknown>;
  onEvent(method: string, fn: (params: unknown) => void): () => void;
  close(): void;
}

/** The host process's inspector (Chrome DevTools protocol over its WebSocket); null when it printed no address. */
async function openInspector(url: string | undefined): Promise<Inspector | null> {
  if (!url) {
    console.error('the host printed no inspector address: heap figures left out');
    return null;
  }
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let id = 0;
  const pending = new Map<number, (r: unknown) => void>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown; method?: string; params?: unknown };
    if (m.id !== undefined) pending.get(m.id)?.(m.error ? Promise.reject(new Error(JSON.stringify(m.error))) : m.result);
    else if (m.method) listeners.get(m.method)?.forEach((l) => l(m.params));
  });
  return {
    send: (method, params = {}) =>
      new Promise((resolve) => {
        const n = ++id;
        pending.set(n, (r) => {
          pending.delete(n);
          resolve(r);
        });
        ws.send(JSON.stringify({ id: n, method, params }));
      }),
    onEvent(method, fn) {
      const set = listeners.get(method) ?? new Set();
      listeners.set(method, set);
      set.add(fn);
      return () => set.delete(fn);
    },
    close: () => ws.close(),
  };
}
