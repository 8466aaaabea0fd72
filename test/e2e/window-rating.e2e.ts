// 好差评 at the window, end to end: a counter terminal (its rating pad simulated) enrolled to a reference
// platform this test runs. The platform finishes a ticket at the terminal's window; the citizen side
// of the counter screen asks, the pad's key pressed from the developer page becomes exactly one
// evaluation with the window, staff, ticket and channel hallPad; a bad one takes the reasons touched on
// the panel; with the platform stopped while rating, the rating is kept and delivered once when it is
// back; a second press is refused plainly. Screens saved under var/screens/ (both sizes, Chinese plain
// and English large text with high contrast).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Clock } from '../../domain/clock.ts';
import type { ConfigInput } from '../../config/schema.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';

const DAY = '2026-11-24';
// The platform's clock: hall time Tuesday 10:00 when the test starts (the seed hall is open).
const offset = Date.parse(`${DAY}T10:00:00+08:00`) - Date.now();
const platformClock: Clock = { now: () => Date.now() + offset, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };

const dir = mkdtempSync(join(tmpdir(), 'window-rating-e2e-'));
const dbPath = join(dir, 'platform.db');
const seed = (p: Parameters<typeof seedReferencePlatform>[0]) => seedReferencePlatform(p, DAY);

let platform: RunningPlatform;
let port: number;
let terminal: TerminalProcess;
let dev: Page;
let counter: Page;
let windows: { id: string; staffId: string }[];

test.describe.configure({ mode: 'serial' });

/** testConfig for a counter terminal at `windowId` with a simulated rating pad, enrolled to the platform. */
function counterConfig(terminalId: string, windowId: string, over: Partial<ConfigInput> = {}): ConfigInput {
  const enrolmentCode = platform.platform.auth.issueEnrolmentCode(terminalId, 'counter');
  return testConfig({
    terminal: { id: terminalId, role: 'counter', hallName: '明湖区政务服务中心', hallArea: '二楼 窗口' },
    counter: { windowId, areaCode: '339102', ratingWaitSeconds: 120 },
    devices: [{ id: 'pad-1', kind: 'ratingPad', label: '评价器', connection: { type: 'simulated', over: 'memory' } }],
    platform: { url: platform.url, enrolmentCode, healthIntervalSeconds: 0.3, requestTimeoutMs: 1000 },
    ...over,
  });
}

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: platformClock, version: 'e2e', dbPath, seed });
  port = Number(new URL(platform.url).port);
  const config = platform.platform.queue.configuration() as unknown as { windows: { id: string; staffId: string | null; categoryIds: string[] }[] };
  windows = config.windows.filter((w) => w.staffId !== null && w.categoryIds.includes('general')).map((w) => ({ id: w.id, staffId: w.staffId! }));
  terminal = await startTerminal(counterConfig('e2e-window', windows[0]!.id));
  dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
  await expect(dev.getByTestId('dev-device-pad-1')).toHaveAttribute('data-state', 'ready');
  counter = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await counter.goto(terminal.url);
  await expect(counter.getByTestId('screen-counter')).toBeVisible();
  await expect(counter.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});
test.afterAll(async () => {
  await terminal?.stop();
  await platform?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** A citizen served and finished at `windowId` on the platform (as the counter's own actions would). */
function serveAndFinish(windowId: string): { ticketId: string; number: string } {
  const q = platform.platform.queue;
  const t = q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
  if (!t.ok) throw new Error(t.error.message);
  for (const r of [q.callNext(windowId), q.finish({ windowId })]) if (!r.ok) throw new Error(r.error.message);
  return { ticketId: t.value.id, number: t.value.number };
}
const ratingsOf = (ticketId: string) => platform.platform.records.evaluations().filter((e) => e.evaluation.ticketId === ticketId);
const press = (what: string) => dev.getByTestId(`sim-pad-1-${what}`).click();
/** The citizen side is checked as a kiosk screen: 12.7 mm targets, no serious or critical axe violation. */
async function expectAccessible(page: Page): Promise<void> {
  await expectTouchTargets(page);
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, describeViolations(serious)).toEqual([]);
}
const shot = (page: Page, name: string) => page.screenshot({ path: `var/screens/${name}-${page.viewportSize()!.width}x${page.viewportSize()!.height}.png` });

test('the pad rates the ticket just finished: one evaluation with window, staff, ticket and channel hallPad; a second press is refused', async () => {
  const served = serveAndFinish(windows[0]!.id);
  const panel = counter.getByTestId('citizen-rating');
  await expect(panel).toHaveAttribute('data-state', 'asking');
  await expect(counter.getByTestId('citizen-rating-number')).toContainText(served.number);
  await shot(counter, 'window-rating-asking-zh-plain');
  await press('rate:satisfied');
  await expect(counter.getByTestId('citizen-rating-thanks')).toHaveAttribute('data-sent', 'true');
  await shot(counter, 'window-rating-thanks-zh-plain');
  expect(ratingsOf(served.ticketId).map((e) => e.evaluation)).toEqual([
    expect.objectContaining({ ticketId: served.ticketId, stage: 'accept', level: 'satisfied', windowId: windows[0]!.id, staffId: windows[0]!.staffId, channel: 'hallPad', areaCode: '339102' }),
  ]);
  await press('rate:veryDissatisfied');
  await expect(counter.getByTestId('citizen-rating-refused')).toBeVisible();
  await expect(counter.getByTestId('citizen-rating-refused')).toContainText('已评价过');
  await shot(counter, 'window-rating-refused-zh-plain');
  // The staff's 请评价 key asks again only for a ticket not rated: still refused, still one.
  await press('key:requestRating');
  await expect(counter.getByTestId('citizen-rating-refused')).toBeVisible();
  expect(ratingsOf(served.ticketId)).toHaveLength(1);
});

test('a bad rating takes the reasons touched on the panel, and opens a follow-up', async () => {
  const served = serveAndFinish(windows[0]!.id);
  await expect(counter.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'asking');
  await press('rate:dissatisfied');
  await expect(counter.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'reasons');
  await expect(counter.getByTestId('citizen-reasons-send')).toBeDisabled();
  await counter.getByTestId('citizen-reason-attitude').click();
  await counter.getByTestId('citizen-reason-slow').click();
  await shot(counter, 'window-rating-reasons-zh-plain');
  await expectAccessible(counter);
  await counter.getByTestId('citizen-reasons-phone').click();
  for (const d of '1390589123') await counter.getByTestId(`key-${d}`).click();
  await expect(counter.getByTestId('citizen-phone-send')).toBeDisabled();
  await counter.getByTestId('key-4').click();
  await shot(counter, 'window-rating-phone-zh-plain');
  await counter.getByTestId('citizen-phone-send').click();
  await expect(counter.getByTestId('citizen-rating-thanks')).toBeVisible();
  await expect.poll(() => ratingsOf(served.ticketId).length).toBe(1);
  expect(ratingsOf(served.ticketId)[0]!.evaluation).toMatchObject({ level: 'dissatisfied', reasons: ['attitude', 'slow'], followUpPhone: '13905891234', channel: 'hallPad', windowId: windows[0]!.id });
  // The supervisor's stand-in on the developer page lists its follow-up.
  await expect(dev.getByTestId('dev-follow-up').filter({ hasText: `ticket:${served.ticketId}` })).toHaveAttribute('data-state', 'open');
});

test('with the platform stopped while rating, the rating is kept and delivered exactly once when it is back', async () => {
  const served = serveAndFinish(windows[0]!.id);
  await expect(counter.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'asking');
  await platform.close();
  await expect(counter.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await press('rate:verySatisfied');
  await expect(counter.getByTestId('citizen-rating-thanks')).toHaveAttribute('data-sent', 'false');
  await expect(counter.getByTestId('citizen-rating-thanks')).toContainText('评价已保存在本机');
  await shot(counter, 'window-rating-kept-zh-plain');
  // A second press while offline is refused here (one waits in the outbox).
  await press('rate:satisfied');
  await expect(counter.getByTestId('citizen-rating-refused')).toBeVisible();
  platform = await startPlatform({ clock: platformClock, version: 'e2e', dbPath, seed, port });
  await expect.poll(() => ratingsOf(served.ticketId).length, { timeout: 20_000 }).toBe(1);
  expect(ratingsOf(served.ticketId)[0]!.evaluation).toMatchObject({ level: 'verySatisfied', windowId: windows[0]!.id, staffId: windows[0]!.staffId, channel: 'hallPad' });
  await expect(counter.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  expect(ratingsOf(served.ticketId)).toHaveLength(1);
});

test('in English with large text and high contrast, on a tall and a wide screen; another window’s finish is not asked here', async ({ browser }) => {
  const other = await startTerminal(counterConfig('e2e-window-2', windows[1]!.id, { terminal: { id: 'e2e-window-2', role: 'counter', hallName: '明湖区政务服务中心', hallArea: '二楼 窗口', locale: 'en' }, ui: { idleTimeoutSeconds: 60, largeText: true, highContrast: true } }));
  try {
    for (const size of [
      { width: 1080, height: 1920 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(other.url);
      await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
      serveAndFinish(windows[1]!.id);
      await expect(page.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'asking');
      await shot(page, 'window-rating-asking-en-large-contrast');
      await expectAccessible(page);
      await page.getByTestId('citizen-level-veryDissatisfied').click();
      await expect(page.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'reasons');
      await page.getByTestId('citizen-reason-notToldAtOnce').click();
      await shot(page, 'window-rating-reasons-en-large-contrast');
      await expectAccessible(page);
      await page.getByTestId('citizen-reasons-send').click();
      await expect(page.getByTestId('citizen-rating-thanks')).toBeVisible();
      await shot(page, 'window-rating-thanks-en-large-contrast');
      await page.close();
    }
    // The first terminal's window finished nothing: its panel asked nothing.
    await expect(counter.getByTestId('citizen-rating')).toHaveCount(0);
  } finally {
    await other.stop();
  }
});
