// The kiosk voice, through the browser host: what would be said is read from the page's `hall:spoken`
// events (every utterance handed to the speaker), whatever plays it in this headless Chromium (it has
// no Web Speech voice, so the espeak-ng clips when the build recorded them).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scanBurst } from './scanner-burst.ts';
import { repoRoot, startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

interface Spoken {
  lang: string;
  text: string;
  clips: string[];
}

let terminal: TerminalProcess;
test.beforeAll(async () => {
  terminal = await startTerminal(
    testConfig({ devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } }] }),
  );
});
test.afterAll(async () => {
  await terminal?.stop();
});

async function openKiosk(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __spoken: unknown[] };
    w.__spoken = [];
    window.addEventListener('hall:spoken', (e) => w.__spoken.push((e as CustomEvent).detail));
  });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(terminal.url);
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

/** What a hall says for a number, written out here on its own (not with the module under test). */
function expectedClips(number: string): string[] {
  return [...number].map((ch) => (/\d/.test(ch) ? `digit-${ch}` : `letter-${ch.toLowerCase()}`));
}
const ZH_DIGITS = '零一二三四五六七八九';

async function takeTicket(page: Page, category = 'general'): Promise<string> {
  await page.getByTestId('entry-ticket').click();
  await page.getByTestId(`category-${category}`).click();
  await expect(page.getByTestId('ticket-screen')).toBeVisible();
  return (await page.getByTestId('ticket-number').textContent())!;
}

test('the first touch of a visit is welcomed once; a ticket is announced letter then digit by digit, then "take your slip"', async ({ page }) => {
  await openKiosk(page);
  expect(await spoken(page)).toEqual([]);
  // A touch on the home's empty space: the welcome, once.
  await page.getByTestId('home').click({ position: { x: 5, y: 5 } });
  await expect.poll(() => spoken(page)).toHaveLength(1);
  expect((await spoken(page))[0]).toMatchObject({ lang: 'zh-CN', clips: ['welcome'], text: expect.stringContaining('欢迎') });

  const number = await takeTicket(page);
  expect(number).toMatch(/^A\d{3}$/);
  await expect(page.getByTestId('ticket-screen')).toHaveAttribute('data-print', 'printed');
  await expect.poll(async () => (await spoken(page)).length).toBe(2);
  const ticket = (await spoken(page))[1]!;
  expect(ticket.clips).toEqual(['yourNumber', ...expectedClips(number), 'numberSuffix', 'takeSlip']);
  const zh = `A${[...number.slice(1)].map((d) => ZH_DIGITS[Number(d)]).join('')}号`;
  expect(ticket.text).toBe(`您的号码是${zh}。请取走您的凭条`);

  // The visit ends: the next citizen's first touch is welcomed again.
  await page.getByTestId('ticket-done').click();
  await page.getByTestId('home').click({ position: { x: 5, y: 5 } });
  await expect.poll(async () => (await spoken(page)).map((s) => s.clips[0])).toEqual(['welcome', 'yourNumber', 'welcome']);
});

test('a failure is said in the words on the screen', async ({ page }) => {
  await openKiosk(page);
  await scanBurst(page, 'YY00000000'); // an appointment code the platform does not know
  const problem = page.getByTestId('problem');
  await expect(problem).toHaveAttribute('data-code', 'queue.appointmentNotFound');
  const words = (await problem.locator('p').textContent())!;
  await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ lang: 'zh-CN', text: words, clips: ['failure'] });
});

test('a failure on a Uyghur screen is said in Chinese words, as the Chinese voice can read them', async ({ page }) => {
  await openKiosk(page);
  await page.getByTestId('tile-language').click();
  await page.getByTestId('language-ug-CN').click();
  await scanBurst(page, 'YY00000000');
  await expect(page.getByTestId('problem')).toHaveAttribute('data-code', 'queue.appointmentNotFound');
  await expect.poll(async () => (await spoken(page)).at(-1)).toEqual({ lang: 'zh-CN', text: '没有找到该预约，请核对预约码', clips: ['failure'] });
});

test('the idle warning is said', async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await page.getByTestId('tile-accessibility').click();
  await page.clock.fastForward(52_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect.poll(async () => (await spoken(page)).at(-1)?.clips).toEqual(['idle']);
});

test('English is said in English; Uyghur screens are said in Chinese', async ({ page }) => {
  await openKiosk(page);
  await page.getByTestId('tile-language').click();
  await page.getByTestId('language-en').click();
  const number = await takeTicket(page);
  await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('en');
  const en = (await spoken(page)).at(-1)!;
  expect(en.clips).toEqual(['yourNumber', ...expectedClips(number), 'takeSlip']);
  expect(en.text).toMatch(/^Your number is A( (zero|one|two|three|four|five|six|seven|eight|nine)){3}\. Please take your slip$/);

  await page.getByTestId('nav-home').click();
  await page.getByTestId('tile-language').click();
  await page.getByTestId('language-ug-CN').click();
  await takeTicket(page);
  await expect.poll(async () => (await spoken(page)).at(-1)?.lang).toBe('zh-CN');
});

test('staff mute the voice on the developer page: nothing is said until they turn it back on', async ({ page, browser }) => {
  const dev = await browser.newPage();
  await dev.goto(terminal.devUrl!);
  await openKiosk(page);
  const toggle = dev.getByTestId('dev-voice');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('home').click({ position: { x: 5, y: 5 } });
  await takeTicket(page);
  await page.getByTestId('ticket-done').click();
  expect(await spoken(page)).toEqual([]);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // A new visit (the last ended with 完成): its first touch is welcomed, then the ticket is announced.
  await takeTicket(page);
  await expect.poll(async () => (await spoken(page)).map((s) => s.clips[0])).toEqual(['welcome', 'yourNumber']);
  await dev.close();
});

test('the recorded clips are served beside the page and the page may play them (CSP media-src)', async ({ page }) => {
  // Only a machine without espeak-ng builds no clips (.ci/run installs it): there, and only there, nothing to play.
  test.skip(spawnSync('espeak-ng', ['--version']).error !== undefined, 'espeak-ng is not installed, so the build recorded no clips');
  expect(existsSync(join(repoRoot, 'dist/renderer/voice/zh-CN/digit-0.wav')), 'espeak-ng is installed but the build recorded no clips').toBe(true);
  await openKiosk(page);
  const loaded = await page.evaluate(
    () =>
      new Promise<{ ok: boolean; duration: number }>((resolve) => {
        const a = new Audio('voice/zh-CN/digit-0.wav');
        a.addEventListener('loadedmetadata', () => resolve({ ok: true, duration: a.duration }));
        a.addEventListener('error', () => resolve({ ok: false, duration: 0 }));
      }),
  );
  expect(loaded.ok).toBe(true);
  expect(loaded.duration).toBeGreaterThan(0.1);
  expect(loaded.duration).toBeLessThan(1);
});
