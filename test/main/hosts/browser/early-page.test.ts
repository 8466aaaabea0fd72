// The browser host opens Chromium before its core has booted, and a page that connects in that time
// is served once the core is up. Real processes: `main/hosts/browser/cli.ts` on a throw-away config,
// with a stand-in browser (a shell script) that writes down the URL it was opened with, and an RPC
// client that connects with that URL as soon as it is written, as the page would.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { RpcClient, type Events, type Methods } from '../../../../main/contract/index.ts';
import { connectWs } from '../../../../main/rpc/ws.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../../../support/terminal-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'hall-early-page-'));
let terminal: Promise<TerminalProcess> | null = null;
afterAll(async () => {
  await (await terminal?.catch(() => null))?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('opens the browser before the core is up, and a page that connected early gets its answers', async () => {
  const opened = join(dir, 'opened-url');
  const fake = join(dir, 'browser.sh');
  writeFileSync(fake, ['#!/bin/sh', 'for a in "$@"; do case "$a" in --app=*) url="${a#--app=}";; esac; done', `printf %s "$url" > "${opened}.tmp" && mv "${opened}.tmp" "${opened}"`, 'exec sleep 60', ''].join('\n'));
  chmodSync(fake, 0o755);
  let ready = false;
  terminal = startTerminal(testConfig({ dev: { page: false } }), [], { env: { DISPLAY: ':early', CHROMIUM_PATH: fake }, openBrowser: true });
  void terminal.then(() => (ready = true), () => {});
  while (!existsSync(opened)) await new Promise((r) => setTimeout(r, 10));
  const url = new URL(readFileSync(opened, 'utf8'));
  const early = !ready;
  const ws = await connectWs(`${url.origin.replace('http', 'ws')}/rpc?token=${url.hash.replace('#token=', '')}`);
  if (ws instanceof Error) throw ws;
  const client = new RpcClient<Methods, Events>({ timeoutMs: 60_000 });
  client.attach(ws);
  const info = await client.call('system.getInfo', {});
  expect(early).toBe(true);
  expect(info.ok && info.value.terminalId).toBe('e2e-kiosk');
  client.close();
  await terminal;
}, 90_000);
