// 好差评 at the kiosk, through the browser host with simulated devices and the reference platform
// seeded for the test day (clock 2026-11-24 10:00): by the ID card (the holder's own cases that can
// still be rated), a good rating; by case number and query code, a bad one with reasons, words typed
// in pinyin and a call-back phone; a second rating of the same case refused in plain words; the card
// lifted mid-flow; an idle timeout mid-flow wiping what was chosen and typed; with the platform down,
// the rating kept on the kiosk and delivered once when it is back (checked on the platform); the
// screens at both sizes, in large text and high contrast, Chinese and English.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import { systemClock } from '../../domain/clock.ts';
import { sampleCases } from '../../platform/seed/index.ts';
import { acceptedByOf, seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform } from '../../platform/server.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { backHome, caseByNumber, enrolledConfig, idleOut, inEveryLook, insertCard, kioskForFile, liftCard, printerCardScanner, typeKeys } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const devices = printerCardScanner;
const cases = sampleCases(DAY);
const own = cases.filter((c) => c.applicant.idNumber === zhangWei.idNumber);
const ownReady = own.find((c) => c.status === 'ready')!;
const ownInReview = own.find((c) => c.status === 'inReview')!;
const others = cases.filter((c) => c.applicant.idNumber !== zhangWei.idNumber && c.applicant.kind === 'person');
const badCase = others.find((c) => c.status === 'delivered')!;
const idleCase = others.find((c) => c.status === 'inReview')!;
const shotCases = others.filter((c) => c !== badCase && c !== idleCase);

let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

kioskForFile(() => testConfig({ devices: [...devices] }), 'idcard-1', (rig) => ({ terminal, dev, kiosk } = rig));

const home = (page: Page = kiosk) => backHome(page, ['problem-ok', 'nav-home']);
const insert = (who: string) => insertCard(dev, who);
const removeCard = () => liftCard(dev);
const keys = typeKeys;
/** From home: 好差评, the case by its number (scanned into the field) and query code. */
const findByNumber = async (page: Page, c: { caseNumber: string; queryCode: string }) => {
  await page.getByTestId('entry-rate').click();
  await expect(page.getByTestId('screen-cases.find')).toBeVisible();
  await caseByNumber(page, c, true);
};

test('by ID card: the holder’s own cases at their stage; a good rating is sent; the case is not offered again and a second is refused', async () => {
  await home();
  await insert('zhangWei');
  await kiosk.getByTestId('entry-rate').click();
  // The card on the reader lists the holder's cases at once.
  await expect(kiosk.getByTestId('screen-rating.cases')).toBeVisible();
  await expect(kiosk.getByTestId('rating-cases').getByRole('button')).toHaveCount(own.length);
  await expect(kiosk.getByTestId(`rate-${ownReady.caseNumber}`)).toContainText('评价办结服务');
  await expect(kiosk.getByTestId(`rate-${ownInReview.caseNumber}`)).toContainText('评价受理服务');
  await kiosk.screenshot({ path: 'var/screens/rating-cases-1080x1920.png' });
  await kiosk.getByTestId(`rate-${ownReady.caseNumber}`).click();
  await expect(kiosk.getByTestId('rating-levels').getByRole('button')).toHaveText(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  await kiosk.getByTestId('level-satisfied').click();
  // A good level asks no reason: straight to the confirmation.
  await expect(kiosk.getByTestId('screen-rating.confirm')).toBeVisible();
  await expect(kiosk.getByTestId('confirm-level')).toHaveText('满意');
  await expect(kiosk.getByTestId('confirm-reasons')).toHaveCount(0);
  await kiosk.getByTestId('rating-submit').click();
  await expect(kiosk.getByTestId('rating-thanks')).toHaveAttribute('data-sent', 'true');
  await expect(kiosk.getByTestId('rating-follow-up')).toHaveCount(0);
  await expect(kiosk.getByTestId('rating-kept')).toHaveCount(0);
  await kiosk.getByTestId('rating-done').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();

  // The same card again (the visit ended: put back on the reader): the rated case is counted, not offered.
  await removeCard();
  await kiosk.getByTestId('entry-rate').click();
  await insert('zhangWei');
  await expect(kiosk.getByTestId('rating-cases').getByRole('button')).toHaveCount(own.length - 1);
  await expect(kiosk.getByTestId(`rate-${ownReady.caseNumber}`)).toHaveCount(0);
  await expect(kiosk.getByTestId('rating-some-rated')).toContainText('1');
  await removeCard();
  // By its number and query code: refused with the reason.
  await home();
  await findByNumber(kiosk, ownReady);
  await expect(kiosk.getByTestId('problem')).toHaveAttribute('data-code', 'evaluation.duplicate');
  await expect(kiosk.getByTestId('problem')).toContainText('已经评价过了');
  await kiosk.screenshot({ path: 'var/screens/rating-duplicate-1080x1920.png' });
  await kiosk.getByTestId('problem-ok').click();
  // Case progress offers "rate this service" only for a case that can still be rated.
  await home();
  await kiosk.getByTestId('entry-progress').click();
  await caseByNumber(kiosk, ownReady);
  await expect(kiosk.getByTestId('case-detail')).toBeVisible();
  await expect(kiosk.getByTestId('case-rate')).toHaveCount(0);
  expect(terminal.output()).not.toContain(zhangWei.idNumber);
});

test('by case number: a bad rating with reasons, words in pinyin and a call-back phone; the follow-up said', async () => {
  await home();
  await findByNumber(kiosk, badCase);
  await expect(kiosk.getByTestId('screen-rating.levels')).toBeVisible();
  await expect(kiosk.getByTestId('rating-case')).toContainText(badCase.itemName);
  await kiosk.screenshot({ path: 'var/screens/rating-levels-1080x1920.png' });
  await kiosk.getByTestId('level-veryDissatisfied').click();
  // A reason is required: "next" waits for one.
  await expect(kiosk.getByTestId('reasons-next')).toBeDisabled();
  await expect(kiosk.getByTestId('reasons-need')).toBeVisible();
  await kiosk.getByTestId('reason-slow').click();
  await kiosk.getByTestId('reason-other').click();
  await expect(kiosk.getByTestId('reason-other')).toHaveAttribute('aria-pressed', 'true');
  await kiosk.screenshot({ path: 'var/screens/rating-reasons-1080x1920.png' });
  await kiosk.getByTestId('reasons-next').click();
  // "Other" needs the words.
  await expect(kiosk.getByTestId('comment-next')).toBeDisabled();
  // Pinyin: each syllable's first candidate taken with the space bar.
  for (const syllable of ['hen', 'man']) {
    await keys(kiosk, syllable);
    await kiosk.getByTestId('key-space').click();
  }
  await expect(kiosk.getByTestId('rating-comment-field')).toHaveText(/^[\u4e00-\u9fff]{2}$/);
  const comment = (await kiosk.getByTestId('rating-comment-field').textContent())!.trim();
  await kiosk.screenshot({ path: 'var/screens/rating-comment-1080x1920.png' });
  await kiosk.getByTestId('comment-next').click();
  // How many digits are missing is said; a wrong number is named; a right one is taken.
  await keys(kiosk, '139');
  await expect(kiosk.getByTestId('phone-short')).toHaveText('还差 8 位');
  await expect(kiosk.getByTestId('phone-use')).toBeDisabled();
  await kiosk.getByTestId('key-clear').click();
  await keys(kiosk, '12345678901');
  await expect(kiosk.getByTestId('phone-bad')).toBeVisible();
  await expect(kiosk.getByTestId('phone-use')).toBeDisabled();
  await kiosk.getByTestId('key-clear').click();
  await keys(kiosk, '13905891234');
  await expect(kiosk.getByTestId('phone-bad')).toHaveCount(0);
  await kiosk.screenshot({ path: 'var/screens/rating-phone-1080x1920.png' });
  await kiosk.getByTestId('phone-use').click();
  await expect(kiosk.getByTestId('confirm-level')).toHaveText('非常不满意');
  await expect(kiosk.getByTestId('confirm-reasons')).toHaveText('办理时间长、效率低、其他原因');
  await expect(kiosk.getByTestId('confirm-comment')).toHaveText(comment);
  await expect(kiosk.getByTestId('confirm-phone')).toHaveText('13905891234');
  await kiosk.screenshot({ path: 'var/screens/rating-confirm-1080x1920.png' });
  await kiosk.getByTestId('rating-submit').click();
  await expect(kiosk.getByTestId('rating-thanks')).toHaveAttribute('data-sent', 'true');
  await expect(kiosk.getByTestId('rating-follow-up')).toContainText('5 个工作日内');
  await expect(kiosk.getByTestId('rating-follow-up')).toContainText('回访您');
  await kiosk.screenshot({ path: 'var/screens/rating-thanks-bad-1080x1920.png' });
  // The phone is personal data: never in the terminal's logs.
  expect(terminal.output()).not.toContain('13905891234');
});

test('the card lifted in the middle of rating: its case leaves the screen', async () => {
  await home();
  await insert('zhangWei');
  await kiosk.getByTestId('entry-rate').click();
  await kiosk.getByTestId(`rate-${ownInReview.caseNumber}`).click();
  await kiosk.getByTestId('level-dissatisfied').click();
  await kiosk.getByTestId('reason-attitude').click();
  await removeCard();
  await expect(kiosk.getByTestId('cases-card-gone')).toBeVisible();
  await expect(kiosk.getByText(ownInReview.itemName)).toHaveCount(0);
  await kiosk.getByTestId('nav-back').click();
  await expect(kiosk.getByTestId('cases-card-gone')).toBeVisible();
  await kiosk.getByTestId('cases-again').click();
  await expect(kiosk.getByTestId('screen-cases.find')).toBeVisible();
  await expect(kiosk.getByTestId('frame-cases-find')).toContainText('评价办件');
});

test('an idle timeout in the middle of rating wipes what was chosen and typed', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await findByNumber(page, idleCase);
  await page.getByTestId('level-dissatisfied').click();
  await page.getByTestId('reason-attitude').click();
  await page.getByTestId('reasons-next').click();
  await keys(page, 'abc');
  await expect(page.getByTestId('rating-comment-field')).toContainText(/a|b|c|[\u4e00-\u9fff]/);
  await idleOut(page);
  // Found again: nothing chosen, nothing typed.
  await findByNumber(page, idleCase);
  await page.getByTestId('level-dissatisfied').click();
  await expect(page.getByTestId('reason-attitude')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('reason-slow').click();
  await page.getByTestId('reasons-next').click();
  // The empty field shows only its placeholder.
  await expect(page.getByTestId('rating-comment-field')).toHaveText('用拼音输入，例如：等了很久');
  await page.close();
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  test.setTimeout(300_000);
  let n = 0;
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    const c = shotCases[n++ % shotCases.length]!;
    await page.getByTestId('entry-rate').click();
    await shot('rating-find');
    await page.getByTestId('nav-back').click();
    await findByNumber(page, c);
    await expect(page.getByTestId('rating-levels')).toBeVisible();
    await shot('rating-levels');
    await page.getByTestId('level-dissatisfied').click();
    await page.getByTestId('reason-attitude').click();
    await page.getByTestId('reason-repeatedVisits').click();
    await shot('rating-reasons');
    await page.getByTestId('reasons-next').click();
    await shot('rating-comment');
    await page.getByTestId('comment-next').click();
    await keys(page, '1390589');
    await shot('rating-phone');
    await page.getByTestId('phone-skip').click();
    await shot('rating-confirm');
    await page.getByTestId('rating-submit').click();
    await expect(page.getByTestId('rating-thanks')).toBeVisible();
    await shot('rating-thanks');
    await page.getByTestId('rating-done').click();
  });
});

test('with the platform down the rating is kept on the kiosk, and delivered once when it is back', async ({ browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'rating-e2e-'));
  const dbPath = join(dir, 'platform.db');
  const seed = (p: Parameters<typeof seedReferencePlatform>[0]) => seedReferencePlatform(p, DAY);
  let platform = await startPlatform({ clock: systemClock, version: 'e2e', dbPath, seed });
  const port = Number(new URL(platform.url).port);
  const offline = await startTerminal(await enrolledConfig(platform, { devices: [...devices] }));
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(offline.url);
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
    await findByNumber(page, badCase);
    await page.getByTestId('level-dissatisfied').click();
    await page.getByTestId('reason-notToldAtOnce').click();
    await page.getByTestId('reasons-next').click();
    await page.getByTestId('comment-next').click();
    await keys(page, '13905891234');
    await page.getByTestId('phone-use').click();
    await platform.close();
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
    await page.getByTestId('rating-submit').click();
    await expect(page.getByTestId('rating-thanks')).toHaveAttribute('data-sent', 'false');
    await expect(page.getByTestId('rating-kept')).toContainText('评价已保存在本机');
    await page.screenshot({ path: 'var/screens/rating-kept-offline-1080x1920.png' });
    // The platform comes back on the same address with the same records: the outbox delivers it, once.
    platform = await startPlatform({ clock: systemClock, version: 'e2e', dbPath, seed, port });
    await expect.poll(async () => (await platform.platform.records.evaluations()).length, { timeout: 20_000 }).toBe(1);
    const [got] = await platform.platform.records.evaluations();
    expect(got!.evaluation).toMatchObject({
      caseNumber: badCase.caseNumber,
      stage: 'finish',
      level: 'dissatisfied',
      reasons: ['notToldAtOnce'],
      channel: 'hallTablet',
      followUpPhone: '13905891234',
      ...acceptedByOf(badCase),
    });
    expect(await platform.platform.records.followUpsDue()).toEqual([expect.objectContaining({ target: `case:${badCase.caseNumber}`, phone: '13905891234' })]);
    // Nothing more arrives (the outbox is empty, so no second delivery), and a second rating of it is refused.
    await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
    await page.getByTestId('rating-done').click();
    await findByNumber(page, badCase);
    await expect(page.getByTestId('problem')).toHaveAttribute('data-code', 'evaluation.duplicate');
    expect(await platform.platform.records.evaluations()).toHaveLength(1);
    await page.close();
  } finally {
    await offline.stop();
    await platform.close().catch(() => {});
  }
});
