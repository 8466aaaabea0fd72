import { expect, test } from '@playwright/test';
import { RpcClient, contract, type Events, type Methods } from '../../main/contract/index.ts';
import { connectWs } from '../../main/rpc/ws.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { request as httpRequest } from 'node:http';
import { WebSocket } from 'ws';

let terminal: TerminalProcess;
test.beforeAll(async () => {
  terminal = await startTerminal(testConfig());
});
test.afterAll(async () => {
  await terminal?.stop();
});

const wsUrl = (token?: string) => `${terminal.origin.replace('http', 'ws')}/rpc${token === undefined ? '' : `?token=${token}`}`;

test('a connection without the token is refused', async () => {
  const r = await connectWs(wsUrl());
  expect(r).toBeInstanceOf(Error);
  expect((r as Error).message).toContain('401');
});

test('a connection with a wrong token is refused', async () => {
  const wrong = terminal.token.slice(0, -1) + (terminal.token.endsWith('A') ? 'B' : 'A');
  const r = await connectWs(wsUrl(wrong));
  expect((r as Error).message).toContain('401');
});

test('a page of another origin is refused even with the token', async () => {
  const status = await new Promise<number>((resolve) => {
    const ws = new WebSocket(wsUrl(terminal.token), { origin: 'http://evil.example' });
    ws.once('unexpected-response', (_q, res) => resolve(res.statusCode ?? 0));
    ws.once('open', () => resolve(101));
  });
  expect(status).toBe(403);
});

test('with the token, the contract answers and rejects bad input with a clear error', async () => {
  const t = await connectWs(wsUrl(terminal.token));
  if (t instanceof Error) throw t;
  const client = new RpcClient<Methods, Events>();
  client.attach(t);
  const info = await client.call('system.getInfo', {});
  expect(info.ok && info.value.hallName).toBe('明湖区政务服务中心');
  const bad = await client.call('dev.getLog', { limit: -5 } as never);
  expect(bad.ok).toBe(false);
  if (!bad.ok) {
    expect(bad.error.code).toBe('rpc.invalidInput');
    expect(bad.error.message).toContain('limit');
  }
  expect(Object.keys(contract.methods)).toContain('system.getStatus');
  client.close();
});

test('pages carry a strict content security policy and the developer page only where enabled', async ({ request }) => {
  const res = await request.get(terminal.origin + '/');
  expect(res.status()).toBe(200);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect((await request.get(terminal.origin + '/../package.json')).status()).toBe(404);
  const prod = await startTerminal(testConfig({ environment: 'production', dev: { page: false } }));
  try {
    expect(prod.devUrl).toBeNull();
    expect((await request.get(prod.origin + '/dev')).status()).toBe(404);
  } finally {
    await prod.stop();
  }
});

test('a foreign Host header (DNS rebinding) is refused', async () => {
  const status = (host: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(terminal.origin + '/', { headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.once('error', reject);
      req.end();
    });
  expect(await status('attacker.example')).toBe(421);
  expect(await status(new URL(terminal.origin).host)).toBe(200);
});
