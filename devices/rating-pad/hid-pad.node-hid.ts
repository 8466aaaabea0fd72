// Opens the real USB HID device for a pad model through node-hid. The native module is loaded only
// here and only when called, so nothing else (tests, the simulated hall) needs /dev/hidraw or uhid.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { HidDeviceLike } from './hid-device.ts';
import type { HidPadModel } from './hid-pad.models.ts';

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/**
 * Opens the first device with the model's vendorId/productId, or the device at `path` (from
 * node-hid's `devices()`) when several identical pads are attached.
 */
export async function openNodeHidDevice(model: HidPadModel, path?: string): Promise<Result<HidDeviceLike>> {
  const where = path ?? `${hex4(model.vendorId)}:${hex4(model.productId)}`;
  try {
    const { HID } = await import('node-hid');
    const device: HidDeviceLike = path === undefined ? new HID(model.vendorId, model.productId) : new HID(path);
    return ok(device);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err(kioskError('device.disconnected', `${model.id}: cannot open HID device ${where}`, { message }));
  }
}
