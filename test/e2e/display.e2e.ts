// The hall's call display (role display) through the browser host, on a reference platform run
// in-process: a call made at a window appears as the current call with its window, the history grows,
// the waiting counts change; each call is said once, in order, a recall again, two quick calls both in
// full; the platform stopped -> the screen says plainly it has not heard, and it comes back by itself
// when the platform returns on the same port. And every state looked at: both orientations, Chinese
// and English, large text and high contrast (screenshots under var/screens/display-*).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { repoRoot } from '../support/terminal-process.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { HALL_DAY, hallMorning, startDisplay, takeTicket, windowAction } from './display-rig.ts';

const shots = join(repoRoot, 'var/screens');
const ZH = '零一二三四五六七八九';
/** What a hall says for a call, written out here on its own (not with the module under test). */
const zhCall = (number: string, windowWords: string) => `请${number[0]}${[...number.slice(1)].map((d) => ZH[Number(d)]).join('')}号到${windowWords}号窗口办理`;

let dir: string;
let platform: RunningPlatform;
let port: number;
const platformOn = (p: number) => startPlatform({ clock: hallMorning, version: 'e2e', dbPath: join(dir, 'platform.db'), port: p, seed: (x) => seedReferencePlatform(x, HALL_DAY) });

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'hall-display-'));
  platform = await platformOn(0);
  port = Number(new URL(platform.url).port);
});
test.afterAll(async () => {
  await platform?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The clips play in real time here (about 3 s a language): a call is said in full before the next starts. */
const SAID = { timeout: 40_000 };
const current = (page: Page) => page.getByTestId('display-current-number');

test('calls appear large with their window, the history grows, counts change; each said once in order, a recall again, quick calls in full', async ({ browser }) => {
  test.setTimeout(180_000);
  const rig = await startDisplay(browser, platform, { display: { languages: ['zh-CN', 'en'] } });
  try {
    const { page } = rig;
    await expect(page.getByTestId('display-no-calls')).toBeVisible();
    await page.screenshot({ path: join(shots, 'display-empty-day-landscape-zh.png') });
    const generalWaiting = page.getByTestId('display-count-general');
    await expect(generalWaiting).toContainText('0 人');
    const a = await takeTicket(platform);
    const b = await takeTicket(platform);
    await expect(generalWaiting).toContainText('2 人');

    windowAction(platform, 'w01', 'callNext');
    await expect(current(page)).toHaveText(a.number);
    await expect(page.getByTestId('display-current-window')).toHaveText('1号窗口');
    await expect(generalWaiting).toContainText('1 人');
    await expect.poll(() => rig.spoken(), SAID).toHaveLength(2);
    expect((await rig.spoken()).map((s) => [s.lang, s.text])).toEqual([
      ['zh-CN', zhCall(a.number, '一')],
      ['en', `Number ${[...a.number].join(' ')}, please go to window 1`],
    ]);

    // A second call at window 12 (a business window 12 serves): the current call, the first in the history.
    const w12 = (await platform.platform.queue.configuration()).windows.find((w) => w.id === 'w12')!;
    const c = await takeTicket(platform, w12.categoryIds[0]);
    windowAction(platform, 'w12', 'callNext');
    await expect(current(page)).toHaveText(c.number);
    await expect(page.getByTestId('display-current-window')).toHaveText('12号窗口');
    await expect(page.getByTestId('display-history-row')).toHaveCount(1);
    await expect(page.getByTestId('display-history-row').first()).toContainText(a.number);
    await expect.poll(async () => (await rig.spoken()).length, SAID).toBe(4);
    expect((await rig.spoken())[2]!.text).toBe(zhCall(c.number, '十二'));

    // A recall: said again, on top again, marked.
    windowAction(platform, 'w01', 'recall');
    await expect(current(page)).toHaveText(a.number);
    await expect(page.getByTestId('display-recall')).toBeVisible();
    await expect.poll(async () => (await rig.spoken()).length, SAID).toBe(6);
    expect((await rig.spoken())[4]!.text).toBe(zhCall(a.number, '一'));
    await page.screenshot({ path: join(shots, 'display-calls-landscape-zh.png') });

    // Two quick calls: both said in full, in order (the second waits for the first).
    windowAction(platform, 'w01', 'finish');
    windowAction(platform, 'w12', 'finish');
    const d = await takeTicket(platform, w12.categoryIds[0]);
    windowAction(platform, 'w01', 'callNext');
    windowAction(platform, 'w12', 'callNext');
    await expect(current(page)).toHaveText(d.number);
    await expect.poll(async () => (await rig.spoken()).length, SAID).toBe(10);
    const quick = (await rig.spoken()).slice(6);
    expect(quick.map((s) => s.text)).toEqual([zhCall(b.number, '一'), `Number ${[...b.number].join(' ')}, please go to window 1`, zhCall(d.number, '十二'), `Number ${[...d.number].join(' ')}, please go to window 12`]);
    await expect(page.getByTestId('display-history-row')).toHaveCount(3);
  } finally {
    await rig.stop();
  }
});

test('the platform stopped: the screen says plainly it has not heard since when; it comes back by itself and goes on calling', async ({ browser }) => {
  test.setTimeout(120_000);
  const rig = await startDisplay(browser, platform);
  try {
    const { page } = rig;
    await expect(page.getByTestId('display-stale')).toHaveCount(0);
    await platform.close();
    await expect(page.getByTestId('display-stale')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('display-stale')).toContainText(/未连接到叫号服务（\d\d:\d\d 起）— 叫号信息可能不是最新/);
    // What it showed stays on the screen.
    await expect(current(page)).toBeVisible();
    await page.screenshot({ path: join(shots, 'display-stale-landscape-zh.png') });
    const before = (await rig.spoken()).length;
    platform = await platformOn(port);
    await expect(page.getByTestId('display-stale')).toHaveCount(0, { timeout: 30_000 });
    windowAction(platform, 'w01', 'finish');
    const e = await takeTicket(platform);
    windowAction(platform, 'w01', 'callNext');
    await expect(current(page)).toHaveText(e.number, { timeout: 10_000 });
    await expect.poll(async () => (await rig.spoken()).slice(before).map((s) => s.text), SAID).toEqual([zhCall(e.number, '一')]);
  } finally {
    await rig.stop();
  }
});

test('every state looks right: portrait and landscape, Chinese and English, large text and high contrast; before the first board it says it is connecting', async ({ browser }) => {
  test.setTimeout(120_000);
  // A call of its own (at a window the other tests leave alone), so that this test stands alone too.
  await takeTicket(platform);
  windowAction(platform, 'w02', 'callNext');
  const looks = [
    { name: 'portrait-zh', viewport: { width: 1080, height: 1920 }, locale: 'zh-CN' as const, ui: { screenWidthMm: 685 } },
    { name: 'landscape-en-large-contrast', viewport: { width: 1920, height: 1080 }, locale: 'en' as const, ui: { screenWidthMm: 1218, largeText: true, highContrast: true } },
    { name: 'portrait-en-contrast', viewport: { width: 1080, height: 1920 }, locale: 'en' as const, ui: { screenWidthMm: 685, highContrast: true } },
  ];
  for (const look of looks) {
    const rig = await startDisplay(browser, platform, { terminalId: `e2e-display-${look.name}`, viewport: look.viewport, locale: look.locale, ui: look.ui });
    try {
      await expect(current(rig.page)).toBeVisible();
      // The current number fits on the screen, and its digits stand tall.
      for (const part of [current(rig.page), rig.page.getByTestId('display-current-window')]) {
        const box = (await part.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(look.viewport.width);
      }
      // Once the arrival's flash is over: no serious accessibility fault (contrast in every mode).
      await rig.page.waitForFunction(() => document.getAnimations().length === 0);
      const serious = (await axeViolations(rig.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, describeViolations(serious)).toEqual([]);
      await rig.page.screenshot({ path: join(shots, `display-calls-${look.name}.png`) });
    } finally {
      await rig.stop();
    }
  }
  // An empty day on a hall of its own, in English portrait: words, not a blank board.
  const fresh = await startPlatform({ clock: hallMorning, version: 'e2e', seed: (x) => seedReferencePlatform(x, HALL_DAY) });
  const empty = await startDisplay(browser, fresh, { terminalId: 'e2e-display-empty', viewport: { width: 1080, height: 1920 }, locale: 'en', ui: { screenWidthMm: 685 } });
  try {
    await expect(empty.page.getByTestId('display-no-calls')).toContainText('No numbers called yet today');
    await empty.page.screenshot({ path: join(shots, 'display-empty-day-portrait-en.png') });
  } finally {
    await empty.stop();
    await fresh.close();
  }
  // No platform at all: before the first board the screen says it is connecting, then that it is not connected.
  const lonely = await startDisplay(browser, null, { terminalId: 'e2e-display-lonely', viewport: { width: 1080, height: 1920 }, ui: { screenWidthMm: 685 } });
  try {
    await expect(lonely.page.getByTestId('display-starting')).toBeVisible();
    await expect(lonely.page.getByTestId('display-stale')).toContainText('未连接到叫号服务', { timeout: 15_000 });
    await lonely.page.screenshot({ path: join(shots, 'display-starting-portrait-zh.png') });
  } finally {
    await lonely.stop();
  }
  const lonelyEn = await startDisplay(browser, null, { terminalId: 'e2e-display-lonely-en', locale: 'en', ui: { screenWidthMm: 1218, largeText: true, highContrast: true } });
  try {
    await expect(lonelyEn.page.getByTestId('display-starting')).toContainText('Connecting to the calling service');
    await expect(lonelyEn.page.getByTestId('display-stale')).toContainText('Not connected to the calling service', { timeout: 15_000 });
    await lonelyEn.page.screenshot({ path: join(shots, 'display-starting-landscape-en-large-contrast.png') });
  } finally {
    await lonelyEn.stop();
  }
});
