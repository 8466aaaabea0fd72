// Appointment check-in as a citizen feels it: the tap on "check in" after typing the appointment code
// on the on-screen keyboard, to the ticket's number painted on the screen, in Chromium through the
// browser host. On the way: the RPC over the WebSocket, the core, the reference platform (over HTTP,
// in this process) numbering the check-in ticket, the ESC/POS slip encoded and sent over a socat pty
// pair to the simulated printer by the real serialport driver, and React painting the ticket screen.
// The time runs from the button's pointerup to the second animation frame after the number is in the
// DOM. Beside it: the same check-in through the RPC alone (no screen), and the floor a real printer
// sets: the wire time of that slip's bytes at 9600 and 115200 baud (a pty does not pace bytes, so the
// measured figure does not contain it; on a real serial printer it adds to it).
// Figures only; nothing here asserts a time. BENCH_RUNS (default 30).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { systemClock, type Clock } from '../domain/clock.ts';
import { withCheckDigit } from '../domain/id-number.ts';
import { printerProfiles } from '../devices/printer/profiles.ts';
import { qrGenerator } from '../devices/printer/qr-generator.ts';
import { encodeTicket } from '../devices/printer/ticket.ts';
import type { Events, IssuedTicket, Methods, RpcClient } from '../main/contract/index.ts';
import { ticketSlip } from '../main/core/queue/ticket-desk.ts';
import { chromiumPath } from '../playwright.config.ts';
import { seedReferencePlatform } from '../platform/seeding.ts';
import { businessCategories } from '../platform/seed/index.ts';
import { startPlatform } from '../platform/server.ts';
import { startTerminal, testConfig } from '../test/support/terminal-process.ts';
import { connectRpc } from './rig.ts';
import { median, ms, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const WARM = 3;
const DATE = '2026-11-24';
/** A Tuesday at 10:00 in the hall: the 10:00-11:00 slots are open for check-in. */
const START = `${DATE}T10:00:00+08:00`;
const HALL = '明湖区政务服务中心';
const AREA = '一楼 综合服务区';
const SLIP_URL = 'https://zwfw.example.gov.cn/queue/ticket/{ticketId}';

const offset = Date.parse(START) - systemClock.now();
const clock: Clock = { now: () => systemClock.now() + offset, setTimeout: systemClock.setTimeout, clearTimeout: systemClock.clearTimeout };
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const wireMs = (bytes: number, baud: number): number => (bytes * 10 * 1000) / baud;

// Enough appointments for every sample, each its own holder (one unserved ticket per person and business).
const category = businessCategories.find((c) => c.id === 'general')!;
const total = WARM + RUNS * 2 + 1;
const codes = Array.from({ length: total }, (_, i) => `YB${String(i + 1).padStart(4, '0')}`);

const dir = mkdtempSync(join(tmpdir(), 'bench-check-in-'));
const platform = await startPlatform({
  clock,
  version: 'bench',
  dbPath: join(dir, 'platform.db'),
  seed: async (p) => {
    await seedReferencePlatform(p, DATE);
    for (const [i, code] of codes.entries()) {
      const id = withCheckDigit(`3301061970${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(100 + i).slice(-3)}`);
      if (!id.ok) throw new Error(id.error.message);
      const made = await p.queue.createAppointment({ code, categoryId: category.id, idNumber: id.value, date: DATE, slot: { from: '10:00', to: '11:00' } });
      if (!made.ok) throw new Error(`appointment ${code}: ${made.error.message}`);
    }
  },
});
const enrolment = await platform.platform.auth.issueEnrolmentCode('bench-kiosk', 'kiosk');
const terminal = await startTerminal(
  testConfig({
    terminal: { id: 'bench-kiosk', role: 'kiosk', hallName: HALL, hallArea: AREA },
    platform: { url: platform.url, enrolmentCode: enrolment, requestTimeoutMs: 30_000 },
    devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'pty' } }],
    queue: { slipQrUrl: SLIP_URL },
    dev: { page: true, clockStart: START },
  }),
);

const PROBE = `() => {
  let lastUp = 0;
  document.addEventListener('pointerup', () => (lastUp = performance.now()), { capture: true });
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  const shown = () => /^[A-Z]\\d{3}$/.test(document.querySelector('[data-testid="ticket-number"]')?.textContent ?? '');
  window.__ticketPainted = () => new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (!shown()) return;
      mo.disconnect();
      void frames().then((t) => resolve(t - lastUp));
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}`;

const screen: number[] = [];
const rpcOnly: number[] = [];
let slipBytes: number;
let next = 0;
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(terminal.url);
  await page.getByTestId('entry-checkIn').waitFor();
  await page.evaluate(`(${PROBE})()`);
  const rpc = await connectRpc(terminal);
  await waitForPrinter(rpc);

  for (let i = 0; i < WARM + RUNS; i++) {
    const t = await tapToTicket(page, codes[next++]!);
    if (i >= WARM) screen.push(t);
  }
  let last: IssuedTicket | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await rpc.call('queue.checkIn', { code: codes[next++]! });
    rpcOnly.push(performance.now() - t0);
    if (!r.ok) throw new Error(`check-in over RPC: ${r.error.message}`);
    if (r.value.print !== 'printed') throw new Error(`the slip was not printed: ${r.value.printError}`);
    last = r.value;
  }
  rpc.close();
  // The slip that check-in printed, encoded again the way the ticket desk builds it, for its size.
  const t = last!;
  const encoded = encodeTicket(ticketSlip(t, { hallName: HALL, hallArea: AREA }, t.trackingUrl, null), printerProfiles['generic-80'], { qrEncoder: qrGenerator });
  if (!encoded.ok) throw new Error(encoded.error.message);
  slipBytes = encoded.value.bytes.length;
} finally {
  await browser.close();
  await terminal.stop();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}

const at9600 = wireMs(slipBytes, 9600);
const at115200 = wireMs(slipBytes, 115200);
printTable(`Appointment check-in, tap to ticket (Chromium, browser host, printer on a pty; ${screen.length} taps, ${rpcOnly.length} RPC calls)`, [
  ['tap "check in" -> ticket number painted, p50', ms(median(screen))],
  ['the same, p95', ms(p95(screen))],
  ['the same, slowest', ms(Math.max(...screen))],
  ['RPC queue.checkIn alone (platform numbers, slip printed), p50 / p95', `${ms(median(rpcOnly))} / ${ms(p95(rpcOnly))}`],
  ['the screen share at p50 (tap to paint minus RPC)', ms(median(screen) - median(rpcOnly))],
  ['the check-in slip (generic-80, QR, priority mark)', `${slipBytes} bytes`],
  ['printer wire floor at 9600 / 115200 baud', `${ms(at9600)} / ${ms(at115200)}`],
  ['ratio p95 / floor at 9600 / 115200', `${(p95(screen) / at9600).toFixed(2)}x / ${(p95(screen) / at115200).toFixed(2)}x`],
  ['on a 9600-baud printer a citizen waits about (p95 + floor)', ms(p95(screen) + at9600)],
]);

async function tapToTicket(page: Page, code: string): Promise<number> {
  await page.getByTestId('entry-checkIn').click();
  await page.getByTestId('check-in-code-open').click();
  for (const ch of code.toLowerCase()) await page.getByTestId(`key-${ch}`).click();
  const painted = page.evaluate('window.__ticketPainted()') as Promise<number>;
  await page.getByTestId('check-in-code-submit').click();
  const t = await painted;
  const print = await page.getByTestId('ticket-print').textContent();
  if (!print?.includes('凭条')) throw new Error(`check-in ${code}: the slip was not printed (${print})`);
  await page.getByTestId('ticket-done').click();
  await page.getByTestId('entry-checkIn').waitFor();
  return t;
}

async function waitForPrinter(rpc: RpcClient<Methods, Events>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await rpc.call('system.getStatus', {});
    if (r.ok && r.value.devices.some((d) => d.kind === 'printer' && d.state === 'ready')) return;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('the simulated printer did not become ready');
}
