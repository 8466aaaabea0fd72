// A hall: the three roles at once against one reference platform (in-process, its clock on the seed
// hall's Tuesday morning): a kiosk (kiosk-rig), the counter of window 1 with its simulated rating pad
// (counter-rig) and the call display (display-rig). A ticket taken on the kiosk's screen is called by
// the counter's key, shown and said on the display and on the pad, recalled, finished and rated on the
// pad: one evaluation on the platform, a second press refused. The platform stopped while the citizen
// rates: the rating waits on the counter, every role says it is cut off, and when the platform is back
// the rating arrives once and the display is live again. A transfer at the counter moves the waiting
// count on the display.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { signInByPin, startCounter, type CounterRig } from './counter-rig.ts';
import { hallMorning, HALL_DAY, startDisplay, type DisplayRig } from './display-rig.ts';
import { enrolledConfig, printerCardScanner, startKiosk, type KioskRig } from './kiosk-rig.ts';

const WINDOW = 'w01';
const ZH = '零一二三四五六七八九';
/** What the display says for a call to window 1. */
const zhCallToWindow1 = (number: string) => `请${number[0]}${[...number.slice(1)].map((d) => ZH[Number(d)]).join('')}号到一号窗口办理`;
/** The clips play in real time: a call takes a few seconds to say. */
const SAID = { timeout: 40_000 };

let dir: string;
let platform: RunningPlatform;
let port: number;
let kiosk: KioskRig;
let counter: CounterRig;
let display: DisplayRig;
let staffId: string;

const platformOn = (p: number) => startPlatform({ clock: hallMorning, version: 'e2e', dbPath: join(dir, 'platform.db'), port: p, seed: (x) => seedReferencePlatform(x, HALL_DAY) });

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'hall-three-roles-'));
  platform = await platformOn(0);
  port = Number(new URL(platform.url).port);
  staffId = (await platform.platform.queue.configuration()).windows.find((w) => w.id === WINDOW)!.staffId!;
  kiosk = await startKiosk(browser, await enrolledConfig(platform, { devices: [...printerCardScanner] }), 'printer-1');
  counter = await startCounter(browser, platform, { windowId: WINDOW, terminalId: 'e2e-hall-counter' });
  display = await startDisplay(browser, platform);
  await signInByPin(counter.page, staffId);
  for (const page of [kiosk.kiosk, counter.page]) await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});
test.afterAll(async () => {
  await Promise.all([kiosk?.terminal.stop(), counter?.stop(), display?.stop()].map((p) => p?.catch(() => {})));
  await platform?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A ticket for 综合受理 taken on the kiosk's screen; its number. */
async function ticketAtKiosk(page: Page): Promise<string> {
  await page.getByTestId('entry-ticket').click();
  await page.getByTestId('category-general').click();
  const number = page.getByTestId('ticket-number');
  await expect(number).toHaveText(/^A\d{3}$/);
  const text = (await number.textContent())!;
  await page.getByTestId('ticket-done').click();
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
  return text;
}
const ticketOf = async (number: string) => (await platform.platform.queue.listTickets()).find((t) => t.number === number && t.transferredTo === null)!;
const ratingsOf = async (ticketId: string) => (await platform.platform.records.evaluations()).filter((e) => e.evaluation.ticketId === ticketId);
const padKey = (what: string) => counter.dev.getByTestId(`sim-pad-1-${what}`).click();
const waitingOn = async (categoryId: string) => Number((await display.page.getByTestId(`display-count-${categoryId}`).textContent())?.match(/(\d+)\s*人/)?.[1]);

test('kiosk → counter → display → pad: the ticket taken is called, shown and said, recalled, finished and rated once', async () => {
  test.setTimeout(180_000);
  const before = await waitingOn('general');
  const number = await ticketAtKiosk(kiosk.kiosk);
  await expect.poll(() => waitingOn('general')).toBe(before + 1);

  // The counter's key calls it: the counter, the display and the pad's own display show the number.
  await counter.page.keyboard.press('F1');
  await expect(counter.page.getByTestId('counter-current')).toHaveAttribute('data-number', number);
  await expect(display.page.getByTestId('display-current-number')).toHaveText(number);
  await expect(display.page.getByTestId('display-current-window')).toHaveText('1号窗口');
  await expect.poll(async () => (await display.spoken()).map((s) => s.text), SAID).toEqual([zhCallToWindow1(number)]);
  await expect(async () => {
    await counter.dev.getByTestId('dev-pad-display').getByRole('button', { name: 'Reload' }).click();
    await expect(counter.dev.getByTestId('dev-pad-shows')).toHaveText(number, { timeout: 500 });
  }).toPass();
  await display.page.screenshot({ path: 'var/screens/hall-display-called-1920x1080.png' });
  await counter.page.screenshot({ path: 'var/screens/hall-counter-called-1920x1080.png' });

  // A recall is said again, marked as one.
  await counter.page.keyboard.press('F2');
  await expect(display.page.getByTestId('display-recall')).toBeVisible();
  await expect.poll(async () => (await display.spoken()).map((s) => s.text), SAID).toEqual([zhCallToWindow1(number), zhCallToWindow1(number)]);

  // Finished: the citizen side asks, the pad's key rates it: one evaluation, bound to ticket, window, staff.
  const ticket = await ticketOf(number);
  await counter.page.keyboard.press('F6');
  await expect(counter.page.getByTestId('counter-current')).toHaveAttribute('data-number', '');
  await expect(counter.page.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'asking');
  await padKey('rate:verySatisfied');
  await expect(counter.page.getByTestId('citizen-rating-thanks')).toHaveAttribute('data-sent', 'true');
  await expect.poll(async () => (await ratingsOf(ticket.id)).length).toBe(1);
  expect((await ratingsOf(ticket.id))[0]!.evaluation).toMatchObject({ ticketId: ticket.id, level: 'verySatisfied', windowId: WINDOW, staffId, channel: 'hallPad', stage: 'accept' });
  expect((await platform.platform.queue.listTickets()).find((t) => t.id === ticket.id)).toMatchObject({ state: 'finished', windowId: WINDOW, staffId });

  // A second press for the same ticket is refused plainly, and nothing more reaches the platform.
  await padKey('rate:dissatisfied');
  await expect(counter.page.getByTestId('citizen-rating-refused')).toContainText('已评价过');
  expect((await ratingsOf(ticket.id))).toHaveLength(1);
});

test('the platform stopped while the citizen rates: kept on the counter, every role says it is cut off, delivered once when it is back', async () => {
  test.setTimeout(240_000);
  const number = await ticketAtKiosk(kiosk.kiosk);
  await counter.page.keyboard.press('F1');
  await expect(counter.page.getByTestId('counter-current')).toHaveAttribute('data-number', number);
  await expect(display.page.getByTestId('display-current-number')).toHaveText(number);
  const ticket = await ticketOf(number);
  await counter.page.keyboard.press('F6');
  await expect(counter.page.getByTestId('citizen-rating')).toHaveAttribute('data-state', 'asking');

  await platform.close();
  await expect(counter.page.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await padKey('rate:satisfied');
  await expect(counter.page.getByTestId('citizen-rating-thanks')).toHaveAttribute('data-sent', 'false');
  await expect(kiosk.kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await expect(display.page.getByTestId('display-stale')).toContainText('未连接到叫号服务', { timeout: 20_000 });
  await display.page.screenshot({ path: 'var/screens/hall-display-cut-off-1920x1080.png' });

  platform = await platformOn(port);
  await expect.poll(async () => (await ratingsOf(ticket.id)).length, { timeout: 30_000 }).toBe(1);
  expect((await ratingsOf(ticket.id))[0]!.evaluation).toMatchObject({ ticketId: ticket.id, level: 'satisfied', windowId: WINDOW, staffId, channel: 'hallPad' });
  await expect(display.page.getByTestId('display-stale')).toHaveCount(0, { timeout: 30_000 });
  for (const page of [kiosk.kiosk, counter.page]) await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online', { timeout: 30_000 });

  // Live again: the next call reaches the display.
  const next = await ticketAtKiosk(kiosk.kiosk);
  await counter.page.keyboard.press('F1');
  await expect(display.page.getByTestId('display-current-number')).toHaveText(next);
  await counter.page.keyboard.press('F6');
  await expect(counter.page.getByTestId('counter-current')).toHaveAttribute('data-number', '');
  expect((await ratingsOf(ticket.id))).toHaveLength(1);
});

test('a transfer at the counter: the number waits in the other business, and the display counts it there', async () => {
  test.setTimeout(120_000);
  const number = await ticketAtKiosk(kiosk.kiosk);
  await counter.page.keyboard.press('F1');
  await expect(counter.page.getByTestId('counter-current')).toHaveAttribute('data-number', number);
  const social = await waitingOn('social');
  await counter.page.getByTestId('act-transfer').click();
  await counter.page.getByTestId('transfer-to-social').click();
  await counter.page.getByTestId('transfer-confirm').click();
  await expect(counter.page.getByTestId('counter-current')).toHaveAttribute('data-number', '');
  await expect.poll(() => waitingOn('social')).toBe(social + 1);
  expect(await ticketOf(number)).toMatchObject({ categoryId: 'social', state: 'waiting', origin: 'transfer' });
});
