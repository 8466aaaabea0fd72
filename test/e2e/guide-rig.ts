// What the guide e2e files share: a terminal with a ticket printer and an A4 printer behind a stand-in
// CUPS (`lp`/`lpstat` first on PATH), the contract reached directly to compare the screens with the
// catalogue, and the taps that open the search and a guide.
import { expect, type Page } from '@playwright/test';
import { RpcClient, type Events, type Methods } from '../../main/contract/index.ts';
import { connectWs } from '../../main/rpc/ws.ts';
import { createFakeCups, type FakeCups } from '../support/fake-cups.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';

export const GUIDE_URL = 'https://zwfw.example.gov.cn/guide/{catalogCode}/{itemId}';
export const ITEM_NAME = '居民身份证换领';

export type Rpc = RpcClient<Methods, Events>;

export interface GuideTerminal {
  readonly terminal: TerminalProcess;
  readonly cups: FakeCups;
  readonly rpc: Rpc;
  stop(): Promise<void>;
}

export async function connect(t: TerminalProcess): Promise<Rpc> {
  const ws = await connectWs(`${t.origin.replace('http', 'ws')}/rpc?token=${t.token}`);
  if (ws instanceof Error) throw ws;
  const client = new RpcClient<Methods, Events>();
  client.attach(ws);
  return client;
}

export async function call<M extends keyof Methods & string>(client: Rpc, method: M, input: Parameters<Rpc['call']>[1]) {
  const r = await client.call(method, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** The guide's terminal: a ticket printer (simulated) and an A4 printer through a stand-in CUPS. */
export async function startGuideTerminal(): Promise<GuideTerminal> {
  const cups = createFakeCups('HallA4');
  const terminal = await startTerminal(
    testConfig({
      catalogue: { guideUrl: GUIDE_URL },
      devices: [
        { id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } },
        { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'cups', printer: 'HallA4' } },
      ],
    }),
    [],
    { env: { PATH: cups.path } },
  );
  const rpc = await connect(terminal);
  return {
    terminal,
    cups,
    rpc,
    async stop() {
      rpc.close();
      await terminal.stop();
      cups.remove();
    },
  };
}

export async function openFind(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('entry-guide').click();
  await expect(page.getByTestId('screen-guide.find')).toBeVisible();
}

/** Taps the on-screen keyboard's keys. */
export async function type(page: Page, text: string) {
  for (const ch of text) await page.getByTestId(`key-${ch}`).click();
}

export async function itemId(rpc: Rpc, name: string): Promise<string> {
  const hits = (await call(rpc, 'catalogue.search', { query: name })).hits;
  const hit = hits.find((h) => h.name === name);
  if (!hit) throw new Error(`no seed item ${name}`);
  return hit.id;
}

export async function openGuide(page: Page, g: GuideTerminal, name: string) {
  await openFind(page, g.terminal.url);
  await type(page, 'sfz');
  await page.getByTestId(`item-${await itemId(g.rpc, name)}`).click();
  await expect(page.getByTestId('guide')).toBeVisible();
}

/** Every button a real touch target, nothing spilling sideways. */
export async function expectUsable(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectTouchTargets(page);
}
