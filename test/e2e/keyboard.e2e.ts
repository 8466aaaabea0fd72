// The kiosk's on-screen keyboard, in the keyboard lab of the developer page (a kiosk screen frame
// with the kiosk's theme at the configured screen width): pinyin to characters, the ID-number
// layout, a wedge scanner's burst into the open field, key sizes in real millimetres, keypad and
// USB keys, the idle timer, right to left; screenshots in var/screens/.
import { scanBurst } from './scanner-burst.ts';
import { expect, test, type Page } from '@playwright/test';
import { withCheckDigit } from '../../domain/id-number.ts';
import { sampleAppointments } from '../../platform/seed/index.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

const MIN_TARGET_MM = 12.7;

/** A portrait screen 1080 px and 268 mm wide (a 21.5-inch panel), and the same panel turned. */
const screens = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, widthMm: 268 },
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, widthMm: 476 },
] as const;

const terminals = new Map<string, TerminalProcess>();
test.beforeAll(async () => {
  for (const s of screens) terminals.set(s.name, await startTerminal(testConfig({ ui: { idleTimeoutSeconds: 60, screenWidthMm: s.widthMm } })));
});
test.afterAll(async () => {
  for (const t of terminals.values()) await t.stop();
});

async function openLab(page: Page, query: string, screen: (typeof screens)[number] = screens[0]) {
  const t = terminals.get(screen.name)!;
  await page.setViewportSize(screen.viewport);
  await page.goto(`${t.origin}/dev?view=keyboard&${query}#token=${t.token}`);
  await expect(page.getByTestId('keyboard-lab')).toBeVisible();
}

const field = (page: Page) => page.getByTestId('lab-input-field');
const tap = async (page: Page, keys: string) => {
  for (const k of keys) await page.getByTestId(`key-${k}`).click();
};

/** 17 digits whose check character is X, and 17 whose is a digit. */
function idNumbers(): { x: string; digit: string } {
  let x = '';
  let digit = '';
  for (let seq = 100; (!x || !digit) && seq < 999; seq++) {
    const n = withCheckDigit(`11010519491231${seq}`);
    if (!n.ok) continue;
    if (n.value.endsWith('X')) x ||= n.value;
    else digit ||= n.value;
  }
  return { x, digit };
}

test('pinyin: sfz brings 身份证 as a candidate, a tap puts it in the field; the dictionary loads only for a pinyin field', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(r.url()));
  await openLab(page, 'layout=digits');
  await tap(page, '12');
  await expect(field(page)).toHaveText('12');
  expect(chunks.some((u) => u.includes('pinyin-index'))).toBe(false);

  await openLab(page, 'layout=pinyin');
  await tap(page, 'sfz');
  await expect(page.getByTestId('lab-input-composition')).toHaveText('sfz');
  await expect(page.getByTestId('candidate-身份证')).toBeVisible();
  expect(chunks.some((u) => u.includes('pinyin-index'))).toBe(true);
  await page.getByTestId('candidate-身份证').click();
  await expect(field(page)).toHaveText('身份证');
  await expect(page.getByTestId('lab-input-composition')).toBeHidden();
  await expect(page.getByTestId('lab-input-candidates')).toBeHidden();

  // Character by character, with a page turn, and backspace in the composition then in the text.
  await tap(page, 'shen');
  const first = await page.getByTestId('lab-input-candidates').locator('.keyboard-candidate-list .btn').allTextContents();
  await page.getByTestId('candidates-next').click();
  const second = await page.getByTestId('lab-input-candidates').locator('.keyboard-candidate-list .btn').allTextContents();
  expect(second.length).toBeGreaterThan(0);
  expect(second.some((c) => first.includes(c))).toBe(false);
  await page.getByTestId('key-backspace').click();
  await expect(page.getByTestId('lab-input-composition')).toHaveText('she');
  await page.getByTestId('key-clear').click();
  await expect(field(page)).toContainText('请输入');

  // 中/英: English letters with caps.
  await page.getByTestId('key-language').click();
  await page.getByTestId('key-shift').click();
  await tap(page, 'ab');
  await page.getByTestId('key-shift').click();
  await tap(page, 'c');
  await expect(field(page)).toHaveText('ABc');
  expect(await page.getByTestId('lab-scans').getAttribute('data-count')).toBe('0');
});

test('ID number: X only as the 18th character, the check shown as it is typed', async ({ page }) => {
  const { x, digit } = idNumbers();
  await openLab(page, 'layout=idNumber');
  await tap(page, x.slice(0, 5));
  await expect(page.getByTestId('key-X')).toBeDisabled();
  await tap(page, x.slice(5, 17));
  await expect(page.getByTestId('lab-input-check')).toHaveAttribute('data-check', 'incomplete');
  await expect(page.getByTestId('key-X')).toBeEnabled();
  await tap(page, 'X');
  await expect(field(page)).toHaveText(`${x.slice(0, 6)} ${x.slice(6, 14)} ${x.slice(14)}`);
  await expect(page.getByTestId('lab-input-check')).toHaveAttribute('data-check', 'valid');
  // Full: no key types any more.
  await expect(page.getByTestId('key-1')).toBeDisabled();
  // A wrong last digit says so.
  await page.getByTestId('key-backspace').click();
  const wrong = digit.endsWith('1') ? '2' : '1';
  await tap(page, x.slice(17) === 'X' ? wrong : 'X');
  await expect(page.getByTestId('lab-input-check')).toHaveAttribute('data-check', 'invalid');
  await expect(page.getByTestId('lab-input-check')).toContainText('校验不通过');
});

test('a wedge scanner’s burst goes into the open field and checks nothing in; a USB keyboard types there too', async ({ page }) => {
  const booked = sampleAppointments('2026-11-24').find((a) => a.status === 'booked')!;
  const { digit } = idNumbers();
  await openLab(page, 'layout=idNumber');
  await scanBurst(page, digit);
  await expect(field(page)).toHaveText(`${digit.slice(0, 6)} ${digit.slice(6, 14)} ${digit.slice(14)}`);
  expect(await page.getByTestId('lab-scans').getAttribute('data-count')).toBe('0');

  await openLab(page, 'layout=letters');
  await scanBurst(page, booked.code);
  await expect(field(page)).toHaveText(booked.code);
  // A person at a USB keyboard: slow keys, and Backspace.
  await page.keyboard.type('ab', { delay: 120 });
  await page.keyboard.press('Backspace');
  await expect(field(page)).toHaveText(`${booked.code}a`);
  expect(await page.getByTestId('lab-scans').getAttribute('data-count')).toBe('0');

  // Pinyin from a USB keyboard composes like the on-screen keys.
  await openLab(page, 'layout=pinyin');
  await page.keyboard.type('gjj', { delay: 120 });
  await expect(page.getByTestId('candidate-公积金')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(field(page)).toHaveText('公积金');
});

test('two fields: the first is open, tapping the other opens it and its keyboard', async ({ page }) => {
  await openLab(page, 'layout=letters&second=1');
  await expect(page.getByTestId('lab-second-open')).toBeVisible();
  await expect(page.locator('.keyboard')).toHaveCount(1);
  await page.getByTestId('lab-second-open').click();
  await expect(page.getByTestId('lab-input-open')).toBeVisible();
  await tap(page, '7');
  await expect(page.getByTestId('lab-second-field')).toHaveText('7');
  await page.keyboard.type('4', { delay: 120 });
  await expect(page.getByTestId('lab-second-field')).toHaveText('74');
});

for (const screen of screens) {
  test(`every key is at least 12.7 mm on the ${screen.name} screen, in large text too`, async ({ page }) => {
    const pxPerMm = screen.viewport.width / screen.widthMm;
    for (const query of ['layout=pinyin', 'layout=letters&text=large', 'layout=digits', 'layout=idNumber&text=large&contrast=high']) {
      await openLab(page, query, screen);
      if (query.includes('pinyin')) await tap(page, 'sh');
      const keys = await page.locator('.keyboard .btn, .keyboard-candidates .btn').all();
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const box = (await key.boundingBox())!;
        expect(Math.min(box.width, box.height) / pxPerMm, `${query} ${await key.getAttribute('data-testid')}`).toBeGreaterThanOrEqual(MIN_TARGET_MM - 0.05);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
}

test('keypad: Tab reaches the keys and Enter presses them', async ({ page }) => {
  await openLab(page, 'layout=digits');
  await page.getByTestId('key-5').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('key-6')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page)).toHaveText('56');
});

test('typing on the keys and on a USB keyboard puts the idle deadline off', async ({ page }) => {
  await page.clock.install();
  await openLab(page, 'layout=letters');
  const deadline = async () => Number(await page.getByTestId('lab-idle').getAttribute('data-deadline'));
  const before = await deadline();
  await page.clock.fastForward(20_000);
  await tap(page, 'q');
  await expect.poll(deadline).toBeGreaterThanOrEqual(before + 20_000);
  const afterTap = await deadline();
  await page.clock.fastForward(20_000);
  await page.keyboard.press('w');
  await expect.poll(deadline).toBeGreaterThanOrEqual(afterTap + 20_000);
});

test('right to left: the frame follows the page, the keys keep their order', async ({ page }) => {
  await openLab(page, 'layout=letters&locale=ug-CN');
  const x = async (id: string) => (await page.getByTestId(id).boundingBox())!.x;
  expect(await x('key-q')).toBeLessThan(await x('key-w'));
  expect(await x('key-1')).toBeLessThan(await x('key-2'));
  // The frame mirrors: back on the right, home on the left.
  expect(await x('nav-back')).toBeGreaterThan(await x('nav-home'));
  await page.screenshot({ path: 'var/screens/keyboard-letters-ug-1080x1920.png' });
});

for (const screen of screens) {
  for (const [look, query] of [
    ['standard', ''],
    ['large-contrast', '&text=large&contrast=high'],
    ['en', '&locale=en'],
  ] as const) {
    test(`screenshots: ${screen.name}, ${look}`, async ({ page }) => {
      await openLab(page, `layout=pinyin${query}`, screen);
      await tap(page, 'shenfz');
      await expect(page.getByTestId('candidate-身份证')).toBeVisible();
      await page.screenshot({ path: `var/screens/keyboard-pinyin-${look}-${screen.viewport.width}x${screen.viewport.height}.png` });
      await openLab(page, `layout=idNumber${query}`, screen);
      await tap(page, '11010519491231');
      await page.screenshot({ path: `var/screens/keyboard-id-${look}-${screen.viewport.width}x${screen.viewport.height}.png` });
    });
  }
}
