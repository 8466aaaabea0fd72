// Finding a service and its guide, through the browser host in Chromium: search by pinyin initials,
// near spellings when nothing is found, browsing by life event and department, the guide's
// materials and fees exactly as the catalogue row says, taking it away (the QR read back with
// zbarimg, the A4 PDF read back with poppler, the checklist slip where there is no A4 printer, only
// the QR where there is no printer), a ticket for its business, the idle timeout wiping the typed
// text, and the failures: printer out of paper, no A4 printer, an item not in the cache.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { ServiceItem } from '../../domain/catalogue.ts';
import { RpcClient, type Events, type Methods } from '../../main/contract/index.ts';
import { connectWs } from '../../main/rpc/ws.ts';
import { createFakeCups, type FakeCups } from '../support/fake-cups.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';

const GUIDE_URL = 'https://zwfw.example.gov.cn/guide/{catalogCode}/{itemId}';
const ITEM_NAME = '居民身份证换领';
const MIN_TARGET_PX = (12.7 * 96) / 25.4 - 0.5;

// The kiosk's own portrait screen; the landscape one is looked at in the screenshots below.
test.use({ viewport: { width: 1080, height: 1920 } });

let terminal: TerminalProcess;
let cups: FakeCups;
let rpc: RpcClient<Methods, Events>;

async function connect(t: TerminalProcess): Promise<RpcClient<Methods, Events>> {
  const ws = await connectWs(`${t.origin.replace('http', 'ws')}/rpc?token=${t.token}`);
  if (ws instanceof Error) throw ws;
  const client = new RpcClient<Methods, Events>();
  client.attach(ws);
  return client;
}

async function call<M extends keyof Methods & string>(client: RpcClient<Methods, Events>, method: M, input: Parameters<RpcClient<Methods, Events>['call']>[1]) {
  const r = await client.call(method, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

test.beforeAll(async () => {
  cups = createFakeCups('HallA4');
  const path = process.env['PATH'];
  process.env['PATH'] = cups.path;
  try {
    terminal = await startTerminal(
      testConfig({
        catalogue: { guideUrl: GUIDE_URL },
        devices: [
          { id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } },
          { id: 'a4-1', kind: 'documentPrinter', label: 'A4 打印机', connection: { type: 'cups', printer: 'HallA4' } },
        ],
      }),
    );
  } finally {
    process.env['PATH'] = path;
  }
  rpc = await connect(terminal);
});
test.afterAll(async () => {
  rpc?.close();
  await terminal?.stop();
  cups?.remove();
});

async function openFind(page: Page, url = terminal.url) {
  await page.goto(url);
  await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('entry-guide').click();
  await expect(page.getByTestId('screen-guide.find')).toBeVisible();
}

async function type(page: Page, text: string) {
  for (const ch of text) await page.getByTestId(`key-${ch}`).click();
}

async function itemId(name: string): Promise<string> {
  const hits = (await call(rpc, 'catalogue.search', { query: name })).hits;
  const hit = hits.find((h) => h.name === name);
  if (!hit) throw new Error(`no seed item ${name}`);
  return hit.id;
}

async function openGuide(page: Page, name: string) {
  await openFind(page);
  await type(page, 'sfz');
  await page.getByTestId(`item-${await itemId(name)}`).click();
  await expect(page.getByTestId('guide')).toBeVisible();
}

/** Every button a real touch target, nothing spilling sideways. */
async function expectUsable(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const button of await page.getByRole('button').all()) {
    if (!(await button.isVisible())) continue;
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height), await button.innerText()).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  }
}

test('typing pinyin initials finds 居民身份证换领, with its department, visits and online handling', async ({ page }) => {
  await openFind(page);
  await type(page, 'sfz');
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  const results = page.getByTestId('guide-results');
  await expect(results).toHaveAttribute('data-query', 'sfz');
  const id = await itemId(ITEM_NAME);
  const row = page.getByTestId(`item-${id}`);
  await expect(row).toContainText(ITEM_NAME);
  const item = await call(rpc, 'catalogue.getItem', { id });
  await expect(row).toContainText(item.deptName);
  await expect(row.getByTestId('item-visits')).toHaveText(item.visitsRequired === 0 ? '不用跑' : `跑动 ${item.visitsRequired} 次`);
  await expect(row).toContainText(item.isOnline ? '可网上办' : '需到现场办');
  // Ranked as the contract ranks them.
  const expected = (await call(rpc, 'catalogue.search', { query: 'sfz', limit: 30 })).hits.map((h) => h.name);
  expect(await results.locator('.guide-item-name').allInnerTexts()).toEqual(expected);
  await expectUsable(page);
});

test('nothing found: near spellings that find something, and the life events', async ({ page }) => {
  await openFind(page);
  await type(page, 'sfzx');
  await expect(page.getByTestId('guide-none')).toContainText('sfzx');
  await expect(page.getByTestId('suggest-sfz')).toBeVisible();
  await expect(page.locator('[data-testid^="suggest-theme-"]').first()).toBeVisible();
  await page.getByTestId('suggest-sfz').click();
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  await expect(page.getByTestId(`item-${await itemId(ITEM_NAME)}`)).toBeVisible();
});

test('browsing by life event and by department, for people or for businesses', async ({ page }) => {
  const themes = await call(rpc, 'catalogue.listThemes', {});
  const personal = themes.filter((th) => th.audience === 'person');
  const business = themes.filter((th) => th.audience === 'enterprise');
  expect(personal.length).toBeGreaterThan(0);
  expect(business.length).toBeGreaterThan(0);
  await openFind(page);
  await page.getByTestId('audience-enterprise').click();
  await page.getByTestId('browse-themes').click();
  await expect(page.locator('[data-testid^="theme-"]')).toHaveCount(business.length);
  const theme = business[0]!;
  await page.getByTestId(`theme-${theme.code}`).click();
  const listed = await call(rpc, 'catalogue.browse', { themeId: theme.code, audience: 'enterprise' });
  await expect(page.getByTestId('guide-list')).toHaveAttribute('data-count', String(listed.items.length));
  expect(await page.getByTestId('guide-list').locator('.guide-item-name').allInnerTexts()).toEqual(listed.items.map((i) => i.name));

  await page.getByTestId('nav-back').click();
  await page.getByTestId('nav-back').click();
  await page.getByTestId('audience-all').click();
  await page.getByTestId('browse-departments').click();
  const departments = await call(rpc, 'catalogue.listDepartments', {});
  await expect(page.locator('[data-testid^="dept-"]')).toHaveCount(departments.length);
  const dept = departments[0]!;
  await page.getByTestId(`dept-${dept.code}`).click();
  await expect(page.getByTestId('frame-guide-items')).toContainText(dept.name);
  const byDept = await call(rpc, 'catalogue.browse', { deptCode: dept.code });
  await expect(page.getByTestId('guide-list')).toHaveAttribute('data-count', String(byDept.items.length));
});

test("a guide's materials and fees are exactly the catalogue row's", async ({ page }) => {
  const id = await itemId(ITEM_NAME);
  const item: ServiceItem = await call(rpc, 'catalogue.getItem', { id });
  expect(item.fees.length).toBeGreaterThan(0);
  await openGuide(page, ITEM_NAME);
  const materials = page.getByTestId('guide-material');
  await expect(materials).toHaveCount(item.materials.length);
  for (const [i, m] of item.materials.entries()) {
    const row = materials.nth(i);
    await expect(row.getByTestId('material-name')).toHaveText(m.name);
    await expect(row).toHaveAttribute('data-need', m.need);
    await expect(row).toHaveAttribute('data-shared', String(m.sharedExempt));
    if (m.format !== '2') {
      // A count of none is left out; any other is shown as it is.
      for (const [kind, n] of [['originals', m.originals], ['copies', m.copies]] as const) {
        await expect(row.getByTestId(`material-${kind}`)).toHaveCount(n > 0 ? 1 : 0);
        if (n > 0) await expect(row.getByTestId(`material-${kind}`)).toHaveAttribute('data-n', String(n));
      }
    }
    await expect(row.getByTestId('material-shared')).toHaveCount(m.sharedExempt ? 1 : 0);
  }
  const fees = page.getByTestId('guide-fee');
  await expect(fees).toHaveCount(item.fees.length);
  for (const [i, f] of item.fees.entries()) {
    const row = fees.nth(i);
    await expect(row.getByTestId('fee-name')).toHaveText(f.name);
    await expect(row.getByTestId('fee-amount')).toHaveAttribute('data-amount', String(f.amount));
    await expect(row.getByTestId('fee-amount')).toHaveAttribute('data-unit', f.unit);
    await expect(row.getByTestId('fee-basis')).toHaveAttribute('data-basis', f.basis);
    if (f.note !== null) await expect(row.getByTestId('fee-note')).toHaveText(f.note);
  }
  await expect(page.getByTestId('guide-address')).toHaveText(item.address);
  await expect(page.getByTestId('guide-hours')).toHaveText(item.hours);
  await expect(page.getByTestId('guide-consult')).toHaveText(item.consultPhone);
  if (item.onlineUrl !== null) await expect(page.getByTestId('guide-online-url')).toHaveText(item.onlineUrl);
});

test('a guide with materials the window gets by data sharing says they need not be brought', async ({ page }) => {
  // Any seed item with such a material, found through the contract.
  const depts = await call(rpc, 'catalogue.listDepartments', {});
  let found: ServiceItem | null = null;
  for (const d of depts) {
    for (const listing of (await call(rpc, 'catalogue.browse', { deptCode: d.code })).items) {
      const item: ServiceItem = await call(rpc, 'catalogue.getItem', { id: listing.id });
      if (item.materials.some((m) => m.sharedExempt)) found = item;
      if (found) break;
    }
    if (found) break;
  }
  expect(found).not.toBeNull();
  const item = found!;
  await openFind(page);
  const dept = depts.find((d) => d.name === item.deptName)!;
  await page.getByTestId('browse-departments').click();
  await page.getByTestId(`dept-${dept.code}`).click();
  await page.getByTestId(`item-${item.id}`).click();
  const shared = page.locator('[data-testid="guide-material"][data-shared="true"]');
  await expect(shared).toHaveCount(item.materials.filter((m) => m.sharedExempt).length);
  await expect(shared.first().getByTestId('material-shared')).toContainText('不用带');
});

test('the guide QR on the take-away screen decodes to the configured URL', async ({ page }) => {
  const id = await itemId(ITEM_NAME);
  const item = await call(rpc, 'catalogue.getItem', { id });
  await openGuide(page, ITEM_NAME);
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
  const id = await itemId(ITEM_NAME);
  const item = await call(rpc, 'catalogue.getItem', { id });
  const before = cups.jobs().length;
  await openGuide(page, ITEM_NAME);
  await page.getByTestId('guide-take-away').click();
  await page.getByTestId('print-a4').click();
  await expect(page.getByTestId('guide-printed')).toHaveAttribute('data-to', 'a4');
  const jobs = cups.jobs();
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
  cups.setAlerts(['media-empty-error']);
  try {
    await openGuide(page, ITEM_NAME);
    await page.getByTestId('guide-take-away').click();
    await page.getByTestId('print-a4').click();
    await expect(page.getByTestId('problem')).toHaveAttribute('data-code', 'printer.paperOut');
    await expect(page.getByTestId('problem')).toContainText('打印机没有纸了');
    await page.screenshot({ path: 'var/screens/guide-paper-out-1080x1920.png' });
    await page.getByTestId('problem-ok').click();
    await expect(page.locator('.guide-take-qr svg.qr')).toBeVisible();
    await expect(page.getByTestId('guide-printed')).toHaveCount(0);
  } finally {
    cups.setAlerts([]);
  }
});

test('from the guide, a ticket for its business (a real-name business asks for the ID card first)', async ({ page }) => {
  const categories = (await call(rpc, 'queue.listCategories', {})).categories;
  const departments = await call(rpc, 'catalogue.listDepartments', {});
  const categoryOf = (deptName: string) => categories.find((c) => c.deptNames.includes(deptName))!;
  // 居民身份证换领: its business is taken by real name, so without a card it says so.
  const id = await itemId(ITEM_NAME);
  const police = categoryOf((await call(rpc, 'catalogue.getItem', { id })).deptName);
  expect(police.realNameRequired).toBe(true);
  await openGuide(page, ITEM_NAME);
  await expect(page.getByTestId('guide-ticket')).toContainText(police.name);
  await expect(page.getByTestId('guide-ticket-real-name')).toBeVisible();
  await page.getByTestId('guide-ticket').click();
  await expect(page.getByTestId('problem')).toHaveAttribute('data-code', 'queue.realNameRequired');
  await page.getByTestId('problem-ok').click();

  // An item of a department whose business needs no card: the ticket is taken from the guide.
  const dept = departments.find((d) => !categoryOf(d.name).realNameRequired)!;
  const listing = (await call(rpc, 'catalogue.browse', { deptCode: dept.code })).items[0]!;
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

test('an item not in the cache: the contract says catalogue.notFound for the guide and its printing', async () => {
  for (const [method, input] of [
    ['catalogue.getItem', { id: 'no-such-item' }],
    ['catalogue.guideTakeAway', { id: 'no-such-item' }],
    ['catalogue.printGuide', { id: 'no-such-item', to: 'a4' }],
  ] as const) {
    const r = await rpc.call(method, input as never);
    expect(r.ok ? 'ok' : r.error.code, method).toBe('catalogue.notFound');
  }
  const bad = await rpc.call('catalogue.printGuide', { id: 'x', to: 'fax' } as never);
  expect(bad.ok ? 'ok' : bad.error.message).toContain('to');
});

test('the idle timeout returns home and wipes the typed search text', async ({ page }) => {
  await page.clock.install();
  await openFind(page);
  await type(page, 'sfz');
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.getByTestId('entry-guide').click();
  await expect(page.getByTestId('guide-search-field')).toHaveText('输入事项名称的拼音或首字母，如 sfz'); // the placeholder: nothing typed
  await expect(page.getByTestId('guide-results')).toHaveCount(0);
  await expect(page.getByTestId('browse-themes')).toBeVisible();
});

test('back from a guide finds the search as it was left', async ({ page }) => {
  await openGuide(page, ITEM_NAME);
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  await expect(page.getByTestId('guide-results')).toHaveAttribute('data-query', 'sfz');
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

// --- every screen at both sizes, in large text and high contrast, in Chinese and English ---------

for (const size of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  for (const look of ['standard', 'large-contrast-en'] as const) {
    test(`the guide screens at ${size.width}x${size.height}, ${look}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(terminal.url);
      await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
      if (look !== 'standard') {
        await page.getByTestId('tile-accessibility').click();
        await page.getByTestId('toggle-largeText').click();
        await page.getByTestId('toggle-highContrast').click();
        await page.getByTestId('nav-home').click();
        await page.getByTestId('tile-language').click();
        await page.getByTestId('language-en').click();
        await expect(page.getByTestId('screen-home')).toBeVisible();
      }
      const shot = async (name: string) => {
        await expectUsable(page);
        await page.screenshot({ path: `var/screens/guide-${name}-${size.width}x${size.height}-${look}.png` });
      };
      await page.getByTestId('entry-guide').click();
      await shot('find');
      await type(page, 'sfz');
      await expect(page.getByTestId('guide-results')).toHaveAttribute('data-query', 'sfz');
      await shot('results');
      await page.getByTestId('key-x').click();
      await expect(page.getByTestId('guide-none')).toBeVisible();
      await expect(page.getByTestId('suggest-sfz')).toBeVisible();
      await shot('none');
      await page.getByTestId('suggest-sfz').click();
      await page.getByTestId(`item-${await itemId(ITEM_NAME)}`).click();
      await expect(page.getByTestId('guide')).toBeVisible();
      await shot('guide');
      await page.getByTestId('scroll-down').click();
      await page.getByTestId('scroll-down').click();
      await shot('guide-scrolled');
      await page.getByTestId('guide-take-away').click();
      await expect(page.locator('.guide-take-qr svg.qr')).toBeVisible();
      await shot('take-away');
      await page.getByTestId('nav-home').click();
      await page.getByTestId('entry-guide').click();
      await page.getByTestId('browse-themes').click();
      await shot('themes');
      await page.locator('[data-testid^="theme-"]').first().click();
      await expect(page.getByTestId('guide-list')).toBeVisible();
      await shot('theme-items');
      await page.getByTestId('nav-back').click();
      await page.getByTestId('nav-back').click();
      await page.getByTestId('browse-departments').click();
      await shot('departments');
      await page.close();
    });
  }
}
