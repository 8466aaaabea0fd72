// 办事预约 at the kiosk, through the browser host in Chromium with the simulated card reader and ticket
// printer, against a reference platform run here with a clock the test moves (the terminal's own
// clock starts on Tuesday 2026-11-24 10:00): book Wednesday morning with the ID card, the slip printed
// (its QR read back with zbarimg: the booking code), then on Wednesday check that booking in on the
// check-in screen by its code — the same appointment. Failure paths: a second booking of the same day
// refused, a full half-day shown as full and a place taken under the citizen's feet (slot full), the
// card lifted before confirming, a wrong check digit, no paper (the code stays on screen and prints
// again), an idle timeout mid-flow wiping what was typed, and the platform down.
import { expect, test, type Page } from '@playwright/test';
import { weiXiuying, zhangWei } from '../../devices/idcard/test-identities.ts';
import type { Clock } from '../../domain/clock.ts';
import { withCheckDigit } from '../../domain/id-number.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { readQr } from '../support/qr-read.ts';
import type { TerminalProcess } from '../support/terminal-process.ts';
import { backHome, enrolledConfig, inEveryLook, insertCard, liftCard, startKiosk } from './kiosk-rig.ts';

const DAY = '2026-11-24';
const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';
const FRIDAY = '2026-11-27';
const devices = [
  { id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } },
  { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
] as const;

// The platform's clock: hall time Tuesday 10:00 when the test starts, moved to a later day to check in.
let offset = Date.parse(`${DAY}T10:00:00+08:00`) - Date.now();
const platformClock: Clock = { now: () => Date.now() + offset, setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
const setPlatformTime = (wall: string) => {
  offset = Date.parse(wall) - Date.now();
};

let platform: RunningPlatform;
let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  platform = await startPlatform({ clock: platformClock, version: 'e2e', seed: (p) => seedReferencePlatform(p, DAY) });
  ({ terminal, dev, kiosk } = await startKiosk(browser, await enrolledConfig(platform, { devices: [...devices] }, 2000), 'idcard-1'));
});
test.afterAll(async () => {
  await terminal?.stop();
  await platform?.close().catch(() => {});
});

/** A valid ID number of a made-up person (n: which one). */
const person = (n: number) => {
  const id = withCheckDigit(`11010519650303${String(500 + n).padStart(3, '0')}`);
  if (!id.ok) throw new Error(id.error.message);
  return id.value;
};
// The shared kiosk page sits on the last test's screen while a test on other pages runs: past the idle
// timeout (60 s of real time) its warning covers the screen, so it is answered first where it shows.
const home = (page: Page = kiosk) => backHome(page, ['idle-warning', 'problem-ok', 'booking-finish', 'nav-home', 'ticket-done']);
const tapKeys = async (page: Page, text: string) => {
  for (const ch of text) await page.getByTestId(`key-${ch}`).click();
};
const insert = (who: string) => insertCard(dev, who);
const removeCard = () => liftCard(dev);
/** From home to the half-day's "who" step. */
const chooseSlot = async (page: Page, date: string, half: 'am' | 'pm') => {
  await page.getByTestId('entry-book').click();
  await page.getByTestId('booking-business-general').click();
  await page.getByTestId(`booking-slot-${date}-${half}`).click();
  await expect(page.getByTestId('screen-booking.who')).toBeVisible();
};
/** From "who" with a typed number to the review. */
const typedToReview = async (page: Page, idNumber: string, phone = '13912345678') => {
  await tapKeys(page, idNumber);
  await page.getByTestId('booking-id-next').click();
  await tapKeys(page, phone);
  await page.getByTestId('booking-phone-next').click();
  await expect(page.getByTestId('screen-booking.review')).toBeVisible();
};

test('book Wednesday morning with the ID card: the slip with the code; on Wednesday the code checks in that very appointment', async () => {
  await home();
  await kiosk.getByTestId('entry-book').click();
  await expect(kiosk.getByTestId('booking-business-general')).toBeVisible();
  // Only businesses that take appointments: not the 绿色通道 desk nor 综合出件.
  await expect(kiosk.getByTestId('booking-business-green')).toHaveCount(0);
  await expect(kiosk.getByTestId('booking-business-collection')).toHaveCount(0);
  await kiosk.screenshot({ path: 'var/screens/booking-business-1080x1920.png' });
  await kiosk.getByTestId('booking-business-general').click();
  // Today only the afternoon is still to begin; Wednesday has both half-days, 20 places each.
  await expect(kiosk.getByTestId(`booking-slot-${DAY}-pm`)).toBeVisible();
  await expect(kiosk.getByTestId(`booking-slot-${DAY}-am`)).toHaveCount(0);
  await expect(kiosk.getByTestId(`booking-slot-${WEDNESDAY}-am`)).toContainText('20');
  await kiosk.screenshot({ path: 'var/screens/booking-slots-1080x1920.png' });
  await kiosk.getByTestId(`booking-slot-${WEDNESDAY}-am`).click();
  await insert('zhangWei');
  await expect(kiosk.getByTestId('booking-card')).toBeVisible();
  await kiosk.screenshot({ path: 'var/screens/booking-who-card-1080x1920.png' });
  await kiosk.getByTestId('booking-card-use').click();
  await tapKeys(kiosk, '13912345678');
  await kiosk.getByTestId('booking-phone-next').click();
  await expect(kiosk.getByTestId('booking-review')).toContainText('139****5678');
  await expect(kiosk.getByTestId('booking-review')).not.toContainText(zhangWei.idNumber);
  await kiosk.screenshot({ path: 'var/screens/booking-review-1080x1920.png' });
  await kiosk.getByTestId('booking-confirm').click();
  await expect(kiosk.getByTestId('booking-done')).toHaveAttribute('data-print', 'printed');
  const code = (await kiosk.getByTestId('booking-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4,20}$/);
  await kiosk.screenshot({ path: 'var/screens/booking-done-1080x1920.png' });
  // The slip the simulated printer printed: its QR is the booking code.
  await expect(dev.getByTestId('slip')).toBeVisible();
  const slip = await dev.getByTestId('slip').screenshot({ path: 'var/screens/booking-slip.png' });
  expect(readQr(slip)).toBe(code);
  const made = (await platform.platform.queue.listAppointments({ date: WEDNESDAY, categoryId: 'general' })).find((a) => a.code === code)!;
  expect(made).toMatchObject({ slot: { from: '08:30', to: '12:00' }, idTail6: zhangWei.idNumber.slice(-6), ticketId: null });
  await kiosk.getByTestId('booking-finish').click();
  await removeCard();

  // Wednesday 08:40: check in on the check-in screen with the code typed.
  setPlatformTime(`${WEDNESDAY}T08:40:00+08:00`);
  await kiosk.getByTestId('entry-checkIn').click();
  await kiosk.getByTestId('check-in-code-open').click();
  await tapKeys(kiosk, code.toLowerCase());
  await kiosk.getByTestId('check-in-code-submit').click();
  await expect(kiosk.getByTestId('ticket-screen')).toBeVisible();
  await expect(kiosk.getByTestId('ticket-screen')).toContainText('预约');
  const checkedIn = (await platform.platform.queue.listAppointments({ date: WEDNESDAY })).find((a) => a.code === code)!;
  expect(checkedIn.ticketId).not.toBeNull();
  const ticket = await platform.platform.queue.getTicket(checkedIn.ticketId!);
  expect(ticket.ok && ticket.value.appointmentCode).toBe(code);
  await kiosk.getByTestId('ticket-done').click();
  setPlatformTime(`${DAY}T10:05:00+08:00`);
});

test('a second booking of the same business on the same day is refused in plain words', async () => {
  await home();
  await chooseSlot(kiosk, WEDNESDAY, 'pm');
  await insert('zhangWei');
  await kiosk.getByTestId('booking-card-use').click();
  await tapKeys(kiosk, '13912345678');
  await kiosk.getByTestId('booking-phone-next').click();
  await kiosk.getByTestId('booking-confirm').click();
  await expect(kiosk.getByTestId('problem')).toHaveAttribute('data-code', 'queue.alreadyBooked');
  await expect(kiosk.getByTestId('problem')).toContainText('不能重复预约');
  await kiosk.getByTestId('problem-ok').click();
  await removeCard();
});

test('the card lifted before confirming: said so, and nothing is booked until it is back', async () => {
  await home();
  await chooseSlot(kiosk, THURSDAY, 'am');
  await insert('weiXiuying');
  await kiosk.getByTestId('booking-card-use').click();
  await tapKeys(kiosk, '13812345678');
  await kiosk.getByTestId('booking-phone-next').click();
  await expect(kiosk.getByTestId('booking-confirm')).toBeEnabled();
  await removeCard();
  await expect(kiosk.getByTestId('booking-card-gone')).toBeVisible();
  await expect(kiosk.getByTestId('booking-confirm')).toBeDisabled();
  await kiosk.screenshot({ path: 'var/screens/booking-card-gone-1080x1920.png' });
  await kiosk.getByTestId('booking-card-gone-again').click();
  await expect(kiosk.getByTestId('screen-booking.who')).toBeVisible();
  expect((await platform.platform.queue.listAppointments({ date: THURSDAY, categoryId: 'general' })).filter((a) => a.idTail6 === weiXiuying.idNumber.slice(-6))).toEqual([]);
});

test('a typed ID number with a wrong check digit is refused, saying what is wrong', async () => {
  await home();
  await chooseSlot(kiosk, THURSDAY, 'am');
  const good = person(1);
  const wrong = `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}`;
  await tapKeys(kiosk, wrong.slice(0, 17));
  await kiosk.getByTestId(`key-${wrong[17]}`).click();
  const field = (await kiosk.getByTestId('booking-id-field').textContent())!.replace(/\s/g, '');
  if (field.length === 18) {
    // The keyboard let the character in: the screen refuses the number when it is given.
    await kiosk.getByTestId('booking-id-next').click();
    await expect(kiosk.getByTestId('booking-id-wrong')).toContainText('校验码');
    await kiosk.screenshot({ path: 'var/screens/booking-id-wrong-1080x1920.png' });
  }
  // Either way it does not go on with a wrong number.
  await expect(kiosk.getByTestId('screen-booking.who')).toBeVisible();
});

test('a full half-day shows as full; a place taken meanwhile is refused as full', async () => {
  // Thursday afternoon filled by others.
  for (let i = 0; i < 20; i++) {
    const r = await platform.platform.queue.book({ categoryId: 'general', date: THURSDAY, half: 'pm', idNumber: person(100 + i), phone: '13700000000', channel: 'counter' });
    expect(r.ok).toBe(true);
  }
  await home();
  await kiosk.getByTestId('entry-book').click();
  await kiosk.getByTestId('booking-business-general').click();
  const full = kiosk.getByTestId(`booking-slot-${THURSDAY}-pm`);
  await expect(full).toBeDisabled();
  await expect(full).toContainText('已约满');
  await kiosk.screenshot({ path: 'var/screens/booking-slots-full-1080x1920.png' });
  // Friday morning: chosen with places left, then taken by others before the citizen confirms.
  await kiosk.getByTestId(`booking-slot-${FRIDAY}-am`).click();
  await typedToReview(kiosk, person(2));
  const free = await platform.platform.queue.appointmentSlots({ categoryId: 'general' });
  const left = free.ok ? free.value.days.find((d) => d.date === FRIDAY)!.halves.find((h) => h.half === 'am')!.free : 0;
  for (let i = 0; i < left; i++) await platform.platform.queue.book({ categoryId: 'general', date: FRIDAY, half: 'am', idNumber: person(200 + i), phone: '13700000000', channel: 'counter' });
  await kiosk.getByTestId('booking-confirm').click();
  await expect(kiosk.getByTestId('problem')).toHaveAttribute('data-code', 'queue.slotFull');
  await expect(kiosk.getByTestId('problem')).toContainText('另选一个时段');
  await kiosk.screenshot({ path: 'var/screens/booking-slot-full-1080x1920.png' });
});

test('no paper: the booking stands, the code stays on screen, and prints once the paper is back', async () => {
  await home();
  await dev.getByTestId('sim-printer-1-paper-out').click();
  try {
    await chooseSlot(kiosk, WEDNESDAY, 'pm');
    await typedToReview(kiosk, person(3));
    await kiosk.getByTestId('booking-confirm').click();
    await expect(kiosk.getByTestId('booking-done')).toHaveAttribute('data-print', 'failed');
    await expect(kiosk.getByTestId('booking-print')).toContainText('记下');
    await expect(kiosk.getByTestId('booking-code')).toBeVisible();
    await kiosk.screenshot({ path: 'var/screens/booking-no-paper-1080x1920.png' });
  } finally {
    await dev.getByTestId('sim-printer-1-paper-ok').click();
  }
  await kiosk.getByTestId('booking-print-again').click();
  await expect(kiosk.getByTestId('booking-done')).toHaveAttribute('data-print', 'printed');
  expect(readQr(await dev.getByTestId('slip').screenshot())).toBe((await kiosk.getByTestId('booking-code').textContent())!.trim());
});

test('an idle timeout in the middle of the booking wipes what was typed', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.clock.install();
  await page.goto(terminal.url);
  await chooseSlot(page, WEDNESDAY, 'pm');
  await tapKeys(page, '110105');
  await expect(page.getByTestId('booking-id-field')).toContainText('110105');
  await page.clock.fastForward(52_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.clock.fastForward(12_000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await chooseSlot(page, WEDNESDAY, 'pm');
  await expect(page.getByTestId('booking-id-field')).not.toContainText('110105');
  await page.close();
});

test('screens in both sizes, large text and high contrast, Chinese and English', async ({ browser }) => {
  await inEveryLook(browser, terminal.url, async (look) => {
    const { page } = look;
    const shot = (name: string) => look.shot(`booking-${name}`);
    await page.getByTestId('entry-book').click();
    await expect(page.getByTestId('booking-business-general')).toBeVisible();
    await shot('business');
    await page.getByTestId('booking-business-general').click();
    await expect(page.getByTestId(`booking-slot-${WEDNESDAY}-am`)).toBeVisible();
    await shot('slots');
    await page.getByTestId(`booking-slot-${FRIDAY}-pm`).click();
    await shot('who');
    await tapKeys(page, person(4));
    await page.getByTestId('booking-id-next').click();
    await tapKeys(page, '1391234');
    await shot('phone');
    await tapKeys(page, '5678');
    await page.getByTestId('booking-phone-next').click();
    await shot('review');
    await page.getByTestId('nav-home').click();
  });
});

test('with the platform down, booking says plainly that no place can be promised now', async () => {
  await home();
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await platform.close();
  await expect(kiosk.getByTestId('platform-status')).toHaveAttribute('data-state', 'offline');
  await kiosk.getByTestId('entry-book').click();
  await expect(kiosk.getByTestId('booking-offline')).toContainText('现在无法预约');
  await kiosk.screenshot({ path: 'var/screens/booking-offline-1080x1920.png' });
  await kiosk.getByTestId('booking-offline-home').click();
  await expect(kiosk.getByTestId('screen-home')).toBeVisible();
});
