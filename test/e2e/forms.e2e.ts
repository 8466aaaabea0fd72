// 在本机填写 through the browser host with simulated devices, a stand-in CUPS for the A4 printer and a
// standalone reference platform (so the test can read what the platform kept, and stop and start it on
// the same database): the real seed form 居民身份证申领登记表 filled with a simulated ID card (pre-fill
// checked), an inline error shown then fixed, signed with the mouse, delivery chosen, submitted; the
// receipt slip carries the submission id and the A4 PDF (pdftotext) every filled value; the platform
// down: kept on the kiosk, arrives once when it is back; the A4 printer out of paper: said in words; a
// kiosk without an A4 printer: the download QR; the idle timeout drops the draft.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { createFakeCups, type FakeCups } from '../support/fake-cups.ts';
import { readQr } from '../support/qr-read.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { connect, expectUsable, itemId, type Rpc } from './guide-rig.ts';
import { enrolledConfig, inEveryLook, insertCard, liftCard, openKioskAndDev, printerCardScanner, idleOut } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const ITEM = '居民身份证换领';
const FORM = 'idcard-application';
const PHONE = '13912345678';
// The simulated card zhangWei (devices/idcard/test-identities.ts).
const CARD = { name: '张伟', birthDate: '1990-03-07', address: '北京市朝阳区建国路88号院3号楼1单元502' };

let dir: string;
let cups: FakeCups;
let platform: RunningPlatform;
let port: number;
let terminal: TerminalProcess;
let rpc: Rpc;
let dev: Page;
let kiosk: Page;

const platformOn = (p: number) =>
  startPlatform({ clock: systemClock, version: 'e2e', dbPath: join(dir, 'platform.db'), port: p, seed: (x) => seedReferencePlatform(x, DAY) });

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'hall-forms-'));
  cups = createFakeCups('HallA4');
  platform = await platformOn(0);
  port = Number(new URL(platform.url).port);
  const devices = [...printerCardScanner, { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'cups', printer: 'HallA4' } }] as const;
  terminal = await startTerminal(await enrolledConfig(platform, { devices: [...devices] }), [], { env: { PATH: cups.path } });
  ({ dev, kiosk } = await openKioskAndDev(browser, terminal, 'printer-1'));
  rpc = await connect(terminal);
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
});
test.afterAll(async () => {
  rpc?.close();
  await terminal?.stop();
  await platform?.close().catch(() => {});
  cups?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const keys = async (page: Page, text: string) => {
  for (const k of text) await page.getByTestId(`key-${k}`).click();
};

/** From home to the form's intro through the guide's 在本机填写. */
async function openForm(page: Page): Promise<void> {
  await page.getByTestId('entry-guide').click();
  await keys(page, 'sfz');
  await page.getByTestId(`item-${await itemId(rpc, ITEM)}`).click();
  await page.getByTestId(`guide-fill-${FORM}`).click();
  await expect(page.getByTestId('forms-intro')).toHaveAttribute('data-form', FORM);
}

/** The first section, checked against the card, the phone left out (error) then typed. */
async function firstSection(page: Page): Promise<void> {
  await expect(page.getByTestId('form-section')).toHaveAttribute('data-index', '0');
  await expect(page.getByTestId('form-progress')).toHaveText('第 1 步，共 6 步');
  for (const id of ['name', 'sex', 'nation', 'birthDate', 'idNumber', 'address']) await expect(page.getByTestId(`form-field-${id}`)).toHaveAttribute('data-from-card', 'true');
  await expect(page.getByTestId('field-name-input-field')).toHaveText(CARD.name);
  // The card's address names its region: picked for the citizen (北京市朝阳区 = 110105), the detail keeps the rest.
  await expect(page.getByTestId('field-address-region')).toHaveAttribute('data-code', '110105');
  await expect(page.getByTestId('field-address-detail-field')).toHaveText('建国路88号院3号楼1单元502');
  await expect(page.getByTestId('form-field-phone')).toHaveAttribute('data-from-card', 'false');
  await page.getByTestId('form-section-next').click();
  await expect(page.getByTestId('field-phone-error')).toHaveText('“联系电话”还没有填写，请填写');
  await page.getByTestId('field-phone-input-open').click();
  await keys(page, PHONE);
  await expect(page.getByTestId('field-phone-error')).toHaveCount(0);
  await page.getByTestId('form-section-next').click();
}

/** Sections two and three, the review, the signature drawn with the mouse, window delivery: up to 提交. */
async function restOfForm(page: Page): Promise<void> {
  await expect(page.getByTestId('form-section')).toHaveAttribute('data-index', '1');
  await page.getByTestId('field-reason-option-expiry').click();
  await page.getByTestId('form-section-next').click();
  await page.getByTestId('field-delivery-option-window').click();
  await page.getByTestId('form-section-next').click();
  await expect(page.getByTestId('form-review-name')).toContainText(CARD.name);
  await expect(page.getByTestId('form-review-reason')).toContainText('有效期满换领');
  await page.getByTestId('form-review-next').click();
  await page.getByTestId('form-sign-next').click();
  await expect(page.getByTestId('form-sign-missing')).toBeVisible();
  await sign(page);
  await page.getByTestId('form-sign-next').click();
  await page.getByTestId('form-delivery-window').click();
}

/** A name-like zigzag drawn with the mouse on the signature pad. */
async function sign(page: Page): Promise<void> {
  const pad = (await page.getByTestId('form-sign-pad').boundingBox())!;
  await page.mouse.move(pad.x + pad.width * 0.2, pad.y + pad.height * 0.6);
  await page.mouse.down();
  for (const [x, y] of [
    [0.3, 0.3],
    [0.4, 0.7],
    [0.55, 0.35],
    [0.7, 0.65],
  ] as const)
    await page.mouse.move(pad.x + pad.width * x, pad.y + pad.height * y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('form-sign-pad')).toHaveAttribute('data-strokes', '1');
}

/** The newest slip the ticket printer cut, once it is not `before`. */
const newSlip = async (before: string | null): Promise<string> => {
  const slip = dev.getByTestId('slip');
  if (before !== null) await expect(slip).not.toHaveAttribute('data-text', before);
  else await expect(slip).toBeVisible();
  return (await slip.getAttribute('data-text')) ?? '';
};
const lastSlip = async () => ((await dev.getByTestId('slip').count()) > 0 ? await dev.getByTestId('slip').getAttribute('data-text') : null);

function pdfText(pdf: Buffer): string {
  const d = mkdtempSync(join(tmpdir(), 'forms-pdf-'));
  try {
    const file = join(d, 'form.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', file, join(d, 'page')]);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

test('the ID-card form filled from the card, an error fixed, signed, handed in: slip, A4 PDF with every value, paper out said', async () => {
  await insertCard(dev, 'zhangWei');
  await openForm(kiosk);
  await expect(kiosk.getByTestId('forms-card')).toHaveAttribute('data-state', 'done');
  await kiosk.getByTestId('forms-begin').click();
  await firstSection(kiosk);
  await restOfForm(kiosk);
  const before = await lastSlip();
  await kiosk.getByTestId('form-submit').click();
  await expect(kiosk.getByTestId('form-done')).toHaveAttribute('data-state', 'delivered');
  const id = (await kiosk.getByTestId('form-submission-id').textContent()) ?? '';
  expect(id).toMatch(/^F[A-Z0-9]+-\d{8}-\d{4}$/);
  expect(await newSlip(before)).toContain(id);
  await expect.poll(async () => (await platform.platform.records.submissionsById(id)).length).toBe(1);

  const jobs = cups.jobs().length;
  await kiosk.getByTestId('form-print-button').click();
  await expect(kiosk.getByTestId('form-print')).toHaveAttribute('data-state', 'done');
  await expect(kiosk.getByTestId('form-print-state')).toContainText('已打印好');
  await expectUsable(kiosk);
  expect(cups.jobs()).toHaveLength(jobs + 1);
  const text = pdfText(cups.jobs().at(-1)!.pdf);
  for (const v of [CARD.name, '男', '汉', CARD.address, PHONE, '有效期满换领', '窗口领取']) expect(text).toContain(v);
  expect(text).toMatch(/1990.?03.?07/);
  // The ID number in full or masked (the sheet decides), never missing.
  expect(text).toMatch(/110105(19900307|\*{8})123\d/);
  expect(text).toContain(id);

  cups.setAlerts(['media-empty-error']);
  try {
    await kiosk.getByTestId('form-print-button').click();
    await expect(kiosk.getByTestId('form-print')).toHaveAttribute('data-error', 'printer.paperOut');
    await expect(kiosk.getByTestId('form-print-state')).toHaveText('打印机没有纸了，申请表没有打印出来。请找工作人员加纸后再按“再打印一份”。');
    await kiosk.screenshot({ path: 'var/screens/forms-paper-out-1080x1920.png' });
  } finally {
    cups.setAlerts([]);
  }
  // Paper runs out while the job waits in the queue: CUPS holds it, the screen says so and follows it
  // until staff add paper and it prints (no second copy offered meanwhile).
  cups.hold(true);
  try {
    await kiosk.getByTestId('form-print-button').click();
    await expect(kiosk.getByTestId('form-print')).toHaveAttribute('data-state', /queued|printing/);
    cups.setAlerts(['media-empty-error']);
    await expect(kiosk.getByTestId('form-print-state')).toHaveText('打印机没有纸了。请找工作人员加纸，加好后申请表会自动打印出来。');
    await expect(kiosk.getByTestId('form-print-button')).toHaveCount(0);
    cups.setAlerts([]);
    cups.finish();
    await expect(kiosk.getByTestId('form-print')).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
  } finally {
    cups.hold(false);
    cups.setAlerts([]);
  }
  await kiosk.getByTestId('form-finish').click();
  await liftCard(dev);
});

test('the platform down: kept on the kiosk, and it arrives once when the platform is back', async () => {
  await platform.close();
  await expect(kiosk.getByTestId('platform-status')).not.toHaveAttribute('data-state', 'online');
  await insertCard(dev, 'zhangWei');
  await openForm(kiosk);
  await expect(kiosk.getByTestId('forms-card')).toHaveAttribute('data-state', 'done');
  await kiosk.getByTestId('forms-begin').click();
  await firstSection(kiosk);
  await restOfForm(kiosk);
  await kiosk.getByTestId('form-submit').click();
  await expect(kiosk.getByTestId('form-done')).toHaveAttribute('data-state', 'queued');
  await expect(kiosk.getByTestId('form-done-state')).toContainText('已保存在本机');
  const id = (await kiosk.getByTestId('form-submission-id').textContent()) ?? '';
  await kiosk.screenshot({ path: 'var/screens/forms-queued-1080x1920.png' });
  await kiosk.getByTestId('form-finish').click();
  await liftCard(dev);

  platform = await platformOn(port);
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await expect.poll(async () => (await platform.platform.records.submissionsById(id)).length, { timeout: 20_000 }).toBe(1);
  expect((await platform.platform.records.submissionsById(id))[0]!.submission.values['name']).toBe(CARD.name);
});

test('an idle timeout in the middle of the form drops the draft', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await openForm(page);
  await page.getByTestId('forms-begin').click();
  await page.getByTestId('field-phone-input-open').click();
  await keys(page, PHONE);
  await expect(page.getByTestId('field-phone-input-field')).toHaveText(PHONE);
  // The draft is in the page's memory only: none of it in the browser's storage (the boot token is).
  const stored = await page.evaluate(async () => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), idb: (await indexedDB.databases()).length }));
  expect(stored.idb).toBe(0);
  for (const kept of [stored.local, stored.session]) for (const v of [PHONE, CARD.name, '110105']) expect(kept).not.toContain(v);
  await idleOut(page);
  await openForm(page);
  await page.getByTestId('forms-begin').click();
  await expect(page.getByTestId('field-phone-input-field')).not.toContainText(PHONE);
  await page.close();
});

test('a kiosk without an A4 printer offers the download QR', async ({ browser }) => {
  const other = await startTerminal(testConfig({ devices: [...printerCardScanner], forms: { downloadUrl: 'https://zwfw.example.gov.cn/m/form/{submissionId}?t={token}' } }));
  try {
    const { dev: otherDev, kiosk: page } = await openKioskAndDev(browser, other, 'printer-1');
    const otherRpc = await connect(other);
    try {
      await insertCard(otherDev, 'zhangWei');
      await page.getByTestId('entry-guide').click();
      await keys(page, 'sfz');
      await page.getByTestId(`item-${await itemId(otherRpc, ITEM)}`).click();
      await page.getByTestId(`guide-fill-${FORM}`).click();
      await expect(page.getByTestId('forms-card')).toHaveAttribute('data-state', 'done');
      await page.getByTestId('forms-begin').click();
      await firstSection(page);
      await restOfForm(page);
      // By post this time: the recipient and phone come from the form, the region is picked, the street typed.
      await page.getByTestId('form-delivery-express').click();
      await expect(page.getByTestId('form-delivery-recipient-input-field')).toHaveText(CARD.name);
      await expect(page.getByTestId('form-delivery-phone-input-field')).toHaveText(PHONE);
      await page.getByTestId('form-submit').click();
      await expect(page.getByTestId('form-delivery-address-error')).toBeVisible();
      await page.getByTestId('form-delivery-address-pick').click();
      for (const code of ['330000', '330100', '330106']) await page.getByTestId(`form-delivery-address-opt-${code}`).click();
      await expect(page.getByTestId('form-delivery-address-region')).toHaveAttribute('data-code', '330106');
      await page.getByTestId('form-delivery-address-detail-open').click();
      await keys(page, '188');
      await page.screenshot({ path: 'var/screens/forms-express-1080x1920.png' });
      await page.getByTestId('form-submit').click();
      await expect(page.getByTestId('form-download')).toBeVisible();
      await expect(page.getByTestId('form-print')).toHaveCount(0);
      const id = (await page.getByTestId('form-submission-id').textContent()) ?? '';
      const url = readQr(await page.locator('[data-testid="form-download"] svg').screenshot());
      expect(url).toMatch(new RegExp(`^https://zwfw\\.example\\.gov\\.cn/m/form/${id}\\?t=[A-Za-z0-9_-]+$`));
      await page.screenshot({ path: 'var/screens/forms-qr-1080x1920.png' });
    } finally {
      otherRpc.close();
    }
  } finally {
    await other.stop();
  }
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  await insertCard(dev, 'zhangWei');
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await openForm(page);
    await expect(page.getByTestId('forms-card')).toHaveAttribute('data-state', 'done');
    await shot('forms-intro');
    await expectUsable(page);
    await page.getByTestId('forms-begin').click();
    await page.getByTestId('form-section-next').click();
    await expect(page.getByTestId('field-phone-error')).toBeVisible();
    await shot('forms-section-error');
    await expectUsable(page);
    await page.getByTestId('field-phone-input-open').click();
    await keys(page, PHONE);
    await page.getByTestId('form-section-next').click();
    await page.getByTestId('field-reason-option-changed').click();
    await shot('forms-section-2');
    await page.getByTestId('field-reason-option-expiry').click();
    await page.getByTestId('form-section-next').click();
    await page.getByTestId('field-delivery-option-window').click();
    await page.getByTestId('form-section-next').click();
    await shot('forms-review');
    await expectUsable(page);
    await page.getByTestId('form-review-next').click();
    await shot('forms-sign');
    await expectUsable(page);
    await sign(page);
    await page.getByTestId('form-sign-next').click();
    await page.getByTestId('form-delivery-express').click();
    await shot('forms-delivery');
    await expectUsable(page);
    await page.getByTestId('form-delivery-window').click();
    await page.getByTestId('form-submit').click();
    await expect(page.getByTestId('form-done')).toBeVisible();
    await shot('forms-done');
    await expectUsable(page);
    await page.getByTestId('form-finish').click();
    // The visit is over and its card with it: the next look starts with the card put down again.
    await liftCard(dev);
    await insertCard(dev, 'zhangWei');
  });
  await liftCard(dev);
});
