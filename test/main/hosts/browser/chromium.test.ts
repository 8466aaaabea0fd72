import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { chromiumArgs, freshProfile, runChromium } from '../../../../main/hosts/browser/chromium.ts';
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
  it('is a new empty folder each time, gone when removed', () => {
    const a = freshProfile(base);
    const b = freshProfile(base);
    expect(a.dir).not.toBe(b.dir);
    expect(readdirSync(a.dir)).toEqual([]);
    writeFileSync(join(a.dir, 'Cookies'), 'x');
    a.remove();
    b.remove();
    expect(existsSync(a.dir)).toBe(false);
    expect(existsSync(b.dir)).toBe(false);
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
