// The developer part of the contract: devices with their simulator controls, simulated actions, the
// A4 documents a simulated printer kept, the recent log. Refused unless the profile enables the
// developer page (production profiles cannot).
import { randomUUID } from 'node:crypto';
import { kioskError } from '../../../domain/errors.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema/index.ts';
import type { devPart } from '../../contract/dev.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { DeviceManager } from '../devices/device-manager.ts';
import type { EventLog } from './event-log.ts';
import type { VoiceSwitch } from './voice-switch.ts';
import type { PlatformSession } from '../link/platform-session.ts';

export interface DevDeps {
  readonly config: Config;
  readonly hardware: DeviceManager;
  readonly log: EventLog;
  readonly voice: VoiceSwitch;
  /** For the window controls: counter actions at the platform, as window staff would send them. */
  readonly session: PlatformSession;
  readonly newKey?: () => string;
  /** After the hall's settings were put: fetch them now (the remote settings), not at the next sync. */
  readonly hallSettingsPut?: () => Promise<unknown>;
}

export function devHandlers(s: DevDeps): HandlersOf<typeof devPart> {
  const { config, hardware, log } = s;
  const refused = err(kioskError('dev.disabled', 'the developer page is not enabled in this profile'));
  const devOnly = async <T>(f: () => T | Promise<T>): Promise<Result<T>> => (config.dev.page ? ok(await f()) : refused);
  return {
    'dev.listDevices': () => devOnly(() => hardware.list(describeConnection)),
    'dev.simulate': async ({ deviceId, action }) => {
      if (!config.dev.page) return refused;
      const r = await hardware.simulate(deviceId, action);
      return r.ok ? ok(null) : r;
    },
    'dev.listDocuments': () => devOnly(() => hardware.documents()),
    'dev.setVoice': ({ enabled }) =>
      devOnly(() => {
        log.write('info', 'voice', enabled ? 'voice unmuted from the developer page' : 'voice muted from the developer page');
        return s.voice.setEnabled(enabled);
      }),
    'dev.getLog': ({ limit }) => devOnly(() => log.recent(limit)),
    'dev.listWindows': async () => {
      if (!config.dev.page) return refused;
      const r = await s.session.client.call('queue.categories', {});
      if (!r.ok) return r;
      if (r.value.notModified) return err(kioskError('platform.badResponse', 'the queue set-up answered "not modified"'));
      return ok(r.value.value.windows.map((w) => ({ id: w.id, number: w.number, name: w.name, categoryIds: [...w.categoryIds], staffed: w.staffId !== null })));
    },
    'dev.hallSettings': async () => {
      if (!config.dev.page) return refused;
      const r = await s.session.client.call('terminals.settings');
      if (!r.ok) return r;
      if (r.value.notModified) return err(kioskError('platform.badResponse', 'the hall settings answered "not modified"'));
      return ok(r.value.value);
    },
    'dev.putHallSettings': async ({ settings }) => {
      if (!config.dev.page) return refused;
      const r = await s.session.client.call('terminals.updateSettings', { body: settings as never });
      if (!r.ok) return r;
      if (r.value.notModified) return err(kioskError('platform.badResponse', 'the hall settings answered "not modified"'));
      log.write('info', 'dev', `hall settings put from the developer page: version ${r.value.value.version}`, { fields: Object.keys(settings) });
      await s.hallSettingsPut?.();
      return ok(r.value.value);
    },
    'dev.windowAction': async ({ windowId, action }) => {
      if (!config.dev.page) return refused;
      const r = await s.session.client.call('queue.windowAction', { params: { windowId }, body: { action }, idempotencyKey: (s.newKey ?? randomUUID)() });
      if (!r.ok) return r;
      if (r.value.notModified) return err(kioskError('platform.badResponse', 'a window action answered "not modified"'));
      const t = r.value.value;
      log.write('info', 'dev', `window ${windowId}: ${action} -> ${t.number} ${t.state}`);
      return ok({ ticketId: t.id, number: t.number, state: t.state });
    },
  };
}

/** One line for the developer page: how a device is reached. */
export function describeConnection(c: Config['devices'][number]['connection']): string {
  switch (c.type) {
    case 'simulated':
      return `simulated (${c.over})`;
    case 'serial':
      return `serial ${c.path} @${c.baudRate}`;
    case 'tcp':
      return `tcp ${c.host}:${c.port}`;
    case 'hid':
      return `hid ${c.vendorId.toString(16).padStart(4, '0')}:${c.productId.toString(16).padStart(4, '0')}`;
    case 'cups':
      return `CUPS queue ${c.printer}`;
    default:
      return c satisfies never;
  }
}
