// The admin PIN check as the core does it (main/core/admin/pin-hash.ts: scrypt N=2^15, r=8, p=1 on
// libuv's thread pool, timingSafeEqual), median of BENCH_RUNS (default 20) after 2 unmeasured; the
// longest the event loop was held during the checks (the screens' RPC keeps answering); beside it the
// same check with scrypt run synchronously on the main thread, and one SHA-256 (the unsalted fast hash
// a PIN must not be kept as: ~10^4 PINs of 4 digits fall in microseconds each).
import { createHash, scryptSync } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parsePinHash } from '../domain/admin-pin.ts';
import { DEFAULT_SCRYPT, hashPin, pinMatches } from '../main/core/admin/pin-hash.ts';
import { median, ms, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const hash = parsePinHash(await hashPin('246810'));
if (!hash.ok) throw new Error(hash.problem);
const h = hash.value;

const times: number[] = [];
const loop = monitorEventLoopDelay({ resolution: 1 });
for (let i = 0; i < RUNS + 2; i++) {
  if (i === 2) loop.enable();
  const t0 = performance.now();
  await pinMatches(i % 2 ? '246810' : '000000', h);
  if (i >= 2) times.push(performance.now() - t0);
}
loop.disable();

const syncTimes: number[] = [];
for (let i = 0; i < Math.min(RUNS, 10); i++) {
  const t0 = performance.now();
  scryptSync('246810', h.salt, h.hash.length, { N: h.N, r: h.r, p: h.p, maxmem: 256 * 1024 * 1024 });
  syncTimes.push(performance.now() - t0);
}
const shaTimes: number[] = [];
for (let i = 0; i < 1000; i++) {
  const t0 = performance.now();
  createHash('sha256').update('246810').digest();
  shaTimes.push(performance.now() - t0);
}

printTable(`admin PIN check, scrypt N=${DEFAULT_SCRYPT.N} r=${DEFAULT_SCRYPT.r} p=${DEFAULT_SCRYPT.p} (${RUNS} runs)`, [
  ['async scrypt (the core), median', `${ms(median(times))} (${ms(Math.min(...times))}-${ms(Math.max(...times))})`],
  ['event loop held at most meanwhile', ms(loop.max / 1e6)],
  ['beside: scrypt sync on the main thread', `${ms(median(syncTimes))} (the loop held that long)`],
  ['beside: one SHA-256', ms(median(shaTimes))],
  ['a 4-digit PIN space by scrypt, one core', `${((median(times) * 10_000) / 60_000).toFixed(0)} min`],
]);
