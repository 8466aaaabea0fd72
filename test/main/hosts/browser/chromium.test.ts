import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { chromiumArgs, freshProfile, OWNER_FILE, runChromium, sweepStaleProfiles } from '../../../../main/hosts/browser/chromium.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const base = mkdtempSync(join(tmpdir(), 'hall-chromium-test-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const URL_ = 'http://127.0.0.1:4100/#token=abc';

describe('chromiumArgs', () => {
  const kiosk = chromiumArgs(URL_, { kiosk: true, profileDir: '/tmp/p1', asRoot: false });

  it.each([
    ['--kiosk'],
    ['--user-data-dir=/tmp/p1'],
    ['--no-first-run'],
    ['--noerrdialogs'],
    ['--disable-session-crashed-bubble'],
    ['--disable-infobars'],
    ['--disable-pinch'],
    ['--overscroll-history-navigation=0'],
    ['--password-store=basic'],
    ['--disable-extensions'],
    ['--block-new-web-contents'],
    ['--deny-permission-prompts'],
    [`--app=${URL_}`],
  ])('kiosk launch has %s', (flag) => {
    expect(kiosk).toContain(flag);
  });

  it('turns off translation, the cast menu and swipe navigation', () => {
    const features = kiosk.find((a) => a.startsWith('--disable-features='))?.split('=')[1]?.split(',') ?? [];
    expect(features).toEqual(expect.arrayContaining(['Translate', 'TranslateUI', 'MediaRouter', 'OverscrollHistoryNavigation']));
    expect(kiosk.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
  });

  it('opens the page last, as the app, and nothing else', () => {
    expect(kiosk.at(-1)).toBe(`--app=${URL_}`);
    expect(kiosk.filter((a) => !a.startsWith('--'))).toEqual([]);
  });

  it('windowed instead of kiosk, and without the sandbox only as root', () => {
    const windowed = chromiumArgs(URL_, { kiosk: false, profileDir: '/tmp/p2', asRoot: false });
    expect(windowed).toContain('--start-maximized');
    expect(windowed).not.toContain('--kiosk');
    expect(windowed).not.toContain('--no-sandbox');
    expect(chromiumArgs(URL_, { kiosk: true, profileDir: '/tmp/p2', asRoot: true })).toContain('--no-sandbox');
  });
});

describe('freshProfile', () => {
  it('is a new folder each time, empty but for its owner\'s pid, gone when removed', () => {
    const a = freshProfile(base);
    const b = freshProfile(base);
    expect(a.dir).not.toBe(b.dir);
    expect(readdirSync(a.dir)).toEqual([OWNER_FILE]);
    expect(readFileSync(join(a.dir, OWNER_FILE), 'utf8').trim()).toBe(String(process.pid));
    writeFileSync(join(a.dir, 'Cookies'), 'x');
    a.remove();
    b.remove();
    expect(existsSync(a.dir)).toBe(false);
    expect(existsSync(b.dir)).toBe(false);
  });
});

describe('sweepStaleProfiles', () => {
  const DEAD = 999_001;
  const LIVE = 999_002;
  const alive = (pid: number) => pid === LIVE;
  const lockOf = (dir: string, pid: number, host = hostname()) => symlinkSync(`${host}-${pid}`, join(dir, 'SingletonLock'));

  it('removes only our own profiles whose owner host and browser are dead, nothing else in the folder', () => {
    const tmp = mkdtempSync(join(base, 'sweep-'));
    const deadHost = freshProfile(tmp, DEAD);
    writeFileSync(join(deadHost.dir, 'Cookies'), 'x');
    const deadBoth = freshProfile(tmp, DEAD);
    lockOf(deadBoth.dir, DEAD + 10);
    const liveHost = freshProfile(tmp, LIVE);
    const liveBrowser = freshProfile(tmp, DEAD); // the host died but its Chromium still runs
    lockOf(liveBrowser.dir, LIVE);
    const onlyLock = mkdtempSync(join(tmp, 'hall-chromium-'));
    lockOf(onlyLock, DEAD);
    const noPid = mkdtempSync(join(tmp, 'hall-chromium-')); // just made by a host starting now
    const otherMachine = freshProfile(tmp, DEAD);
    lockOf(otherMachine.dir, DEAD, 'another-kiosk');
    const notOurs = join(tmp, 'chromium-other');
    mkdirSync(notOurs);
    writeFileSync(join(notOurs, OWNER_FILE), `${DEAD}\n`);
    const aFile = join(tmp, 'hall-chromium-file');
    writeFileSync(aFile, `${DEAD}\n`);
    const target = mkdtempSync(join(base, 'target-'));
    writeFileSync(join(target, OWNER_FILE), `${DEAD}\n`);
    const aLink = join(tmp, 'hall-chromium-link');
    symlinkSync(target, aLink);

    const removed = sweepStaleProfiles(tmp, { alive });
    expect(removed.sort()).toEqual([deadHost.dir, deadBoth.dir, onlyLock].sort());
    for (const gone of [deadHost.dir, deadBoth.dir, onlyLock]) expect(existsSync(gone)).toBe(false);
    for (const kept of [liveHost.dir, liveBrowser.dir, noPid, otherMachine.dir, notOurs, aFile, aLink, target]) expect(existsSync(kept)).toBe(true);
    expect(existsSync(join(target, OWNER_FILE))).toBe(true);
  });

  it('keeps the profile of this very process (the real liveness check), and a missing folder is no error', () => {
    const tmp = mkdtempSync(join(base, 'sweep-'));
    const mine = freshProfile(tmp);
    expect(sweepStaleProfiles(tmp)).toEqual([]);
    expect(existsSync(mine.dir)).toBe(true);
    expect(sweepStaleProfiles(join(tmp, 'missing'))).toEqual([]);
  });
});

describe('runChromium', () => {
  it('runs the browser on a fresh profile and removes it when stopped', async () => {
    // A stand-in browser: writes its arguments and a file into its profile, then waits to be killed.
    const argsFile = join(base, 'args.txt');
    const fake = join(base, 'fake-chromium.sh');
    writeFileSync(fake, `#!/bin/sh\nfor a in "$@"; do echo "$a"; done > "${argsFile}.tmp"\ndir=$(sed -n 's/^--user-data-dir=//p' "${argsFile}.tmp")\necho state > "$dir/Local State"\nmv "${argsFile}.tmp" "${argsFile}"\nexec sleep 60\n`);
    chmodSync(fake, 0o755);
    const tmpRoot = mkdtempSync(join(base, 'tmp-'));
    const window = runChromium(fake, URL_, { kiosk: true, tmpRoot, log: new EventLog(new ManualClock()).for('t') });
    await vi.waitFor(() => expect(existsSync(argsFile)).toBe(true));
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    const profile = args.find((a) => a.startsWith('--user-data-dir='))?.split('=')[1] ?? '';
    expect(profile.startsWith(join(tmpRoot, 'hall-chromium-'))).toBe(true);
    expect(existsSync(join(profile, 'Local State'))).toBe(true);
    await window.stop();
    expect(existsSync(profile)).toBe(false);
    expect(readdirSync(tmpRoot)).toEqual([]);
  });
});
