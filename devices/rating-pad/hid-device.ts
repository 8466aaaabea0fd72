// The part of a USB HID device object a pad driver uses: the shape of node-hid's `HID` class, so the
// real device (hid-pad.node-hid.ts) and the fake one (hid-pad.simulator.ts) are interchangeable.
// The object is open from the moment it exists; after `close()` or an `error` it is dead.
export interface HidDeviceLike {
  /** One input report per event (node-hid passes a Buffer, which is a Uint8Array). */
  on(event: 'data', listener: (report: Uint8Array) => void): unknown;
  /** The device went away (unplugged) or a read failed; no more data follows. */
  on(event: 'error', listener: (error: unknown) => void): unknown;
  removeListener(event: 'data', listener: (report: Uint8Array) => void): unknown;
  removeListener(event: 'error', listener: (error: unknown) => void): unknown;
  /** Sends an output report (first byte: report id, 0 when the device uses none). Throws when gone. */
  write(values: number[]): number;
  close(): void;
}
