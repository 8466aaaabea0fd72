// A hall that offers part of the city's catalogue (its scope on the platform, issue 17): the kiosk of
// that hall, through the browser host against a standalone reference platform whose default hall is
// given the items of two departments. Browsing by department shows those two only, a life event lists
// only the items the hall offers and says how many, and an item outside the scope is not found; the
// screens looked at in portrait and landscape, Chinese and English with large text and high contrast.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { systemClock } from '../../domain/clock.ts';
import { departments, serviceItems, themes } from '../../platform/seed/index.ts';
import { seedReferencePlatform } from '../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import type { TerminalProcess } from '../support/terminal-process.ts';
import { connect, call, type Rpc } from './guide-rig.ts';
import { enrolledConfig, inEveryLook, printerCardScanner, startKiosk } from './kiosk-rig.ts';

let dir: string;
let platform: RunningPlatform;
let terminal: TerminalProcess;
let rpc: Rpc;

// The hall's share: every item of the two departments with the most items.
const byDept = new Map<string, string[]>();
for (const i of serviceItems) byDept.set(i.deptCode, [...(byDept.get(i.deptCode) ?? []), i.id]);
const [first, second] = [...byDept.entries()].sort((a, b) => b[1].length - a[1].length);
const offered = new Set([...first![1], ...second![1]]);
const outside = serviceItems.find((i) => !offered.has(i.id))!;
const heldThemes = themes.filter((t) => t.itemIds.some((id) => offered.has(id)) || serviceItems.some((i) => offered.has(i.id) && i.themes.includes(t.code)));

test.beforeAll(async ({ browser }) => {
  dir = mkdtempSync(join(tmpdir(), 'hall-scope-'));
  platform = await startPlatform({ clock: systemClock, version: 'e2e', dbPath: join(dir, 'platform.db'), port: 0, seed: (x) => seedReferencePlatform(x, '2026-12-07') });
  // The terminal's hall is `default` until terminals enrol into halls.
  await platform.platform.catalogue.setScope('default', [...offered]);
  ({ terminal } = await startKiosk(browser, await enrolledConfig(platform, { devices: [...printerCardScanner] }), 'printer-1'));
  rpc = await connect(terminal);
});
test.afterAll(async () => {
  rpc?.close();
  await terminal?.stop();
  await platform?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openFind(page: Page) {
  await expect(page.getByTestId('platform-status')).toHaveAttribute('data-state', 'online');
  await page.getByTestId('entry-guide').click();
  await expect(page.getByTestId('screen-guide.find')).toBeVisible();
}

test('the kiosk holds its hall\'s items only, and lists the departments and life events it has items of', async () => {
  const held = await call(rpc, 'catalogue.search', { query: outside.name, limit: 50 });
  expect(held.hits.map((h) => h.id)).not.toContain(outside.id);
  expect((await rpc.call('catalogue.getItem', { id: outside.id })).ok).toBe(false);
  const depts = await call(rpc, 'catalogue.listDepartments', {});
  expect(depts.map((d) => d.code).sort()).toEqual([first![0], second![0]].sort());
  expect(departments.length).toBeGreaterThan(2);
  const listed = await call(rpc, 'catalogue.listThemes', {});
  expect(listed.map((t) => t.code).sort()).toEqual(heldThemes.map((t) => t.code).sort());
  for (const t of listed) for (const id of t.itemIds) expect(offered.has(id)).toBe(true);
});

test('departments and life events of the hall, in every look', async ({ browser }) => {
  const listed = await call(rpc, 'catalogue.listThemes', {});
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await openFind(page);
    await page.getByTestId('browse-departments').click();
    await expect(page.locator('[data-testid^="dept-"]')).toHaveCount(2);
    await shot('hall-scope-departments');
    await page.getByTestId('nav-back').click();
    await page.getByTestId('browse-themes').click();
    await expect(page.locator('[data-testid^="theme-"]')).toHaveCount(listed.length);
    await shot('hall-scope-themes');
    const theme = listed[0]!;
    await page.getByTestId(`theme-${theme.code}`).click();
    const items = await call(rpc, 'catalogue.browse', { themeId: theme.code });
    await expect(page.getByTestId('guide-list')).toHaveAttribute('data-count', String(items.items.length));
    for (const i of items.items) expect(offered.has(i.id)).toBe(true);
    await shot('hall-scope-theme-items');
    await page.getByTestId('nav-home').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();
  });
});
