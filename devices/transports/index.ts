// Byte transports: what drivers and simulators talk through. Importing this module loads no native
// code; serialport and node-hid are imported when a real port is first opened.
export type { ByteTransport, TransportState } from './transport.ts';
export { createMemoryLink, type MemoryLink } from './memory.ts';
export {
  nativeSerialPortFactory,
  SerialTransport,
  type SerialParity,
  type SerialPortFactory,
  type SerialPortLike,
  type SerialPortSettings,
  type SerialTransportOptions,
} from './serial.ts';
export { defaultPrinterPort, TcpTransport, type TcpTransportOptions } from './tcp.ts';
export {
  createNodeHidTransport,
  HidTransport,
  openNodeHidDevice,
  type HidDeviceLike,
  type HidOpener,
  type HidSelector,
  type HidTransportOptions,
  type NodeHidModule,
} from './hid.ts';
export {
  backoffDelay,
  reconnecting,
  ReconnectingTransport,
  type BackoffOptions,
  type ReconnectOptions,
} from './reconnecting.ts';
export { listSerialPorts, type DiscoveredPort, type DiscoveryOptions } from './discovery.ts';
export { createPtyPair, type PtyPair, type PtyPairOptions } from './pty-pair.ts';
