// When the Electron host checks for an update and when it installs it: at the hall's quiet time, with
// nobody at the kiosk, never mid-visit; instants built in the hall's zone (Asia/Shanghai, UTC+8).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config/load.ts';
import { checkDue, inQuietWindow, kioskIdle, nextUpdateStep, selfUpdatePossible, updatePlan, type UpdatePlan } from '../../../main/hosts/update-policy.ts';

const minimal = { terminal: { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' } };
function plan(over: Record<string, unknown> = {}): UpdatePlan | null {
  const r = parseConfig({ ...minimal, ...over });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return updatePlan(r.config);
}
/** An instant at a hall time on 2026-12-08 (Beijing time). */
const at = (hhmm: string) => Date.parse(`2026-12-08T${hhmm}:00+08:00`);
const HOUR = 3_600_000;
const nobody = { untouchedSeconds: 4000, cardOnReader: false };

describe('the update plan from the config', () => {
  it('is off without update.url, and takes the daily restart time when installAt is absent', () => {
    expect(plan()).toBeNull();
    expect(plan({ update: { url: 'https://updates.hall.local/terminal/' }, watchdog: { dailyRestartAt: '03:30' } })).toEqual({
      url: 'https://updates.hall.local/terminal/',
      channel: 'latest',
      checkEveryMs: 6 * HOUR,
      installAt: '03:30',
      timeZone: 'Asia/Shanghai',
      // help.waitSeconds (600) is the longest a visit rests untouched, plus a minute.
      idleAfterSeconds: 660,
    });
    expect(plan({ update: { url: 'https://u.hall.local/', installAt: '02:00', channel: 'beta', checkEveryHours: 1 }, watchdog: { dailyRestartAt: '03:30' } })).toMatchObject({
      installAt: '02:00',
      channel: 'beta',
      checkEveryMs: HOUR,
    });
  });

  it('a URL without a quiet time is refused by the config, naming both keys', () => {
    const r = parseConfig({ ...minimal, update: { url: 'https://u.hall.local/' } });
    expect(r.ok ? [] : r.problems).toEqual(['update.installAt: updates need a quiet time to be installed at: update.installAt or watchdog.dailyRestartAt (e.g. "03:30")']);
    const bad = parseConfig({ ...minimal, update: { url: 'ftp://u.hall.local/', installAt: '25:00', chanel: 'x' } });
    expect(bad.ok ? [] : bad.problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['update.url', 'update.installAt', 'update.chanel']));
  });
});

describe('update decisions', () => {
  const p = plan({ update: { url: 'https://u.hall.local/', installAt: '03:30' } })!;

  it('checks at start, then every checkEveryHours (and at once when the clock went back)', () => {
    expect(checkDue(null, at('10:00'), 6 * HOUR)).toBe(true);
    expect(checkDue(at('10:00'), at('15:59'), 6 * HOUR)).toBe(false);
    expect(checkDue(at('10:00'), at('16:00'), 6 * HOUR)).toBe(true);
    expect(checkDue(at('10:00'), at('09:00'), 6 * HOUR)).toBe(true);
  });

  it('the quiet window is the hour after installAt in the hall zone, across midnight too', () => {
    expect(inQuietWindow(at('03:29'), '03:30', 'Asia/Shanghai')).toBe(false);
    expect(inQuietWindow(at('03:30'), '03:30', 'Asia/Shanghai')).toBe(true);
    expect(inQuietWindow(at('04:29'), '03:30', 'Asia/Shanghai')).toBe(true);
    expect(inQuietWindow(at('04:30'), '03:30', 'Asia/Shanghai')).toBe(false);
    expect(inQuietWindow(at('00:10'), '23:50', 'Asia/Shanghai')).toBe(true);
    // 03:30 in Urumqi time is 05:30 in Beijing: the zone is the hall's.
    expect(inQuietWindow(at('05:40'), '03:30', 'Asia/Urumqi')).toBe(true);
  });

  it('nobody is at the kiosk only when untouched past the longest rest and no card is on the reader', () => {
    expect(kioskIdle({ untouchedSeconds: 660, cardOnReader: false }, p)).toBe(true);
    expect(kioskIdle({ untouchedSeconds: 659, cardOnReader: false }, p)).toBe(false);
    expect(kioskIdle({ untouchedSeconds: 5000, cardOnReader: true }, p)).toBe(false);
  });

  it('installs a ready update at the quiet time with nobody there, never mid-visit or by day', () => {
    const ready = { phase: 'ready', version: '0.2.0' } as const;
    expect(nextUpdateStep(ready, p, at('03:45'), at('01:00'), nobody)).toBe('install');
    expect(nextUpdateStep(ready, p, at('03:45'), at('01:00'), { untouchedSeconds: 20, cardOnReader: false })).toBe('wait');
    expect(nextUpdateStep(ready, p, at('03:45'), at('01:00'), { untouchedSeconds: 4000, cardOnReader: true })).toBe('wait');
    expect(nextUpdateStep(ready, p, at('10:00'), at('01:00'), nobody)).toBe('wait');
    // A ready update is not checked again over it.
    expect(nextUpdateStep(ready, p, at('10:00'), null, nobody)).toBe('wait');
  });

  it('checks when due and idle, and waits while a check, a download or an install runs', () => {
    expect(nextUpdateStep({ phase: 'idle' }, p, at('10:00'), null, { untouchedSeconds: 0, cardOnReader: true })).toBe('check');
    expect(nextUpdateStep({ phase: 'idle' }, p, at('10:00'), at('09:00'), nobody)).toBe('wait');
    for (const s of [{ phase: 'checking' }, { phase: 'available', version: '0.2.0' }, { phase: 'downloading', version: '0.2.0', percent: 40 }, { phase: 'installing', version: '0.2.0' }] as const) {
      expect(nextUpdateStep(s, p, at('03:45'), null, nobody)).toBe('wait');
    }
  });

  it('after an error, checks again when the next check is due (not at once)', () => {
    const failed = { phase: 'error', message: 'net::ERR_CONNECTION_REFUSED' } as const;
    expect(nextUpdateStep(failed, p, at('10:00'), at('09:00'), nobody)).toBe('wait');
    expect(nextUpdateStep(failed, p, at('10:00'), at('03:59'), nobody)).toBe('check');
  });
});

describe('where a terminal can update itself', () => {
  it('Windows and a Linux AppImage can; a deb cannot (dpkg needs root), and says so', () => {
    expect(selfUpdatePossible('win32', {})).toEqual({ ok: true });
    expect(selfUpdatePossible('linux', { APPIMAGE: '/home/kiosk/hall-terminal.AppImage' })).toEqual({ ok: true });
    expect(selfUpdatePossible('linux', {})).toEqual({ ok: false, why: 'a deb installation is updated by the hall IT staff (dpkg needs root): update.url is not used' });
  });
});
