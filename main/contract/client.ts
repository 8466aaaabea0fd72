// What the screen needs at run time from the contract, and nothing that pulls in zod: the RPC
// client, the wire protocol, results, error codes and the clock. Screens import values from here
// and only types from index.ts, so the kiosk bundle stays small.
export * from './rpc-client.ts';
export * from './protocol.ts';
export * from './result.ts';
export * from './errors.ts';
export * from './clock.ts';
