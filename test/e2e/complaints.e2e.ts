// 咨询投诉建议 through the browser host with simulated devices and a standalone reference platform (so
// the test can read what the platform kept, and stop and start it again on the same database): each
// kind from the kind screen to the receipt, the text typed in pinyin, the slip read back from the
// printer simulator, the platform's answer about what happens next, a text too short and a phone that
// is not a mobile number said at once; the platform down: kept on the kiosk, delivered exactly once
// when it is back; an idle timeout mid-flow wipes the text; paper out shows the reference large.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import type { TerminalProcess } from '../support/terminal-process.ts';
import { backHome, enrolledConfig, idleOut, inEveryLook, printerCardScanner, startKiosk } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const devices = printerCardScanner;

let dir: string;
let platform: RunningPlatform;
let port: number;
let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

const platformOn = (p: number) =>
  startPlatform({ clock: systemClock, version: 'e2e', dbPath: join(dir, 'platform.db'), port: p, seed: (x) => seedReferencePlatform(x, DAY) });

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'hall-complaints-'));
  platform = await platformOn(0);
  port = Number(new URL(platform.url).port);
  ({ terminal, dev, kiosk } = await startKiosk(browser, await enrolledConfig(platform, { devices: [...devices] }), 'printer-1'));
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});
test.afterAll(async () => {
  await terminal?.stop();
  await platform?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const tap = async (page: Page, keys: string) => {
  for (const k of keys) await page.getByTestId(`key-${k === ' ' ? 'space' : k}`).click();
};
/** Pinyin, then the candidate wanted. */
const pinyin = async (page: Page, letters: string, word: string) => {
  await tap(page, letters);
  await page.getByTestId(`candidate-${word}`).click();
};
const home = (page: Page = kiosk) => backHome(page, ['idle-warning', 'complaint-finish', 'nav-home']);
/** The text of the newest slip the simulated printer cut, once it is not `before`. */
const newSlip = async (before: string | null): Promise<string> => {
  const slip = dev.getByTestId('slip');
  if (before !== null) await expect(slip).not.toHaveAttribute('data-text', before);
  else await expect(slip).toBeVisible();
  return (await slip.getAttribute('data-text')) ?? '';
};
const lastSlip = async () => ((await dev.getByTestId('slip').count()) > 0 ? await dev.getByTestId('slip').getAttribute('data-text') : null);

/** A text typed in English letters (the 中/英 key), for the kinds whose words do not matter here. */
const typeLatin = async (page: Page, text: string) => {
  await page.getByTestId('key-language').click();
  await tap(page, text);
};

/** From home, a kind and an English text, no contact, no case number: up to the review screen. */
const toReview = async (page: Page, kind: string, text: string) => {
  await page.getByTestId('entry-complain').click();
  await page.getByTestId(`complaint-kind-${kind}`).click();
  await typeLatin(page, text);
  await page.getByTestId('complaint-text-next').click();
  await page.getByTestId('complaint-contact-skip').click();
  await page.getByTestId('complaint-case-skip').click();
  await expect(page.getByTestId('screen-complaints.review')).toBeVisible();
};

test('a complaint typed in pinyin with name, phone and case number: receipt slip, reference, the reply the platform promises', async () => {
  await home();
  await kiosk.getByTestId('entry-complain').click();
  await expect(kiosk.getByTestId('screen-complaints.kind')).toBeVisible();
  for (const kind of ['consultation', 'complaint', 'suggestion', 'praise']) await expect(kiosk.getByTestId(`complaint-kind-${kind}`)).toBeVisible();
  await kiosk.getByTestId('complaint-kind-complaint').click();
  await expect(kiosk.getByTestId('complaint-prompt')).toContainText('哪个窗口');
  await pinyin(kiosk, 'chuang', '窗');
  await pinyin(kiosk, 'kou', '口');
  await pinyin(kiosk, 'fuwu', '服务');
  // Four characters are too few: "next" says how many are missing and stays.
  await kiosk.getByTestId('complaint-text-next').click();
  await expect(kiosk.getByTestId('complaint-text-count')).toHaveText('至少要写 5 个字，还差 1 个字');
  await expect(kiosk.getByTestId('screen-complaints.text')).toBeVisible();
  await pinyin(kiosk, 'tai', '态');
  await pinyin(kiosk, 'du', '度');
  await pinyin(kiosk, 'cha', '差');
  await expect(kiosk.getByTestId('complaint-text-field')).toHaveText('窗口服务态度差');
  await expect(kiosk.getByTestId('complaint-text-count')).toHaveText('已写 7 字，最多 500 字');
  await kiosk.getByTestId('complaint-text-next').click();

  // Contact: a phone that is not a mobile number is refused at once; then a right one and a name.
  await expect(kiosk.getByTestId('screen-complaints.contact')).toBeVisible();
  // The phone field is the first, open already.
  await tap(kiosk, '23812345678');
  await expect(kiosk.getByTestId('complaint-phone-invalid')).toBeVisible();
  await kiosk.getByTestId('complaint-contact-next').click();
  await expect(kiosk.getByTestId('screen-complaints.contact')).toBeVisible();
  await kiosk.getByTestId('key-clear').click();
  await tap(kiosk, '13812345678');
  await expect(kiosk.getByTestId('complaint-phone-invalid')).toBeHidden();
  await kiosk.getByTestId('complaint-name-open').click();
  await pinyin(kiosk, 'wang', '王');
  await pinyin(kiosk, 'fang', '方');
  await kiosk.getByTestId('complaint-contact-next').click();

  // The case number: letters and digits only.
  await expect(kiosk.getByTestId('screen-complaints.case')).toBeVisible();
  await tap(kiosk, 'ab123');
  await kiosk.getByTestId('complaint-case-next').click();

  await expect(kiosk.getByTestId('screen-complaints.review')).toBeVisible();
  await expect(kiosk.getByTestId('review-kind')).toHaveText('投诉');
  await expect(kiosk.getByTestId('review-text')).toHaveText('窗口服务态度差');
  await expect(kiosk.getByTestId('review-name')).toHaveText('王方');
  await expect(kiosk.getByTestId('review-phone')).toHaveText('13812345678');
  await expect(kiosk.getByTestId('review-case')).toHaveText('AB123');
  await kiosk.screenshot({ path: 'var/screens/complaints-review-1080x1920.png' });
  const before = await lastSlip();
  await kiosk.getByTestId('complaint-submit').click();

  await expect(kiosk.getByTestId('screen-complaints.done')).toBeVisible();
  await expect(kiosk.getByTestId('complaint-done')).toHaveAttribute('data-next', 'delivered');
  await expect(kiosk.getByTestId('complaint-done')).toHaveAttribute('data-print', 'printed');
  const reference = (await kiosk.getByTestId('complaint-reference').textContent()) ?? '';
  expect(reference).toMatch(/^E2EKIOSK-20261124-\d{3}$/);
  await expect(kiosk.getByTestId('complaint-next')).toHaveText('工作人员将在 5 个工作日内按您留的电话答复您。');
  await kiosk.screenshot({ path: 'var/screens/complaints-done-1080x1920.png' });

  // The slip: kind, the reference, name and phone masked, the case, what happens next; no QR.
  const slip = await newSlip(before);
  expect(slip).toContain('咨询投诉建议回执');
  expect(slip).toContain(reference);
  expect(slip).toMatch(/类别\s+投诉/);
  expect(slip).toMatch(/姓名\s+王\*/);
  expect(slip).toMatch(/电话\s+138\*\*\*\*5678/);
  expect(slip).not.toContain('13812345678');
  expect(slip).toContain('AB123');
  expect(slip.replaceAll('\n', '')).toContain('5个工作日内');
  await dev.getByTestId('slip').screenshot({ path: 'var/screens/complaints-slip.png' });

  // The platform keeps it under that reference, once.
  const kept = await platform.platform.records.complaintsByReference(reference);
  expect(kept).toHaveLength(1);
  expect(kept[0]!.complaint).toMatchObject({ kind: 'complaint', text: '窗口服务态度差', name: '王方', phone: '13812345678', caseNumber: 'AB123' });
  await kiosk.getByTestId('complaint-finish').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
});

for (const [kind, next] of [
  ['consultation', '您没有留电话，所以不会回复；工作人员会认真阅读。'],
  ['suggestion', '您没有留电话，所以不会回复；工作人员会认真阅读。'],
  ['praise', '感谢您的表扬，我们会转告相关窗口。'],
] as const) {
  test(`${kind}, no contact given (skipped): the platform's words for what happens next, a slip with the reference`, async () => {
    await home();
    await toReview(kiosk, kind, 'hello hall');
    await expect(kiosk.getByTestId('review-phone')).toHaveText('未填');
    const before = await lastSlip();
    await kiosk.getByTestId('complaint-submit').click();
    await expect(kiosk.getByTestId('complaint-done')).toHaveAttribute('data-next', 'delivered');
    await expect(kiosk.getByTestId('complaint-next')).toHaveText(next);
    const reference = (await kiosk.getByTestId('complaint-reference').textContent()) ?? '';
    const slip = await newSlip(before);
    expect(slip).toContain(reference);
    expect(slip).not.toMatch(/电话\s+1/);
    expect((await platform.platform.records.complaintsByReference(reference)).map((c) => c.complaint.kind)).toEqual([kind]);
  });
}

test('paper out: no slip, the reference shown large with words to write it down', async () => {
  await home();
  await dev.getByTestId('sim-printer-1-paper-out').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'error');
  await toReview(kiosk, 'suggestion', 'more chairs');
  await kiosk.getByTestId('complaint-submit').click();
  await expect(kiosk.getByTestId('complaint-done')).toHaveAttribute('data-print', 'failed');
  await expect(kiosk.getByTestId('complaint-slip')).toHaveText('打印机没有纸了，回执打印不出来。请记下上面的编号，或用手机拍下来。');
  await expect(kiosk.getByTestId('complaint-reference')).toHaveClass(/is-unprinted/);
  await kiosk.screenshot({ path: 'var/screens/complaints-paper-out-1080x1920.png' });
  await dev.getByTestId('sim-printer-1-paper-ok').click();
  await expect(dev.getByTestId('dev-device-printer-1')).toHaveAttribute('data-state', 'ready');
  await kiosk.getByTestId('complaint-finish').click();
});

test('an idle timeout in the middle of writing wipes the text', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await page.getByTestId('entry-complain').click();
  await page.getByTestId('complaint-kind-complaint').click();
  await typeLatin(page, 'secret words');
  await expect(page.getByTestId('complaint-text-field')).toHaveText('secret words');
  await idleOut(page);
  await page.getByTestId('entry-complain').click();
  await page.getByTestId('complaint-kind-complaint').click();
  await expect(page.getByTestId('complaint-text-field')).not.toContainText('secret');
  await page.close();
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await page.getByTestId('entry-complain').click();
    await shot('complaints-kind');
    await page.getByTestId('complaint-kind-complaint').click();
    await pinyin(page, 'chuang', '窗');
    await pinyin(page, 'kou', '口');
    await shot('complaints-text');
    await page.getByTestId('complaint-text-next').click();
    await shot('complaints-text-short');
    await typeLatin(page, ' slow');
    await page.getByTestId('complaint-text-next').click();
    await tap(page, '1381234');
    await shot('complaints-contact');
    await page.getByTestId('complaint-contact-skip').click();
    await shot('complaints-case');
    await page.getByTestId('complaint-case-skip').click();
    await shot('complaints-review');
    await page.getByTestId('complaint-submit').click();
    await expect(page.getByTestId('complaint-done')).toBeVisible();
    await shot('complaints-done');
    await page.getByTestId('complaint-finish').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();
  });
});

test('the platform down: kept on this kiosk, said so, and delivered exactly once when it is back', async () => {
  await home();
  await platform.close();
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await toReview(kiosk, 'consultation', 'where is window 9');
  const before = await lastSlip();
  await kiosk.getByTestId('complaint-submit').click();
  await expect(kiosk.getByTestId('complaint-done')).toHaveAttribute('data-next', 'queued');
  await expect(kiosk.getByTestId('complaint-next')).toContainText('已保存在本机，网络恢复后自动提交');
  const reference = (await kiosk.getByTestId('complaint-reference').textContent()) ?? '';
  const slip = await newSlip(before);
  expect(slip).toContain(reference);
  expect(slip.replaceAll('\n', '')).toContain('网络恢复后自动提交');
  await kiosk.screenshot({ path: 'var/screens/complaints-queued-1080x1920.png' });
  await kiosk.getByTestId('complaint-finish').click();

  // Back on the same port and database: the outbox delivers it, once.
  platform = await platformOn(port);
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await expect.poll(async () => (await platform.platform.records.complaintsByReference(reference)).length, { timeout: 20_000 }).toBe(1);
  // Another complaint after it goes through too, and the first is still there once.
  await toReview(kiosk, 'praise', 'thank you');
  await kiosk.getByTestId('complaint-submit').click();
  await expect(kiosk.getByTestId('complaint-done')).toHaveAttribute('data-next', 'delivered');
  expect(await platform.platform.records.complaintsByReference(reference)).toHaveLength(1);
  expect((await platform.platform.records.complaintsByReference(reference))[0]!.complaint.text).toBe('where is window 9');
});
