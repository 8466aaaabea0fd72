// The self-updater's state as a fake updater's events come (electron-updater's event names and
// payloads): idle, checking, available, downloading with percent, downloaded waiting for the quiet hour,
// installing, error with its words; the last check time from the injected clock; each status valid
// against the schema the snapshot and the heartbeat use; the log says each change once (not each
// progress event) and keeps nothing personal.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { updateStatusSchema } from '../../../domain/health.ts';
import { EventLog } from '../../../main/core/system/event-log.ts';
import { nextUpdateStep, type UpdatePlan } from '../../../main/hosts/update-policy.ts';
import { UpdateTracker, type UpdaterEvents } from '../../../main/hosts/update-state.ts';
import { ManualClock } from '../../support/manual-clock.ts';

function rig() {
  const clock = new ManualClock(Date.parse('2026-12-08T10:00:00+08:00'));
  const log = new EventLog(clock);
  const updater = new EventEmitter();
  const tracker = new UpdateTracker({ clock, currentVersion: '1.4.0', installAt: '03:30', log: log.for('host.update') }).follow(updater as unknown as UpdaterEvents);
  const status = () => updateStatusSchema.parse(tracker.status());
  return { clock, log, updater, tracker, status };
}

describe('update state', () => {
  it('follows a check that finds, downloads and waits with an update; installs it', () => {
    const { clock, updater, tracker, status, log } = rig();
    expect(status()).toEqual({ state: 'idle', currentVersion: '1.4.0', offeredVersion: null, percent: null, installAt: '03:30', error: null, lastCheckAt: null });
    updater.emit('checking-for-update');
    expect(status()).toMatchObject({ state: 'checking', lastCheckAt: '2026-12-08T02:00:00.000Z' });
    clock.advance(2000);
    updater.emit('update-available', { version: '1.5.0', files: [], path: 'x', sha512: 'y', releaseDate: '2026-12-01' });
    expect(status()).toMatchObject({ state: 'available', offeredVersion: '1.5.0', percent: null });
    for (const percent of [0.4, 9.9, 10.2, 55.55, 99.99]) updater.emit('download-progress', { percent, bytesPerSecond: 1, total: 100, transferred: percent, delta: 1 });
    expect(status()).toMatchObject({ state: 'downloading', offeredVersion: '1.5.0', percent: 99 });
    updater.emit('update-downloaded', { version: '1.5.0', downloadedFile: '/tmp/x' });
    expect(status()).toEqual({ state: 'downloaded', currentVersion: '1.4.0', offeredVersion: '1.5.0', percent: 100, installAt: '03:30', error: null, lastCheckAt: '2026-12-08T02:00:00.000Z' });
    expect(tracker.installing()).toBe(true);
    expect(status()).toMatchObject({ state: 'installing', offeredVersion: '1.5.0' });
    expect(tracker.installing()).toBe(false);
    // The log: each state once, the download at 0, 10, 50 and 90 % (not every progress event).
    const lines = log.recent(50).filter((e) => e.source === 'host.update').map((e) => [e.data?.['phase'], e.data?.['percent']]);
    expect(lines).toEqual([['checking', undefined], ['available', undefined], ['downloading', 0], ['downloading', 10], ['downloading', 55], ['downloading', 99], ['ready', undefined], ['installing', undefined]]);
  });

  it('nothing new: idle again with the last check time; a progress event out of turn changes nothing', () => {
    const { clock, updater, status } = rig();
    updater.emit('checking-for-update');
    clock.advance(5000);
    updater.emit('update-not-available', { version: '1.4.0' });
    expect(status()).toMatchObject({ state: 'idle', offeredVersion: null, lastCheckAt: '2026-12-08T02:00:00.000Z' });
    updater.emit('download-progress', { percent: 50 });
    expect(status().state).toBe('idle');
  });

  it('an error is said in the updater\'s words, without anything personal, until the next check; the policy checks again when due', () => {
    const { clock, updater, tracker, status, log } = rig();
    updater.emit('checking-for-update');
    updater.emit('error', new Error('HttpError: 404 "method: GET url: https://updates.hall.example/latest.yml?token=abc123&phone=13905890101"'));
    const s = status();
    expect(s.state).toBe('error');
    expect(s.error).toMatch(/^HttpError: 404 "method: GET url: https:\/\/updates\.hall\.example\/latest\.yml\?token=/);
    expect(s.error).not.toMatch(/abc123|13905890101/);
    expect(JSON.stringify(log.recent(20))).not.toMatch(/abc123|13905890101/);
    const plan: UpdatePlan = { url: 'https://updates.hall.example/', channel: 'latest', checkEveryMs: 3_600_000, installAt: '03:30', timeZone: 'Asia/Shanghai', idleAfterSeconds: 200 };
    const nobody = { untouchedSeconds: 4000, cardOnReader: false };
    expect(nextUpdateStep(tracker.state(), plan, clock.now() + 60_000, tracker.lastCheckAt(), nobody)).toBe('wait');
    expect(nextUpdateStep(tracker.state(), plan, clock.now() + 3_600_000, tracker.lastCheckAt(), nobody)).toBe('check');
    // The host's own check (a rejected checkForUpdates) counts the same way; the next check clears the error.
    clock.advance(3_600_000);
    tracker.checking();
    expect(status()).toMatchObject({ state: 'checking', error: null, lastCheckAt: '2026-12-08T03:00:00.000Z' });
    tracker.failed('net::ERR_INTERNET_DISCONNECTED');
    expect(status()).toMatchObject({ state: 'error', error: 'net::ERR_INTERNET_DISCONNECTED' });
  });

  it('a downloaded update stays downloaded when a later failure comes, with the failure said beside it', () => {
    const { updater, status } = rig();
    updater.emit('update-available', { version: '1.5.0' });
    updater.emit('update-downloaded', { version: '1.5.0' });
    updater.emit('error', new Error('net::ERR_CONNECTION_RESET'));
    expect(status()).toMatchObject({ state: 'downloaded', offeredVersion: '1.5.0', error: 'net::ERR_CONNECTION_RESET' });
  });
});
