// The hall's call display for e2e tests: start a display terminal (role display) enrolled on a
// reference platform the test runs in-process, open its page with what it says captured (every
// utterance the display starts, from the page's `hall:spoken` events, in order), and make calls on
// that platform's queue the way a counter would. Reused by display.e2e.ts and the three-role test.
import { expect, type Browser, type Page } from '@playwright/test';
import type { Clock } from '../../domain/clock.ts';
import type { Ticket } from '../../domain/queue.ts';
import type { RunningPlatform } from '../../platform/server.ts';
import { startTerminal, type TerminalProcess } from '../support/terminal-process.ts';
import { hallOpenClock } from './counter-rig.ts';
import { displayConfig, type DisplayOptions } from '../support/display-config.ts';

export { displayConfig, type DisplayOptions };

/** What the display said: one utterance (a language of a call, once). */
export interface Spoken {
  readonly lang: string;
  readonly text: string;
  readonly clips: readonly string[];
}

/** The seed hall's day and the hour its tests run at: a Tuesday 10:00 in Shanghai, running on from when this module loads. */
export const HALL_DAY = '2026-11-24';
/** The platform's clock for these tests: the seed hall's Tuesday morning, the terminals' dev.clockStart. */
export const hallMorning: Clock = hallOpenClock(`${HALL_DAY}T10:00:00+08:00`);

export interface DisplayRig {
  readonly terminal: TerminalProcess;
  readonly page: Page;
  /** Everything said so far, in order. */
  spoken(): Promise<Spoken[]>;
  stop(): Promise<void>;
}

/** Opens a display's page with its speech captured. */
export async function openDisplay(browser: Browser, terminal: TerminalProcess, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    const w = window as unknown as { __spoken: unknown[] };
    w.__spoken = [];
    window.addEventListener('hall:spoken', (e) => w.__spoken.push((e as CustomEvent).detail));
  });
  await page.goto(terminal.url);
  await expect(page.getByTestId('screen-display')).toBeVisible();
  return page;
}

/** Starts a display terminal enrolled on `platform` and opens its page, its board read. */
export async function startDisplay(browser: Browser, platform: RunningPlatform | null, o: DisplayOptions = {}): Promise<DisplayRig> {
  const terminal = await startTerminal(await displayConfig(platform, o));
  try {
    const page = await openDisplay(browser, terminal, o.viewport);
    if (platform) await expect(page.getByTestId('display-starting')).toHaveCount(0, { timeout: 15_000 });
    return {
      terminal,
      page,
      spoken: () => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken),
      async stop() {
        await page.close().catch(() => {});
        await terminal.stop();
      },
    };
  } catch (e) {
    await terminal.stop();
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- the display terminal said:\n${terminal.output().slice(-4000)}`, { cause: e });
  }
}

/** A ticket taken on the platform, as a kiosk would. */
export async function takeTicket(platform: RunningPlatform, categoryId = 'general'): Promise<Ticket> {
  const r = await platform.platform.queue.issueTicket({ categoryId, channel: 'kiosk', terminalId: 'e2e-kiosk' });
  if (!r.ok) throw new Error(`no ticket: ${r.error.message}`);
  return r.value;
}

/** A counter action on the platform's queue, as a window terminal would (queue.windowAction). */
export async function windowAction(platform: RunningPlatform, windowId: string, action: 'callNext' | 'recall' | 'finish'): Promise<Ticket> {
  const q = platform.platform.queue;
  const r = action === 'callNext' ? await q.callNext(windowId) : action === 'recall' ? await q.recall({ windowId }) : await q.finish({ windowId });
  if (!r.ok) throw new Error(`${action} at ${windowId}: ${r.error.message}`);
  return r.value;
}
