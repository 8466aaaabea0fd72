// Taking a guide away, through the browser host in Chromium: the QR read back with zbarimg, the A4
// PDF read back with poppler, a printer out of paper, a ticket for the guide's business, and halls
// with fewer printers (the checklist slip where there is no A4 printer, only the QR where there is
// no printer at all).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { call, GUIDE_URL, ITEM_NAME, itemId, openFind, openGuide, startGuideTerminal, type, type GuideTerminal } from './guide-rig.ts';

// The kiosk's own portrait screen; the landscape one is looked at in the screenshots.
test.use({ viewport: { width: 1080, height: 1920 } });

let g: GuideTerminal;
test.beforeAll(async () => {
  g = await startGuideTerminal();
});
test.afterAll(async () => {
  await g?.stop();
});

test('the guide QR on the take-away screen decodes to the configured URL', async ({ page }) => {
  const id = await itemId(g.rpc, ITEM_NAME);
  const item = await call(g.rpc, 'catalogue.getItem', { id });
  await openGuide(page, g, ITEM_NAME);
  await page.getByTestId('guide-take-away').click();
  await expect(page.getByTestId('take-away')).toHaveAttribute('data-print', 'a4,slip');
  const expected = GUIDE_URL.replace('{catalogCode}', item.catalogCode).replace('{itemId}', id);
  await expect(page.getByTestId('guide-url')).toHaveText(expected);
  const dir = mkdtempSync(join(tmpdir(), 'guide-qr-'));
  try {
    const png = join(dir, 'qr.png');
    writeFileSync(png, await page.locator('.guide-take-qr svg.qr').screenshot());
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', png], { encoding: 'utf8' }).trim();
    expect(decoded).toBe(expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the A4 guide carries the item name and every material (PDF read back with poppler)', async ({ page }) => {
  const id = await itemId(g.rpc, ITEM_NAME);
  const item = await call(g.rpc, 'catalogue.getItem', { id });
  const before = g.cups.jobs().length;
  await openGuide(page, g, ITEM_NAME);
  await page.getByTestId('guide-take-away').click();
  await page.getByTestId('print-a4').click();
  await expect(page.getByTestId('guide-printed')).toHaveAttribute('data-to', 'a4');
  const jobs = g.cups.jobs();
  expect(jobs.length).toBe(before + 1);
  const pdf = jobs.at(-1)!.pdf;
  const dir = mkdtempSync(join(tmpdir(), 'guide-pdf-'));
  try {
    const file = join(dir, 'guide.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '50', '-png', file, join(dir, 'page')]);
    const firstPage = readFileSync(join(dir, pdfPageName(dir)));
    expect(firstPage.subarray(1, 4).toString()).toBe('PNG');
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(item.name);
    for (const m of item.materials) expect(text).toContain(m.name.replace(/\s+/g, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function pdfPageName(dir: string): string {
  const out = execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').find((f) => f.startsWith('page') && f.endsWith('.png'));
  if (!out) throw new Error('pdftoppm rendered no page');
  return out;
}

test('an A4 printer out of paper says so in clear words, and the QR stays', async ({ page }) => {
  g.cups.setAlerts(['media-empty-error']);
  try {
    await openGuide(page, g, ITEM_NAME);
    await page.getByTestId('guide-take-away').click();
    await page.getByTestId('print-a4').click();
    await expect(page.getByTestId('problem')).toHaveAttribute('data-code', 'printer.paperOut');
    await expect(page.getByTestId('problem')).toContainText('打印机没有纸了');
    await page.screenshot({ path: 'var/screens/guide-paper-out-1080x1920.png' });
    await page.getByTestId('problem-ok').click();
    await expect(page.locator('.guide-take-qr svg.qr')).toBeVisible();
    await expect(page.getByTestId('guide-printed')).toHaveCount(0);
  } finally {
    g.cups.setAlerts([]);
  }
});

test('from the guide, a ticket for its business (a real-name business asks for the ID card first)', async ({ page }) => {
  const categories = (await call(g.rpc, 'queue.listCategories', {})).categories;
  const departments = await call(g.rpc, 'catalogue.listDepartments', {});
  const categoryOf = (deptName: string) => categories.find((c) => c.deptNames.includes(deptName))!;
  // 居民身份证换领: its business is taken by real name, so without a card it says so.
  const id = await itemId(g.rpc, ITEM_NAME);
  const police = categoryOf((await call(g.rpc, 'catalogue.getItem', { id })).deptName);
  expect(police.realNameRequired).toBe(true);
  await openGuide(page, g, ITEM_NAME);
  await expect(page.getByTestId('guide-ticket')).toContainText(police.name);
  await expect(page.getByTestId('guide-ticket-real-name')).toBeVisible();
  await page.getByTestId('guide-ticket').click();
  await expect(page.getByTestId('problem')).toHaveAttribute('data-code', 'queue.realNameRequired');
  await page.getByTestId('problem-ok').click();

  // An item of a department whose business needs no card: the ticket is taken from the guide.
  const dept = departments.find((d) => !categoryOf(d.name).realNameRequired)!;
  const listing = (await call(g.rpc, 'catalogue.browse', { deptCode: dept.code })).items[0]!;
  const category = categoryOf(dept.name);
  await page.getByTestId('nav-home').click();
  await page.getByTestId('entry-guide').click();
  await page.getByTestId('browse-departments').click();
  await page.getByTestId(`dept-${dept.code}`).click();
  await page.getByTestId(`item-${listing.id}`).click();
  await expect(page.getByTestId('guide-ticket-real-name')).toHaveCount(0);
  await page.getByTestId('guide-ticket').click();
  await expect(page.getByTestId('ticket-screen')).toContainText(category.name);
  await expect(page.getByTestId('ticket-number')).toHaveText(new RegExp(`^${category.prefix}\\d{3}$`));
});

// --- halls with fewer printers ------------------------------------------------------------------

async function takeAwayOn(browser: Browser, t: TerminalProcess): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await openFind(page, t.url);
  await type(page, 'sfz');
  await page.locator('[data-testid^="item-"]').first().click();
  await page.getByTestId('guide-take-away').click();
  await expect(page.getByTestId('take-away')).toBeVisible();
  return page;
}

test('no A4 printer: the checklist slip is offered and prints on the ticket printer', async ({ browser }) => {
  const t = await startTerminal(
    testConfig({
      catalogue: { guideUrl: GUIDE_URL },
      devices: [{ id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } }],
    }),
  );
  try {
    const page = await takeAwayOn(browser, t);
    await expect(page.getByTestId('take-away')).toHaveAttribute('data-print', 'slip');
    await expect(page.getByTestId('slip-note')).toBeVisible();
    await expect(page.getByTestId('print-a4')).toHaveCount(0);
    await page.getByTestId('print-slip').click();
    await expect(page.getByTestId('guide-printed')).toHaveAttribute('data-to', 'slip');
    await page.screenshot({ path: 'var/screens/guide-take-away-slip-1080x1920.png' });
    await page.close();
  } finally {
    await t.stop();
  }
});

test('no printer at all: only the QR is offered', async ({ browser }) => {
  const t = await startTerminal(testConfig({ catalogue: { guideUrl: GUIDE_URL }, devices: [] }));
  try {
    const page = await takeAwayOn(browser, t);
    await expect(page.getByTestId('take-away')).toHaveAttribute('data-print', '');
    await expect(page.getByTestId('no-printer')).toBeVisible();
    await expect(page.locator('[data-testid^="print-"]')).toHaveCount(0);
    await expect(page.locator('.guide-take-qr svg.qr')).toBeVisible();
    await page.close();
  } finally {
    await t.stop();
  }
});

