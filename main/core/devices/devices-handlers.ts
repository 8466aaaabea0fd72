// The devices part of the contract: a device's self-test (a test slip, the SAM id, a beep, a test page).
import { ok } from '../../../domain/result.ts';
import type { devicesPart } from '../../contract/devices.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { EventLog } from '../system/event-log.ts';
import type { DeviceManager } from './device-manager.ts';

export function devicesHandlers(s: { readonly hardware: DeviceManager; readonly log: EventLog }): HandlersOf<typeof devicesPart> {
  return {
    'devices.selfTest': async ({ deviceId }) => {
      const r = await s.hardware.selfTest(deviceId);
      if (!r.ok) return r;
      s.log.write('info', `devices.${deviceId}`, 'self-test passed', { did: r.value });
      return ok({ deviceId, passed: true as const, did: r.value });
    },
  };
}
