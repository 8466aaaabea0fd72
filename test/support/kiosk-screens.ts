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
      await tap(p, 'entry-progress');
      await p.getByTestId('case-number-field').waitFor();
      // A scanner's burst, dispatched inside the page as test/e2e/scanner-burst.ts does (this file has no DOM types).
      await p.evaluate(`for (const key of [...${JSON.stringify(c.caseNumber)}, 'Enter']) for (const type of ['keydown', 'keyup']) (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));`);
      await tap(p, 'case-number-next');
      for (const d of c.queryCode) await tap(p, `key-${d}`);
      await tap(p, 'query-code-submit');
    },
  },
  { name: 'complaints.kind', framed: true, back: true, reach: (p) => tap(p, 'entry-complain') },
  { name: 'complaints.text', framed: true, back: true, reach: (p) => complaintUpTo(p, 'text') },
  { name: 'complaints.contact', framed: true, back: true, reach: (p) => complaintUpTo(p, 'contact') },
  { name: 'complaints.case', framed: true, back: true, reach: (p) => complaintUpTo(p, 'case') },
  { name: 'complaints.review', framed: true, back: true, reach: (p) => complaintUpTo(p, 'review') },
  { name: 'complaints.done', framed: true, back: false, reach: (p) => complaintUpTo(p, 'done') },
];

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
