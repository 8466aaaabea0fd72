// The browser host's watchdog end to end on real processes: the real loopback server, runChromium and
// the watchdog wired as cli.ts wires them, with a stand-in browser (a shell script) in place of
// Chromium. A page that beats (curl POST /heartbeat with the token, as renderer/src/heartbeat.ts
// does) is left alone; one that stops beating is killed and a fresh one started.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { runChromium, type BrowserWindowProcess } from '../../../../main/hosts/browser/chromium.ts';
import { startBrowserHost, type BrowserHost } from '../../../../main/hosts/browser/server.ts';
import { startWatchdog, type RunningWatchdog } from '../../../../main/hosts/watchdog/run.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const base = mkdtempSync(join(tmpdir(), 'hall-watchdog-test-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

let host: BrowserHost | null = null;
let browser: BrowserWindowProcess | null = null;
let dog: RunningWatchdog | null = null;
afterEach(async () => {
  dog?.stop();
  await browser?.stop();
  await host?.close();
  host = browser = dog = null;
});

/** A stand-in browser: notes its pid at each launch; beats `beats` times (every 200 ms), then hangs. */
function fakeBrowser(name: string, beats: number): { path: string; launches: () => string[] } {
  const log = join(base, `${name}.launches`);
  const path = join(base, `${name}.sh`);
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      `echo $$ >> "${log}"`,
      'for a in "$@"; do case "$a" in --app=*) url="${a#--app=}";; esac; done',
      'origin="${url%%/#*}"; token="${url##*#token=}"',
      `i=0; while [ $i -lt ${beats} ]; do curl -s -X POST -H "x-hall-token: $token" "$origin/heartbeat" >/dev/null; i=$((i+1)); sleep 0.2; done`,
      'exec sleep 60',
      '',
    ].join('\n'),
  );
  chmodSync(path, 0o755);
  return { path, launches: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

async function start(fake: string) {
  const renderer = join(base, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html>');
  const log = new EventLog(new ManualClock()).for('t');
  const beats: number[] = [];
  host = await startBrowserHost({ rendererDir: renderer, port: 0, devPage: false, connect: () => () => {}, log, onHeartbeat: () => {
    beats.push(Date.now());
    dog?.heartbeat();
  } });
  const b = runChromium(fake, host.url, { kiosk: true, tmpRoot: mkdtempSync(join(base, 'tmp-')), log });
  browser = b;
  dog = startWatchdog({
    now: () => Date.now(),
    every: (fn, ms) => {
      const id = setInterval(fn, ms);
      return () => clearInterval(id);
    },
    options: { timeoutMs: 1500, backoffInitialMs: 0, backoffMaxMs: 4000, stableMs: 60_000 },
    restartRenderer: () => b.restart(),
    log,
  });
  return beats;
}

describe('browser host watchdog (real processes)', () => {
  it('rejects a heartbeat without the token', async () => {
    await start(fakeBrowser('idle', 0).path);
    const res = await fetch(`${host?.origin}/heartbeat`, { method: 'POST', headers: { 'x-hall-token': 'wrong' } });
    expect(res.status).toBe(401);
    const ok = await fetch(`${host?.origin}/heartbeat`, { method: 'POST', headers: { 'x-hall-token': host?.token ?? '' } });
    expect(ok.status).toBe(204);
  });

  it('kills a browser whose page stopped beating and starts a fresh one', async () => {
    const fake = fakeBrowser('hangs', 3);
    const beats = await start(fake.path);
    await vi.waitFor(() => expect(beats.length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    await vi.waitFor(() => expect(fake.launches().length).toBe(2), { timeout: 10_000, interval: 100 });
    const [first] = fake.launches();
    // The hung one is gone: kill -0 on its pid fails.
    expect(() => process.kill(Number(first), 0)).toThrow();
    expect(dog?.status()).toEqual({ restarts: 1, lastFailure: 'no-heartbeat' });
  }, 15_000);
});
