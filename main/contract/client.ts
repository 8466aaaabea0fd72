// What the screen needs at run time from the contract, and nothing that pulls in zod: the RPC client
// and the wire protocol. Screens import values from here (results, error codes and the clock from
// domain/'s zod-free modules) and only types from index.ts, so the kiosk bundle stays small.
export * from './rpc-client.ts';
export * from './protocol.ts';
