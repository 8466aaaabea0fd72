// Entry point of the resident ID-card reader: the driver, its simulator, the codecs and the types.
export * from './types.ts';
export * from './status-codes.ts';
export * from './commands.ts';
export * from './frame.codec.ts';
export * from './identity-text.codec.ts';
export * from './read-response.codec.ts';
export * from './code-tables.ts';
export { IdCardReader, type IdCardReaderOptions, type SamId } from './driver.ts';
export { defaultTimeouts, type IdCardReaderTimeouts } from './exchanges.ts';
export { IdCardReaderSimulator, type IdCardReaderSimulatorOptions, type Corruption, type ReceivedCommand } from './simulator.ts';
