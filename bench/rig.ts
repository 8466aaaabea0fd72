// What the benchmarks that drive a running terminal share: an RPC client on its WebSocket, as a
// screen would hold one (not a benchmark itself; run.ts skips it).
import { RpcClient, type Events, type Methods } from '../main/contract/index.ts';
import { connectWs } from '../main/rpc/ws.ts';
import type { TerminalProcess } from '../test/support/terminal-process.ts';

export async function connectRpc(terminal: TerminalProcess): Promise<RpcClient<Methods, Events>> {
  const ws = await connectWs(`${terminal.origin.replace('http', 'ws')}/rpc?token=${terminal.token}`);
  if (ws instanceof Error) throw ws;
  const client = new RpcClient<Methods, Events>();
  client.attach(ws);
  return client;
}
