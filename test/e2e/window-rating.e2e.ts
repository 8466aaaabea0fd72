// 好差评 at the window, end to end: a counter terminal (test/e2e/counter-rig.ts: its rating pad
// simulated, staff signed in by PIN) enrolled to a reference platform this test runs. The platform
// finishes a ticket at the terminal's window; the citizen side of the counter screen asks, the pad's
// key pressed from the developer page becomes exactly one evaluation with the window, staff, ticket
// and channel hallPad; a bad one takes the reasons touched on the panel; with the platform stopped
// while rating, the rating is kept and delivered once when it is back; a second press is refused
// plainly. Screens saved under var/screens/ (the counter's 1920x1080 and 1366x768, Chinese plain and
// English large text with high contrast).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { hallOpenClock, signInByPin, startCounter, type CounterRig } from './counter-rig.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';

const DAY = '2026-11-24';
// The platform's clock: hall time Tuesday 10:00 when the test starts (the seed hall is open).
const platformClock = hallOpenClock(`${DAY}T10:00:00+08:00`);

const dir = mkdtempSync(join(tmpdir(), 'window-rating-e2e-'));
const dbPath = join(dir, 'platform.db');
const seed = (p: Parameters<typeof seedReferencePlatform>[0]) => seedReferencePlatform(p, DAY);

let platform: RunningPlatform;
let port: number;
let rig: CounterRig;
let dev: Page;
let counter: Page;
let windows: { id: string; staffId: string }[];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: platformClock, version: 'e2e', dbPath, seed });
  port = Number(new URL(platform.url).port);
  const config = await platform.platform.queue.configuration() as unknown as { windows: { id: string; staffId: string | null; categoryIds: string[] }[] };
  windows = config.windows.filter((w) => w.staffId !== null && w.categoryIds.includes('general')).map((w) => ({ id: w.id, staffId: w.staffId! }));
  rig = await startCounter(browser, platform, { windowId: windows[0]!.id, terminalId: 'e2e-window' });
  ({ dev, page: counter } = rig);
  await signInByPin(counter, windows[0]!.staffId);
  await expect(counter.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});
test.afterAll(async () => {
  await rig?.stop();
  await platform?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** A citizen served and finished at `windowId` on the platform (as the counter's own actions would). */
async function serveAndFinish(windowId: string): Promise<{ ticketId: string; number: string }> {
  const q = platform.platform.queue;
  const t = await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
  if (!t.ok) throw new Error(t.error.message);
  for (const r of [await q.callNext(windowId), await q.finish({ windowId })]) if (!r.ok) throw new Error(r.error.message);
  return { ticketId: t.value.id, number: t.value.number };
}
const ratingsOf = async (ticketId: string) => (await platform.platform.records.evaluations()).filter((e) => e.evaluation.ticketId === ticketId);
const press = (what: string) => dev.getByTestId(`sim-pad-1-${what}`).click();
/** The citizen side is checked as a kiosk screen: 12.7 mm targets, no serious or critical axe violation. */
async function expectAccessible(page: Page): Promise<void> {
  await expectTouchTargets(page);
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, describeViolations(serious)).toEqual([]);
}
const shot = (page: Page, name: string) => page.screenshot({ path: `var/screens/${name}-${page.viewportSize()!.width}x${page.viewportSize()!.height}.png` });

test('the pad rates the ticket just finished: one evaluation with window, staff, ticket and channel hallPad; a second press is refused', async () => {
  const served = await serveAndFinish(windows[0]!.id);
  const panel = counter.getByTestId('citizen-rating');
  await expect(panel).toHaveAttribute('data-state', 'asking');
  await expect(counter.getByTestId('citizen-rating-number')).toContainText(served.number);
  await shot(counter, 'window-rating-asking-zh-plain');
  await press('rate:satisfied');
  await expect(counter.getByTestId('citizen-rating-thanks')).toHaveAttribute('data-sent', 'true');
  await shot(counter, 'window-rating-thanks-zh-plain');
  expect((await ratingsOf(served.ticketId)).map((e) => e.evaluation)).toEqual([
    expect.objectContaining({ ticketId: served.ticketId, stage: 'accept', level: 'satisfied', windowId: windows[0]!.id, staffId: windows[0]!.staffId, channel: 'hallPad', areaCode: '339102' }),
  ]);
  await press('rate:veryDissatisfied');
  await expect(counter.getByTestId('citizen-rating-refused')).toBeVisible();
  await expect(counter.getByTestId('citizen-rating-refused')).toContainText('已评价过');
  await shot(counter, 'window-rating-refused-zh-plain');
  // The staff's 请评价 key asks again only for a ticket not rated: still refused, still one.
  await press('key:requestRating');
  await expect(counter.getByTestId('citizen-rating-refused')).toBeVisible();
  expect((await ratingsOf(served.ticketId))).toHaveLength(1);
});

test('a bad rating takes the reasons touched on the panel, and opens a follow-up', async () => {
  const served = await serveAndFinish(windows[0]!.id);
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
  await expect.poll(async () => (await ratingsOf(served.ticketId)).length).toBe(1);
  expect((await ratingsOf(served.ticketId))[0]!.evaluation).toMatchObject({ level: 'dissatisfied', reasons: ['attitude', 'slow'], followUpPhone: '13905891234', channel: 'hallPad', windowId: windows[0]!.id });
  // The supervisor's stand-in on the developer page lists its follow-up.
  await expect(dev.getByTestId('dev-follow-up').filter({ hasText: `ticket:${served.ticketId}` })).toHaveAttribute('data-state', 'open');
});

test('with the platform stopped while rating, the rating is kept and delivered exactly once when it is back', async () => {
  const served = await serveAndFinish(windows[0]!.id);
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
  await expect.poll(async () => (await ratingsOf(served.ticketId)).length, { timeout: 20_000 }).toBe(1);
  expect((await ratingsOf(served.ticketId))[0]!.evaluation).toMatchObject({ level: 'verySatisfied', windowId: windows[0]!.id, staffId: windows[0]!.staffId, channel: 'hallPad' });
  await expect(counter.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  expect((await ratingsOf(served.ticketId))).toHaveLength(1);
});

test('in English with large text and high contrast, on a wide and a small window; another window’s finish is not asked here', async ({ browser }) => {
  const other = await startCounter(browser, platform, { windowId: windows[1]!.id, terminalId: 'e2e-window-2' });
  try {
    const page = other.page;
    await signInByPin(page, windows[1]!.staffId);
    await page.getByTestId('counter-language').click();
    await page.getByTestId('counter-large-text').click();
    await page.getByTestId('counter-contrast').click();
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await serveAndFinish(windows[1]!.id);
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
    }
    // The first terminal's window finished nothing: its panel asked nothing.
    await expect(counter.getByTestId('citizen-rating')).toHaveCount(0);
  } finally {
    await other.stop();
  }
});
