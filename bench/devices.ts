// The device drivers against the physical floor: the time the bytes need on the wire at the baud
// rate (10 bits per byte: start, 8 data, stop).
// - ID frame parse: a full 1295-byte read response through the frame decoder and the read-response
//   codec (whole, and in the 32-byte pieces a USB-serial adapter delivers), per frame;
// - ticket encode: encodeTicket for a realistic 80 mm slip with a native QR (and a 58 mm slip whose
//   QR goes as a raster image), per slip;
// - end to end over a socat pty pair, serialport on both ends: card placed -> cardInserted, and
//   printTicket -> resolved, beside the wire time of the bytes that crossed.
// A pty does not pace bytes at the baud rate: end-to-end figures are the software's and the kernel's
// share, a real port adds the wire time. Figures only; nothing here asserts a time.
// BENCH_RUNS (default 25): end-to-end repetitions, after 10 unmeasured ones (the first prints and
// reads of a process run cold: about 3x slower); BENCH_SAMPLES (default 300): codec samples.
import { systemClock } from '../domain/clock.ts';
import { IdCardReader } from '../devices/idcard/driver.ts';
import { createResponseDecoder, type ResponseFrame } from '../devices/idcard/frame.codec.ts';
import { decodeReadResponse, encodeReadResponse } from '../devices/idcard/read-response.codec.ts';
import { IdCardReaderSimulator } from '../devices/idcard/simulator.ts';
import { zhangWei } from '../devices/idcard/test-identities.ts';
import { TicketPrinter } from '../devices/printer/driver.ts';
import { printerProfiles } from '../devices/printer/profiles.ts';
import { qrGenerator } from '../devices/printer/qr-generator.ts';
import { PrinterSimulator } from '../devices/printer/simulator.ts';
import { encodeTicket } from '../devices/printer/ticket.ts';
import type { PrinterProfile, Ticket } from '../devices/printer/types.ts';
import { createPtyPair } from '../devices/transports/pty-pair.ts';
import { SerialTransport } from '../devices/transports/serial.ts';
import { median, ms, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 25);
const SAMPLES = Number(process.env['BENCH_SAMPLES'] ?? 300);

/** Milliseconds the bytes need on the wire: 10 bits each. */
const wireMs = (bytes: number, baud: number): number => (bytes * 10 * 1000) / baud;
const ratio = (measured: number, floor: number): string => {
  const r = measured / floor;
  return r >= 0.1 ? `${r.toFixed(2)}x` : `${r.toPrecision(2)}x (1/${Math.round(floor / measured)})`;
};

function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Median time per call of `f`, timing batches of `batch` calls (timer resolution is ~µs). */
function perCall(f: () => void, batch: number, samples = SAMPLES): number {
  for (let i = 0; i < batch * 20; i++) f(); // warm up (JIT)
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t = performance.now();
    for (let i = 0; i < batch; i++) f();
    times.push((performance.now() - t) / batch);
  }
  return median(times);
}

// --- ID frame parse ------------------------------------------------------------------------------

const readFrame = must(encodeReadResponse(zhangWei, false));
if (readFrame.length !== 1295) throw new Error(`read response is ${readFrame.length} bytes, expected 1295`);

function parseRead(pieces: readonly Uint8Array[]): void {
  const decoder = createResponseDecoder();
  let frame: ResponseFrame | undefined;
  for (const piece of pieces) for (const r of decoder.push(piece)) frame = must(r);
  if (!frame) throw new Error('no frame');
  must(decodeReadResponse(frame, false));
}

const pieces = (bytes: Uint8Array, size: number): Uint8Array[] =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

const whole = [readFrame];
const in32 = pieces(readFrame, 32);
const in1 = pieces(readFrame, 1);
const parseWhole = perCall(() => parseRead(whole), 50);
const parse32 = perCall(() => parseRead(in32), 50);
const parse1 = perCall(() => parseRead(in1), 5, Math.ceil(SAMPLES / 3));
const readFloor = wireMs(readFrame.length, 115200);

printTable('ID card: parse one 1295-byte read response (frame decoder + read-response codec), median per frame', [
  ['whole frame', ms(parseWhole)],
  ['in 32-byte pieces (41 pushes)', ms(parse32)],
  ['byte by byte (1295 pushes)', ms(parse1)],
  ['floor: 1295 bytes on the wire at 115200', ms(readFloor)],
  ['ratio whole / floor', ratio(parseWhole, readFloor)],
  ['ratio 32-byte pieces / floor', ratio(parse32, readFloor)],
  ['ratio byte by byte / floor', ratio(parse1, readFloor)],
]);

// --- ticket encode -------------------------------------------------------------------------------

const ticket: Ticket = {
  hallName: '西湖区政务服务中心',
  hallArea: '一楼 A 区',
  department: '公安分局出入境管理大队',
  business: '居民身份证办理',
  number: 'A023',
  waitingAhead: 5,
  estimatedWaitMinutes: 12,
  issuedAt: Date.UTC(2026, 10, 24, 1, 5, 7),
  qrPayload: 'https://hall.example.gov.cn/q?t=A023&d=2026-11-24&h=330106',
  priorityLabel: '绿色通道',
  reprint: null,
};

function encodeRow(profile: PrinterProfile): [string, string][] {
  const bytes = must(encodeTicket(ticket, profile, { qrEncoder: qrGenerator })).bytes.length;
  const t = perCall(() => must(encodeTicket(ticket, profile, { qrEncoder: qrGenerator })), 10);
  const at9600 = wireMs(bytes, 9600);
  const at115200 = wireMs(bytes, 115200);
  return [
    [`${profile.id}: encodeTicket, median per slip`, ms(t)],
    [`${profile.id}: slip size`, `${bytes} bytes`],
    [`${profile.id}: floor at 9600 / 115200`, `${ms(at9600)} / ${ms(at115200)}`],
    [`${profile.id}: ratio at 9600 / 115200`, `${ratio(t, at9600)} / ${ratio(t, at115200)}`],
  ];
}

printTable('Ticket printer: encode a queue slip with a QR code (green-channel label, wait estimate)', [
  ...encodeRow(printerProfiles['generic-80']),
  ...encodeRow(printerProfiles['basic-58-raster']),
]);

// --- end to end over a pty -----------------------------------------------------------------------

interface Crossing {
  readonly ms: number;
  readonly bytes: number;
}

/** Counts the bytes both ends receive, from `reset()` on. */
function byteCounter(host: SerialTransport, device: SerialTransport): { reset(): void; readonly total: number } {
  let total = 0;
  host.onData((c) => (total += c.length));
  device.onData((c) => (total += c.length));
  return {
    reset: () => (total = 0),
    get total() {
      return total;
    },
  };
}

const WARMUP = 10;

/** Cards placed `runs` times (after `warmup` unmeasured ones), at a random moment of the poll cycle. */
async function cardReads(pollIntervalMs: number, runs: number, warmup: number): Promise<Crossing[]> {
  const pair = await createPtyPair();
  const host = new SerialTransport({ path: pair.hostPath, baudRate: 115200 });
  const device = new SerialTransport({ path: pair.devicePath, baudRate: 115200 });
  const sim = new IdCardReaderSimulator({ transport: device });
  // One "no card" answer ends a card here: it only shortens the wait between two measured reads.
  const reader = new IdCardReader({ transport: host, clock: systemClock, pollIntervalMs, removeAfterMisses: 1 });
  const counter = byteCounter(host, device);
  const out: Crossing[] = [];
  try {
    must(await sim.start());
    must(await reader.start());
    for (let i = 0; i < runs + warmup; i++) {
      // A citizen's card lands anywhere between two polls.
      if (pollIntervalMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * pollIntervalMs));
      const inserted = new Promise<number>((resolve) => {
        const off = reader.on('cardInserted', () => {
          off();
          resolve(performance.now());
        });
      });
      counter.reset();
      const t = performance.now();
      must(sim.insertCard(zhangWei));
      const done = await inserted;
      if (i >= warmup) out.push({ ms: done - t, bytes: counter.total });
      const removed = new Promise<void>((resolve) => {
        const off = reader.on('cardRemoved', () => {
          off();
          resolve();
        });
      });
      sim.removeCard();
      await removed;
    }
  } finally {
    await reader.stop();
    await host.close();
    await sim.stop();
    await pair.close();
  }
  return out;
}

/** Slips printed `runs` times after WARMUP unmeasured ones (the first prints of a process run cold). */
async function ticketPrints(baudRate: number, runs: number): Promise<(Crossing & { checks: number })[]> {
  const profile = printerProfiles['generic-80'];
  const pair = await createPtyPair();
  const host = new SerialTransport({ path: pair.hostPath, baudRate });
  const device = new SerialTransport({ path: pair.devicePath, baudRate });
  const sim = new PrinterSimulator({ transport: device });
  const printer = new TicketPrinter({ transport: host, clock: systemClock, profile, pollIntervalMs: null, qrEncoder: qrGenerator });
  const counter = byteCounter(host, device);
  const out: (Crossing & { checks: number })[] = [];
  try {
    must(await sim.start());
    must(await printer.start());
    for (let i = 0; i < runs + WARMUP; i++) {
      counter.reset();
      const asked = sim.statusRequestsAnswered;
      const t = performance.now();
      must(await printer.printTicket({ ...ticket, number: `A${String(100 + i)}` }));
      const run = { ms: performance.now() - t, bytes: counter.total, checks: (sim.statusRequestsAnswered - asked) / 3 };
      if (i >= WARMUP) out.push(run);
    }
  } finally {
    await printer.stop();
    await host.close();
    sim.stop();
    await device.close();
    await pair.close();
  }
  return out;
}

const rowsE2e: [string, string][] = [];
for (const poll of [0, 250]) {
  const runs = RUNS;
  // The back-to-back reads warmed the JIT already.
  const reads = await cardReads(poll, runs, poll === 0 ? WARMUP : 2);
  const t = median(reads.map((r) => r.ms));
  const bytes = median(reads.map((r) => r.bytes));
  const floor = wireMs(bytes, 115200);
  const label = poll === 0 ? 'polls back to back' : `poll every ${poll} ms (default), placed at random`;
  rowsE2e.push(
    [`card read, ${label}: placed -> cardInserted (median of ${runs})`, ms(t)],
    [`  bytes that crossed (find, select, read; median)`, `${bytes}`],
    [`  floor: their wire time at 115200`, ms(floor)],
    [`  ratio`, ratio(t, floor)],
  );
}
for (const baud of [9600, 115200]) {
  const prints = await ticketPrints(baud, RUNS);
  const t = median(prints.map((r) => r.ms));
  const bytes = median(prints.map((r) => r.bytes));
  const checks = median(prints.map((r) => r.checks));
  const floor = wireMs(bytes, baud);
  rowsE2e.push(
    [`ticket print, port at ${baud}: printTicket -> resolved (median of ${RUNS})`, ms(t)],
    [`  bytes that crossed (slip + ${checks} status checks of 3 requests)`, `${bytes}`],
    [`  floor: their wire time at ${baud}`, ms(floor)],
    [`  ratio`, ratio(t, floor)],
  );
}
printTable('End to end over a socat pty pair (serialport on both ends; a pty does not pace bytes at the baud rate)', rowsE2e);
