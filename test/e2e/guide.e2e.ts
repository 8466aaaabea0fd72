// Finding a service and reading its guide, through the browser host in Chromium: search by pinyin
// initials, near spellings when nothing is found, browsing by life event and department, the guide's
// materials and fees exactly as the catalogue row says, an item not in the cache, back and the idle
// timeout, and every screen at both sizes in large text and high contrast. Taking a guide away is
// guide-take-away.e2e.ts.
import { expect, test } from '@playwright/test';
import type { ServiceItem } from '../../domain/catalogue.ts';
import { call, expectUsable, ITEM_NAME, itemId, openFind, openGuide, startGuideTerminal, type, type GuideTerminal } from './guide-rig.ts';
import { englishLargeContrast } from './kiosk-rig.ts';

// The kiosk's own portrait screen; the landscape one is looked at in the screenshots.
test.use({ viewport: { width: 1080, height: 1920 } });

let g: GuideTerminal;
test.beforeAll(async () => {
  g = await startGuideTerminal();
});
test.afterAll(async () => {
  await g?.stop();
});

test('typing pinyin initials finds 居民身份证换领, with its department, visits and online handling', async ({ page }) => {
  await openFind(page, g.terminal.url);
  await type(page, 'sfz');
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  const results = page.getByTestId('guide-results');
  await expect(results).toHaveAttribute('data-query', 'sfz');
  const id = await itemId(g.rpc, ITEM_NAME);
  const row = page.getByTestId(`item-${id}`);
  await expect(row).toContainText(ITEM_NAME);
  const item = await call(g.rpc, 'catalogue.getItem', { id });
  await expect(row).toContainText(item.deptName);
  await expect(row.getByTestId('item-visits')).toHaveText(item.visitsRequired === 0 ? '不用跑' : `跑动 ${item.visitsRequired} 次`);
  await expect(row).toContainText(item.isOnline ? '可网上办' : '需到现场办');
  // Ranked as the contract ranks them.
  const expected = (await call(g.rpc, 'catalogue.search', { query: 'sfz', limit: 30 })).hits.map((h) => h.name);
  expect(await results.locator('.guide-item-name').allInnerTexts()).toEqual(expected);
  await expectUsable(page);
});

test('nothing found: near spellings that find something, and the life events', async ({ page }) => {
  await openFind(page, g.terminal.url);
  await type(page, 'sfzx');
  await expect(page.getByTestId('guide-none')).toContainText('sfzx');
  await expect(page.getByTestId('suggest-sfz')).toBeVisible();
  await expect(page.locator('[data-testid^="suggest-theme-"]').first()).toBeVisible();
  await page.getByTestId('suggest-sfz').click();
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  await expect(page.getByTestId(`item-${await itemId(g.rpc, ITEM_NAME)}`)).toBeVisible();
});

test('browsing by life event and by department, for people or for businesses', async ({ page }) => {
  const themes = await call(g.rpc, 'catalogue.listThemes', {});
  const personal = themes.filter((th) => th.audience === 'person');
  const business = themes.filter((th) => th.audience === 'enterprise');
  expect(personal.length).toBeGreaterThan(0);
  expect(business.length).toBeGreaterThan(0);
  await openFind(page, g.terminal.url);
  await page.getByTestId('audience-enterprise').click();
  await page.getByTestId('browse-themes').click();
  await expect(page.locator('[data-testid^="theme-"]')).toHaveCount(business.length);
  const theme = business[0]!;
  await page.getByTestId(`theme-${theme.code}`).click();
  const listed = await call(g.rpc, 'catalogue.browse', { themeId: theme.code, audience: 'enterprise' });
  await expect(page.getByTestId('guide-list')).toHaveAttribute('data-count', String(listed.items.length));
  expect(await page.getByTestId('guide-list').locator('.guide-item-name').allInnerTexts()).toEqual(listed.items.map((i) => i.name));

  await page.getByTestId('nav-back').click();
  await page.getByTestId('nav-back').click();
  await page.getByTestId('audience-all').click();
  await page.getByTestId('browse-departments').click();
  const departments = await call(g.rpc, 'catalogue.listDepartments', {});
  await expect(page.locator('[data-testid^="dept-"]')).toHaveCount(departments.length);
  const dept = departments[0]!;
  await page.getByTestId(`dept-${dept.code}`).click();
  await expect(page.getByTestId('frame-guide-items')).toContainText(dept.name);
  const byDept = await call(g.rpc, 'catalogue.browse', { deptCode: dept.code });
  await expect(page.getByTestId('guide-list')).toHaveAttribute('data-count', String(byDept.items.length));
});

test("a guide's materials and fees are exactly the catalogue row's", async ({ page }) => {
  const id = await itemId(g.rpc, ITEM_NAME);
  const item: ServiceItem = await call(g.rpc, 'catalogue.getItem', { id });
  expect(item.fees.length).toBeGreaterThan(0);
  await openGuide(page, g, ITEM_NAME);
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
  const depts = await call(g.rpc, 'catalogue.listDepartments', {});
  let found: ServiceItem | null = null;
  for (const d of depts) {
    for (const listing of (await call(g.rpc, 'catalogue.browse', { deptCode: d.code })).items) {
      const item: ServiceItem = await call(g.rpc, 'catalogue.getItem', { id: listing.id });
      if (item.materials.some((m) => m.sharedExempt)) found = item;
      if (found) break;
    }
    if (found) break;
  }
  expect(found).not.toBeNull();
  const item = found!;
  await openFind(page, g.terminal.url);
  const dept = depts.find((d) => d.name === item.deptName)!;
  await page.getByTestId('browse-departments').click();
  await page.getByTestId(`dept-${dept.code}`).click();
  await page.getByTestId(`item-${item.id}`).click();
  const shared = page.locator('[data-testid="guide-material"][data-shared="true"]');
  await expect(shared).toHaveCount(item.materials.filter((m) => m.sharedExempt).length);
  await expect(shared.first().getByTestId('material-shared')).toContainText('不用带');
});

test('an item not in the cache: the contract says catalogue.notFound for the guide and its printing', async () => {
  for (const [method, input] of [
    ['catalogue.getItem', { id: 'no-such-item' }],
    ['catalogue.guideTakeAway', { id: 'no-such-item' }],
    ['catalogue.printGuide', { id: 'no-such-item', to: 'a4' }],
  ] as const) {
    const r = await g.rpc.call(method, input as never);
    expect(r.ok ? 'ok' : r.error.code, method).toBe('catalogue.notFound');
  }
  const bad = await g.rpc.call('catalogue.printGuide', { id: 'x', to: 'fax' } as never);
  expect(bad.ok ? 'ok' : bad.error.message).toContain('to');
});

test('the idle timeout returns home and wipes the typed search text', async ({ page }) => {
  await page.clock.install();
  await openFind(page, g.terminal.url);
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
  await openGuide(page, g, ITEM_NAME);
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('guide-search-field')).toHaveText('sfz');
  await expect(page.getByTestId('guide-results')).toHaveAttribute('data-query', 'sfz');
});

// --- every screen at both sizes, in large text and high contrast, in Chinese and English ---------

for (const size of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  for (const look of ['standard', 'large-contrast-en'] as const) {
    test(`the guide screens at ${size.width}x${size.height}, ${look}`, async ({ browser }) => {
      const page = await browser.newPage({ viewport: size });
      await page.goto(g.terminal.url);
      await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
      if (look !== 'standard') {
        await englishLargeContrast(page);
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
      await page.getByTestId(`item-${await itemId(g.rpc, ITEM_NAME)}`).click();
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
