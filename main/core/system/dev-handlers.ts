// The developer part of the contract: devices with their simulator controls, simulated actions, the
// A4 documents a simulated printer kept, the recent log. Refused unless the profile enables the
// developer page (production profiles cannot).
import { kioskError } from '../../../domain/errors.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Config } from '../../../config/schema.ts';
import type { devPart } from '../../contract/dev.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { DeviceManager } from '../devices/device-manager.ts';
import type { EventLog } from './event-log.ts';
import type { VoiceSwitch } from './voice-switch.ts';

export function devHandlers(s: { readonly config: Config; readonly hardware: DeviceManager; readonly log: EventLog; readonly voice: VoiceSwitch }): HandlersOf<typeof devPart> {
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
