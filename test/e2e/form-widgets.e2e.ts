// The form inputs on the developer page (`/dev?view=widgets`, a kiosk frame with the kiosk's theme at
// the configured screen width), in Chromium through the browser host: the date stepped within its month
// and its bound, the region picked 北京市/市辖区/东城区 with the detail typed in pinyin, a signature drawn
// with the mouse kept as strokes and an empty or one-dot signature refused, each at 1080x1920 and
// 1920x1080; every button a real touch target; screenshots of each input in Chinese and English,
// standard and large text with high contrast, in var/screens/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { repoRoot, startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';

/** A portrait screen 1080 px and 268 mm wide (a 21.5-inch panel), and the same panel turned. */
const screens = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, widthMm: 268 },
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, widthMm: 476 },
] as const;
type Screen = (typeof screens)[number];

/** The business date the view is given, so bounds do not move with the day the test runs. */
const TODAY = '2026-12-07';

const terminals = new Map<string, TerminalProcess>();
test.beforeAll(async () => {
  for (const s of screens) terminals.set(s.name, await startTerminal(testConfig({ ui: { idleTimeoutSeconds: 600, screenWidthMm: s.widthMm } })));
});
test.afterAll(async () => {
  for (const t of terminals.values()) await t.stop();
});

async function openWidgets(page: Page, screen: Screen, query = '') {
  const t = terminals.get(screen.name)!;
  await page.setViewportSize(screen.viewport);
  await page.goto(`${t.origin}/dev?view=widgets&today=${TODAY}${query ? `&${query}` : ''}#token=${t.token}`);
  await expect(page.getByTestId('widgets-view')).toHaveAttribute('data-today', TODAY);
}

const values = async (page: Page): Promise<Record<string, unknown>> => JSON.parse((await page.getByTestId('widgets-values').textContent()) ?? '{}') as Record<string, unknown>;

for (const screen of screens) {
  test.describe(screen.name, () => {
    test('date: stepped a part at a time, the day held in its month, the bound of today kept', async ({ page }) => {
      await openWidgets(page, screen, 'only=birthDate');
      const f = 'field-birthDate';
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '');
      // notFuture: from today nothing later can be reached; ten years back can.
      await expect(page.getByTestId(`${f}-day-more-1`)).toBeDisabled();
      await expect(page.getByTestId(`${f}-year-more-1`)).toBeDisabled();
      await page.getByTestId(`${f}-year-less-10`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '2016-12-07');
      await page.getByTestId(`${f}-year-less-10`).click();
      await page.getByTestId(`${f}-year-less-1`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '2005-12-07');
      await page.getByTestId(`${f}-year-more-10`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '2015-12-07');
      await page.getByTestId(`${f}-year-more-10`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '2025-12-07');
      await expect(page.getByTestId(`${f}-year-more-10`)).toBeDisabled();
      await expect(page.getByTestId(`${f}-year-more-1`)).toBeEnabled();
      await page.getByTestId(`${f}-year-less-10`).click();
      expect((await values(page))['birthDate']).toBe('2015-12-07');

      // Eight digits on the digit pad: 31 March, then a month on is 30 April.
      await page.getByTestId(`${f}-way`).click();
      await page.getByTestId('key-clear').click();
      for (const d of '19580331') await page.getByTestId(`key-${d}`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '1958-03-31');
      await page.getByTestId(`${f}-way`).click();
      await page.getByTestId(`${f}-month-more-1`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '1958-04-30');
      await page.getByTestId(`${f}-day-more-1`).click();
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '1958-04-01');

      // A typed day after today is refused in words, and the field holds no date.
      await page.getByTestId(`${f}-way`).click();
      await page.getByTestId('key-clear').click();
      for (const d of '20261208') await page.getByTestId(`key-${d}`).click();
      await expect(page.getByTestId(`${f}-typed-problem`)).toHaveAttribute('data-why', 'inFuture');
      await expect(page.getByTestId(`${f}-value`)).toHaveAttribute('data-value', '');
      expect((await values(page))['birthDate']).toBeUndefined();
      await page.getByTestId('widgets-check').click();
      await expect(page.getByTestId(`${f}-error`)).toContainText('出生日期');

      // notPast: nothing before today.
      await openWidgets(page, screen, 'only=startDate');
      await expect(page.getByTestId('field-startDate-day-less-1')).toBeDisabled();
      await page.getByTestId('field-startDate-year-more-1').click();
      await expect(page.getByTestId('field-startDate-value')).toHaveAttribute('data-value', '2027-12-07');
      await expectTouchTargets(page, { screenWidthMm: screen.widthMm });
    });

    test('address: every region name in the picker keeps to one line (新疆维吾尔自治区, 克孜勒苏柯尔克孜自治州), in both looks', async ({ page }) => {
      const f = 'field-address';
      const lines = async () =>
        page.getByTestId(`${f}-picker`).locator('button span').evaluateAll((spans) => spans.map((s) => ({ name: s.textContent, lines: s.getClientRects().length })));
      for (const query of ['only=address', 'only=address&text=large&contrast=high']) {
        await openWidgets(page, screen, query);
        await page.getByTestId(`${f}-pick`).click();
        const provinces = await lines();
        expect(provinces.length).toBe(34);
        expect(provinces.filter((p) => p.lines !== 1)).toEqual([]);
        await page.getByTestId(`${f}-picker`).screenshot({ path: join(repoRoot, 'var', 'screens', `form-widgets-provinces-${screen.name}${query.includes('large') ? '-large' : ''}.png`) });
        await page.getByTestId(`${f}-picker`).getByRole('button', { name: '新疆维吾尔自治区', exact: true }).click();
        const cities = await lines();
        expect(cities.map((c) => c.name)).toContain('克孜勒苏柯尔克孜自治州');
        expect(cities.filter((c) => c.lines !== 1)).toEqual([]);
      }
    });

    test('address: 北京市 / 市辖区 / 东城区 picked, the detail typed in pinyin', async ({ page }) => {
      await openWidgets(page, screen, 'only=address');
      const f = 'field-address';
      await expect(page.getByTestId(`${f}-region`)).toHaveAttribute('data-code', '');
      await page.getByTestId(`${f}-pick`).click();
      await expect(page.getByTestId(`${f}-picker`)).toHaveAttribute('data-level', 'province');
      await page.getByTestId(`${f}-picker`).getByRole('button', { name: '北京市', exact: true }).click();
      await expect(page.getByTestId(`${f}-picker`)).toHaveAttribute('data-level', 'city');
      await page.getByTestId(`${f}-picker`).getByRole('button', { name: '市辖区', exact: true }).click();
      await expect(page.getByTestId(`${f}-picker`)).toHaveAttribute('data-level', 'county');
      await expectTouchTargets(page, { screenWidthMm: screen.widthMm });
      await page.getByTestId(`${f}-picker`).getByRole('button', { name: '东城区', exact: true }).click();
      await expect(page.getByTestId(`${f}-picker`)).toBeHidden();
      await expect(page.getByTestId(`${f}-region`)).toHaveAttribute('data-code', '110101');
      await expect(page.getByTestId(`${f}-region`)).toHaveText('北京市东城区');

      // The only text field of the page: its keyboard is open already.
      await page.getByTestId('key-4').click();
      for (const k of 'hao') await page.getByTestId(`key-${k}`).click();
      await page.getByTestId('candidate-号').click();
      await expect(page.getByTestId(`${f}-detail-field`)).toHaveText('4号');
      expect((await values(page))['address']).toEqual({ regionCode: '110101', regionName: '北京市东城区', detail: '4号' });
      await page.getByTestId('widgets-check').click();
      await expect(page.getByTestId('widgets-problems')).toHaveText('no problems');
    });

    test('signature: drawn with the mouse it is kept as strokes; empty and a dot are refused', async ({ page }) => {
      await openWidgets(page, screen, 'only=signature');
      const f = 'field-signature';
      await page.getByTestId('widgets-check').click();
      await expect(page.getByTestId(`${f}-error`)).toHaveText('还没有签名，请用手指在框内写下您的姓名');

      const pad = page.getByTestId(`${f}-pad`);
      const box = (await pad.boundingBox())!;
      // A dot: refused in words, no value.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page.getByTestId(`${f}-refused`)).toHaveAttribute('data-why', 'tooSmall');
      expect((await values(page))['signature']).toBeUndefined();
      await page.getByTestId(`${f}-clear`).click();
      await expect(pad).toHaveAttribute('data-strokes', '0');

      // Two strokes across the pad: a name.
      const at = (x: number, y: number) => [box.x + box.width * x, box.y + box.height * y] as const;
      await page.mouse.move(...at(0.1, 0.3));
      await page.mouse.down();
      for (const [x, y] of [[0.25, 0.8], [0.4, 0.2], [0.55, 0.8]] as const) await page.mouse.move(...at(x, y), { steps: 8 });
      await page.mouse.up();
      await page.mouse.move(...at(0.65, 0.5));
      await page.mouse.down();
      await page.mouse.move(...at(0.9, 0.5), { steps: 8 });
      await page.mouse.up();
      await expect(pad).toHaveAttribute('data-strokes', '2');
      await expect(page.getByTestId(`${f}-signed`)).toBeVisible();
      await expect(page.getByTestId(`${f}-refused`)).toBeHidden();
      const sig = (await values(page))['signature'] as { width: number; height: number; strokes: [number, number][][] };
      expect(sig.width).toBe(Math.round(box.width));
      expect(sig.height).toBe(Math.round(box.height));
      expect(sig.strokes).toHaveLength(2);
      expect(sig.strokes[0]!.length).toBeGreaterThan(10);
      const first = sig.strokes[0]![0]!;
      expect(first[0]).toBeCloseTo(box.width * 0.1, 0);
      expect(sig.strokes.flat().every(([x, y]) => x >= 0 && y >= 0 && x <= sig.width && y <= sig.height)).toBe(true);

      // Undo takes the last stroke; what is left (a zigzag) still stands.
      await page.getByTestId(`${f}-undo`).click();
      await expect(pad).toHaveAttribute('data-strokes', '1');
      expect(((await values(page))['signature'] as { strokes: unknown[] }).strokes).toHaveLength(1);
      await page.getByTestId('widgets-check').click();
      await expect(page.getByTestId(`${f}-error`)).toBeHidden();
      await expectTouchTargets(page, { screenWidthMm: screen.widthMm });
    });
  });
}

test('choices, a declaration and a text field: chosen by a tap, problems in words', async ({ page }) => {
  await openWidgets(page, screens[0]);
  await page.getByTestId('widgets-check').click();
  await expect(page.getByTestId('field-sex-error')).toHaveText('“性别”还没有选择，请点一项');
  await expect(page.getByTestId('field-promise-error')).toBeVisible();
  await page.getByTestId('field-sex-option-male').click();
  await page.getByTestId('field-sex-option-female').click();
  await expect(page.getByTestId('field-sex-option-female')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('field-sex-option-male')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('field-reasons-option-damaged').click();
  await page.getByTestId('field-reasons-option-expired').click();
  await page.getByTestId('field-promise-tick').click();
  await page.getByTestId('field-area-input-open').click();
  for (const k of '89.5') await page.getByTestId(`key-${k}`).click();
  await expect(page.getByTestId('key-.')).toBeDisabled(); // one point only
  await page.getByTestId('key-0').click();
  const v = await values(page);
  expect([v['sex'], v['reasons'], v['promise'], v['area']]).toEqual(['female', ['expired', 'damaged'], true, '89.50']);
  await expect(page.getByTestId('field-sex-error')).toBeHidden();
});

test('no serious accessibility problem (axe) with every input, its problem shown and the region picker open, in both looks', async ({ page }) => {
  for (const query of ['', 'locale=en&text=large&contrast=high']) {
    await openWidgets(page, screens[0], query);
    await page.getByTestId('widgets-check').click();
    await page.getByTestId('field-address-pick').click();
    await expect(page.getByTestId('field-address-picker')).toBeVisible();
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, describeViolations(serious)).toEqual([]);
  }
});

test('screenshots: each input in Chinese and English, standard and large text with high contrast', async ({ page }) => {
  const dir = join(repoRoot, 'var/screens');
  mkdirSync(dir, { recursive: true });
  for (const screen of screens)
    for (const locale of ['zh-CN', 'en'])
      for (const mode of ['standard', 'large-contrast']) {
        await openWidgets(page, screen, `locale=${locale}${mode === 'standard' ? '' : '&text=large&contrast=high'}`);
        await page.getByTestId('widgets-check').click();
        await page.getByTestId('field-address-pick').click();
        for (const id of ['name', 'birthDate', 'sex', 'reasons', 'address', 'promise', 'signature']) {
          const field = page.getByTestId(`field-${id}`);
          await field.scrollIntoViewIfNeeded();
          await field.screenshot({ path: join(dir, `form-widgets-${id}-${screen.name}-${locale}-${mode}.png`) });
        }
      }
});
