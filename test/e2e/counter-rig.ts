// A window terminal (role counter) for e2e tests: enrolled as a counter on a reference platform the
// test runs in-process, at a given window, with a simulated rating pad (window caller, serial over a
// pty, so the number it was told to show can be read back) and ID-card reader; its page and its
// developer page opened. Also a platform clock for the seed hall's open hours, and sign-in by PIN.
import { expect, type Browser, type Page } from '@playwright/test';
import type { Clock } from '../../domain/clock.ts';
import { seedPinOf } from '../../platform/seed/staff-credentials.ts';
import type { RunningPlatform } from '../../platform/server.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

/** A Tuesday 10:00 in the hall, moving on in real time: the seed hall is open whenever the tests run. */
export function hallOpenClock(start = '2026-11-24T10:00:00+08:00'): Clock {
  const offset = Date.parse(start) - Date.now();
  return { now: () => Date.now() + offset, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
}

export const counterDevices = [
  { id: 'pad-1', kind: 'ratingPad', label: '窗口评价器', connection: { type: 'simulated', over: 'memory' } },
  { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
] as const;

export interface CounterRig {
  readonly terminal: TerminalProcess;
  /** The window terminal's page (1920x1080 unless told). */
  readonly page: Page;
  /** Its developer page: the simulated pad's keys and the reader's cards. */
  readonly dev: Page;
  readonly windowId: string;
  stop(): Promise<void>;
}

export interface CounterRigOptions {
  readonly windowId: string;
  /** The terminal id it enrols as (one per counter on the same platform). */
  readonly terminalId?: string;
  readonly viewport?: { width: number; height: number };
  readonly idlePauseMinutes?: number;
  /** The devices it runs with; default counterDevices (a flow that prints adds a ticket printer). */
  readonly devices?: readonly object[];
}

/** Starts a counter terminal enrolled on `platform` at `windowId` and opens its page and developer page. */
export async function startCounter(browser: Browser, platform: RunningPlatform, options: CounterRigOptions): Promise<CounterRig> {
  const terminalId = options.terminalId ?? `e2e-counter-${options.windowId}`;
  const enrolmentCode = await platform.platform.auth.issueEnrolmentCode(terminalId, 'counter');
  const config = testConfig({
    terminal: { id: terminalId, role: 'counter', hallName: '明湖区政务服务中心', hallArea: '一楼 综合服务区' },
    // The seed hall's area code (行政区划代码): the window's ratings carry it (好差评 at the window).
    counter: { windowId: options.windowId, areaCode: '339102', ...(options.idlePauseMinutes ? { idlePauseMinutes: options.idlePauseMinutes } : {}) },
    devices: [...(options.devices ?? counterDevices)] as never,
    platform: { url: platform.url, enrolmentCode, healthIntervalSeconds: 0.3, requestTimeoutMs: 1000 },
  });
  const terminal = await startTerminal(config);
  try {
    const dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await dev.goto(terminal.devUrl!);
    await expect(dev.getByTestId('dev-device-pad-1')).toHaveAttribute('data-state', 'ready');
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1920, height: 1080 } });
    await page.goto(terminal.url);
    await expect(page.getByTestId('screen-counter')).toBeVisible();
    return {
      terminal,
      page,
      dev,
      windowId: options.windowId,
      async stop() {
        await page.close();
        await dev.close();
        await terminal.stop();
      },
    };
  } catch (e) {
    await terminal.stop();
    throw e;
  }
}

/** Signs `staffId` in by PIN (the seed's demo PIN unless given) and waits for the workspace. */
export async function signInByPin(page: Page, staffId: string, pin = seedPinOf(staffId)): Promise<void> {
  await page.getByTestId('signin-staff').fill(staffId);
  await page.getByTestId('signin-pin').fill(pin);
  await page.getByTestId('signin-pin').press('Enter');
  await expect(page.getByTestId('counter-workspace')).toBeVisible();
}

/** No WCAG A/AA (or best-practice) violation on the counter page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}
