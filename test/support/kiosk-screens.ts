// The kiosk's screens reachable today, and how a test reaches each from a fresh home screen: the
// accessibility and right-to-left e2e tests go through this list, so a new screen is checked by
// adding one entry (its name in kiosk/routes.ts, and the taps that open it).
import { expect, type Page } from '@playwright/test';

export interface KioskScreen {
  /** The route's name (renderer/src/kiosk/routes.ts): the page shows `screen-<name>`. */
  readonly name: string;
  /** Does it have the frame (back and home buttons)? Every screen but home does. */
  readonly framed: boolean;
  /** Has "back"? (The ticket screen has none: the ticket is taken.) */
  readonly back: boolean;
  /** The taps from home that open it; it is shown when this returns. */
  reach(page: Page): Promise<void>;
}

const tap = (page: Page, testId: string) => page.getByTestId(testId).click();

// (The burst is dispatched inside the page as test/e2e/scanner-burst.ts does: this file has no DOM types.)
/** From home through `entry`: the case number by a scanner's burst, then its query code, submitted. */
async function caseByNumber(p: Page, entry: string, c: { caseNumber: string; queryCode: string }): Promise<void> {
  await tap(p, entry);
  await p.getByTestId('case-number-field').waitFor();
  await p.evaluate(`for (const key of [...${JSON.stringify(c.caseNumber)}, 'Enter']) for (const type of ['keydown', 'keyup']) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));`);
  await tap(p, 'case-number-next');
  for (const d of c.queryCode) await tap(p, `key-${d}`);
  await tap(p, 'query-code-submit');
}

/** The services of the first life event (一事一导). */
async function firstThemeItems(p: Page): Promise<void> {
  await tap(p, 'entry-guide');
  await tap(p, 'browse-themes');
  await p.locator('[data-testid^="theme-"]').first().click();
}

/** The guide of the first service of the first life event. */
async function firstGuide(p: Page): Promise<void> {
  await firstThemeItems(p);
  await p.locator('[data-testid^="item-"]').first().click();
}

/** 办事预约 up to a step: the first business that takes appointments, its first half-day with places,
 *  an ID number typed (a new person each time, so a booking is never a second one of the same day),
 *  a mobile number. */
let bookingPerson = 0;
async function bookingUpTo(p: Page, step: 'slots' | 'who' | 'phone' | 'review' | 'done'): Promise<void> {
  await tap(p, 'entry-book');
  await tap(p, 'booking-business-general');
  if (step === 'slots') return;
  await p.locator('[data-testid^="booking-slot-"]:not([disabled])').first().click();
  if (step === 'who') return;
  const { withCheckDigit } = await import('../../domain/id-number.ts');
  const id = withCheckDigit(`11010519800101${String(100 + ((process.pid + ++bookingPerson) % 900))}`);
  if (!id.ok) throw new Error(id.error.message);
  for (const ch of id.value) await tap(p, `key-${ch}`);
  await tap(p, 'booking-id-next');
  if (step === 'phone') return;
  for (const ch of '13912345678') await tap(p, `key-${ch}`);
  await tap(p, 'booking-phone-next');
  if (step === 'review') return;
  await tap(p, 'booking-confirm');
}

/** The booking screens (办事预约), each reached through the ones before it. */
export const bookingScreens: readonly KioskScreen[] = [
  { name: 'booking.business', framed: true, back: true, reach: (p) => tap(p, 'entry-book') },
  { name: 'booking.slots', framed: true, back: true, reach: (p) => bookingUpTo(p, 'slots') },
  { name: 'booking.who', framed: true, back: true, reach: (p) => bookingUpTo(p, 'who') },
  { name: 'booking.phone', framed: true, back: true, reach: (p) => bookingUpTo(p, 'phone') },
  { name: 'booking.review', framed: true, back: true, reach: (p) => bookingUpTo(p, 'review') },
  { name: 'booking.done', framed: true, back: false, reach: (p) => bookingUpTo(p, 'done') },
];
/** 好差评 by number: a seeded case of the test day that is not the simulated card's (张伟's), found to rate. */
async function rateByNumber(p: Page, index = 0): Promise<void> {
  const { sampleCases } = await import('../../platform/seed/cases.ts');
  const { zhangWei } = await import('../../devices/idcard/test-identities.ts');
  const all = sampleCases('2026-11-24').filter((x) => x.applicant.idNumber !== zhangWei.idNumber);
  const c = all[index % all.length]!;
  await caseByNumber(p, 'entry-rate', c);
  await p.getByTestId('rating-levels').waitFor();
}

/** Each reach of the thanks screen rates another case (a case is rated once per stage). */
let rated = 0;

export const kioskScreens: readonly KioskScreen[] = [
  { name: 'home', framed: false, back: false, reach: async () => {} },
  { name: 'accessibility', framed: true, back: true, reach: (p) => tap(p, 'tile-accessibility') },
  { name: 'language', framed: true, back: true, reach: (p) => tap(p, 'tile-language') },
  {
    name: 'queue.tiles',
    framed: true,
    back: true,
    reach: async (p) => {
      await tap(p, 'entry-ticket');
      // The tiles come with the platform's answer.
      await expect(p.getByTestId('category-general')).toBeVisible();
    },
  },
  {
    name: 'queue.ticket',
    framed: true,
    back: false,
    reach: async (p) => {
      await tap(p, 'entry-ticket');
      await tap(p, 'category-general');
    },
  },
  { name: 'guide.find', framed: true, back: true, reach: (p) => tap(p, 'entry-guide') },
  { name: 'guide.items', framed: true, back: true, reach: (p) => firstThemeItems(p) },
  { name: 'guide.item', framed: true, back: true, reach: (p) => firstGuide(p) },
  {
    name: 'guide.takeAway',
    framed: true,
    back: true,
    reach: async (p) => {
      await firstGuide(p);
      await tap(p, 'guide-take-away');
    },
  },
  { name: 'checkIn', framed: true, back: true, reach: (p) => tap(p, 'entry-checkIn') },
  { name: 'cases.find', framed: true, back: true, reach: (p) => tap(p, 'entry-progress') },
  {
    name: 'cases.detail',
    framed: true,
    back: true,
    reach: async (p) => {
      // A seeded case of the test day (platform/seed/cases.ts), scanned into the field, then its query code.
      const { sampleCases } = await import('../../platform/seed/cases.ts');
      const c = sampleCases('2026-11-24').find((x) => x.status === 'ready' && x.delivery.method === 'window')!;
      await caseByNumber(p, 'entry-progress', c);
    },
  },
  // 便民缴费: a seeded case with an unpaid fee (platform/seed/fees.ts), by number and query code.
  { name: 'payment.fees', framed: true, back: true, reach: (p) => payByNumber(p) },
  {
    name: 'payment.pay',
    framed: true,
    back: true,
    reach: async (p) => {
      await payByNumber(p);
      await p.locator('[data-testid^="fee-pay-"]').first().click();
    },
  },
  { name: 'help', framed: true, back: true, reach: (p) => tap(p, 'entry-help') },
  ...bookingScreens,
  { name: 'rating.levels', framed: true, back: true, reach: (p) => rateByNumber(p) },
  {
    name: 'rating.reasons',
    framed: true,
    back: true,
    reach: async (p) => {
      await rateByNumber(p);
      await tap(p, 'level-dissatisfied');
    },
  },
  {
    name: 'rating.comment',
    framed: true,
    back: true,
    reach: async (p) => {
      await rateByNumber(p);
      await tap(p, 'level-veryDissatisfied');
      await tap(p, 'reason-slow');
      await tap(p, 'reasons-next');
    },
  },
  {
    name: 'rating.phone',
    framed: true,
    back: true,
    reach: async (p) => {
      await rateByNumber(p);
      await tap(p, 'level-dissatisfied');
      await tap(p, 'reason-attitude');
      await tap(p, 'reasons-next');
      await tap(p, 'comment-next');
    },
  },
  {
    name: 'rating.confirm',
    framed: true,
    back: true,
    reach: async (p) => {
      await rateByNumber(p);
      await tap(p, 'level-satisfied');
    },
  },
  {
    name: 'rating.thanks',
    framed: true,
    back: false,
    reach: async (p) => {
      await rateByNumber(p, ++rated);
      await tap(p, 'level-verySatisfied');
      await tap(p, 'rating-submit');
    },
  },
  { name: 'forms.list', framed: true, back: true, reach: (p) => tap(p, 'entry-forms') },
  { name: 'complaints.kind', framed: true, back: true, reach: (p) => tap(p, 'entry-complain') },
  { name: 'complaints.text', framed: true, back: true, reach: (p) => complaintUpTo(p, 'text') },
  { name: 'complaints.contact', framed: true, back: true, reach: (p) => complaintUpTo(p, 'contact') },
  { name: 'complaints.case', framed: true, back: true, reach: (p) => complaintUpTo(p, 'case') },
  { name: 'complaints.review', framed: true, back: true, reach: (p) => complaintUpTo(p, 'review') },
  { name: 'complaints.done', framed: true, back: false, reach: (p) => complaintUpTo(p, 'done') },
];

async function payByNumber(p: Page): Promise<void> {
  const { sampleCases } = await import('../../platform/seed/cases.ts');
  const { sampleFees } = await import('../../platform/seed/fees.ts');
  const owed = sampleFees('2026-11-24').find((f) => f.paidAt === null)!;
  const c = sampleCases('2026-11-24').find((x) => x.caseNumber === owed.caseNumber)!;
  await caseByNumber(p, 'entry-pay', c);
}

/** A suggestion through the complaints flow (咨询投诉建议) up to one of its screens; typed in English letters. */
async function complaintUpTo(p: Page, last: 'text' | 'contact' | 'case' | 'review' | 'done'): Promise<void> {
  await tap(p, 'entry-complain');
  await tap(p, 'complaint-kind-suggestion');
  if (last === 'text') return;
  await tap(p, 'key-language');
  for (const k of 'chairs') await tap(p, `key-${k}`);
  await tap(p, 'complaint-text-next');
  if (last === 'contact') return;
  await tap(p, 'complaint-contact-skip');
  if (last === 'case') return;
  await tap(p, 'complaint-case-skip');
  if (last === 'review') return;
  await tap(p, 'complaint-submit');
}

/** Opens `screen` from the home screen of `page` and waits until it shows. */
export async function openScreen(page: Page, screen: KioskScreen): Promise<void> {
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await screen.reach(page);
  await expect(page.getByTestId(`screen-${screen.name}`)).toBeVisible();
}
