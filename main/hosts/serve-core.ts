// Puts the core behind the RPC server: the contract's handlers answer calls, the core's events are
// pushed to the connections that listen. Both hosts use this; only their transports differ.
import { contract, type AppContract } from '../contract/index.ts';
import { RpcServer } from '../rpc/server.ts';
import type { EventLog } from '../core/system/event-log.ts';
import type { TerminalCore } from '../core/terminal-core.ts';

export function serveCore(core: TerminalCore, log: EventLog): RpcServer<AppContract['methods'], AppContract['events']> {
  const rpcLog = log.for('rpc');
  const server = new RpcServer({
    contract,
    handlers: core.handlers,
    onProblem: (message, data) => rpcLog.error(message, data),
  });
  core.onEvent((event, payload) => server.emit(event, payload as never));
  return server;
}
