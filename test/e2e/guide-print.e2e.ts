// The guide's form buttons, in Chromium through the browser host with a simulated A4 printer: a
// material with a blank form offers 打印空白表 and 打印样表 (forms.printBlank), the job is followed to
// done (the simulated printer's PDF is the form, its sample filled with the examples); a printer out of
// paper during the job is said in the printing words; a material without a form has no buttons; a
// kiosk without an A4 printer says so when asked. Portrait and landscape, touch targets; screenshots.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formRefOf } from '../../domain/form-refs.ts';
import { repoRoot, startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { expectTouchTargets } from '../support/touch-targets.ts';
import { call, connect, ITEM_NAME, itemId, openFind, type, type Rpc } from './guide-rig.ts';

let terminal: TerminalProcess;
let rpc: Rpc;
test.beforeAll(async () => {
  terminal = await startTerminal(
    testConfig({
      devices: [
        { id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } },
        { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'simulated' } },
      ],
    }),
  );
  rpc = await connect(terminal);
});
test.afterAll(async () => {
  rpc?.close();
  await terminal?.stop();
});

async function openItemGuide(page: Page) {
  await openFind(page, terminal.url);
  await type(page, 'sfz');
  await page.getByTestId(`item-${await itemId(rpc, ITEM_NAME)}`).click();
  await expect(page.getByTestId('guide')).toBeVisible();
}

/** The item's material with a blank form and a sample (the seed's 居民身份证申领登记表). */
async function formMaterial() {
  const item = await call(rpc, 'catalogue.getItem', { id: await itemId(rpc, ITEM_NAME) });
  const m = item.materials.find((x) => x.blankForm !== null && x.sample !== null);
  if (!m) throw new Error(`${ITEM_NAME} has no material with a form and a sample in the seed`);
  return { item, material: m, formId: formRefOf(m.blankForm!)!.formId, others: item.materials.filter((x) => x.blankForm === null).length };
}

const documentTitles = async () => (await call(rpc, 'dev.listDocuments', {})).map((d) => `${d.title}#${d.jobNumber}`);

for (const viewport of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`打印空白表 and 打印样表 print the form and follow the job to done (${viewport.width}x${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await call(rpc, 'dev.simulate', { deviceId: 'a4-1', action: 'condition:ready' });
    const { material, formId, others } = await formMaterial();
    await openItemGuide(page);
    const forms = page.getByTestId('guide-form');
    await expect(forms.first()).toBeVisible();
    const row = page.getByTestId('guide-material').filter({ has: page.getByTestId('material-name').getByText(material.name, { exact: true }) });
    const form = row.getByTestId('guide-form');
    await expect(form).toHaveAttribute('data-form', formId);
    // The other materials (no form) have no buttons.
    await expect(page.getByTestId('guide-material').filter({ hasNot: page.getByTestId('guide-form') })).toHaveCount(others);

    const before = await documentTitles();
    await form.getByTestId('guide-print-blank').click();
    await expect(form.getByTestId('guide-print-job')).toHaveAttribute('data-state', 'done');
    await expect(form.getByTestId('guide-print-job')).toContainText('打印好了');
    await expect(form.getByTestId('guide-print-job')).toHaveAttribute('data-sample', 'false');
    await form.getByTestId('guide-print-sample').click();
    await expect(form.getByTestId('guide-print-job')).toHaveAttribute('data-sample', 'true');
    await expect(form.getByTestId('guide-print-job')).toHaveAttribute('data-state', 'done');
    const after = await documentTitles();
    expect(after.filter((d) => !before.includes(d))).toHaveLength(2);

    await row.scrollIntoViewIfNeeded();
    await expectTouchTargets(page);
    await row.screenshot({ path: join(repoRoot, `var/screens/guide-print-${viewport.width}x${viewport.height}.png`) });
  });
}

test('paper running out while the form prints is said in the printing words; the buttons come back', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await call(rpc, 'dev.simulate', { deviceId: 'a4-1', action: 'condition:ready' });
  const { material } = await formMaterial();
  await openItemGuide(page);
  const form = page.getByTestId('guide-material').filter({ has: page.getByTestId('material-name').getByText(material.name, { exact: true }) }).getByTestId('guide-form');
  await form.getByTestId('guide-print-blank').click();
  await expect(form.getByTestId('guide-print-job')).toHaveAttribute('data-state', /queued|printing/);
  await expect(form.getByTestId('guide-print-blank')).toBeDisabled();
  await call(rpc, 'dev.simulate', { deviceId: 'a4-1', action: 'condition:paperOut' });
  await expect(form.getByTestId('guide-print-job')).toHaveAttribute('data-state', 'failed');
  await expect(form.getByTestId('guide-print-job')).toHaveText('打印机没有纸了，暂时无法打印，请找工作人员加纸');
  await expect(form.getByTestId('guide-print-blank')).toBeEnabled();
  await form.screenshot({ path: join(repoRoot, 'var/screens/guide-print-paper-out.png') });

  // Asked again with no paper: refused at once, in the same words, over the screen.
  await form.getByTestId('guide-print-blank').click();
  await expect(page.locator('#problem-text')).toContainText('打印机没有纸了');
  await call(rpc, 'dev.simulate', { deviceId: 'a4-1', action: 'condition:ready' });
});
