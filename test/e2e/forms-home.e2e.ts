// The home's 填表 entry through the browser host (the embedded reference platform and its seed forms):
// 填写申请表 lists the forms the kiosk can fill, typing pinyin initials narrows the list as the letters
// go in, a row opens that form's intro for its item; back finds the text still typed, a search that
// finds nothing says what to do, home ends it. In portrait and landscape, plain Chinese and English
// with large text and high contrast (screenshots in var/screens/forms-home-*).
import { expect, test, type Page } from '@playwright/test';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { expectUsable } from './guide-rig.ts';
import { inEveryLook, typeKeys } from './kiosk-rig.ts';

const FORM = 'hukou-move';
const TITLE = '户口迁移申请表';

let terminal: TerminalProcess;
test.beforeAll(async () => {
  terminal = await startTerminal(testConfig());
});
test.afterAll(async () => {
  await terminal?.stop();
});

const rows = (page: Page) => page.locator('[data-testid^="forms-row-"]');

test('home → 填表 → search → a form → its intro; back keeps the search, nothing found says what to do, home', async ({ browser }) => {
  await inEveryLook(browser, terminal.url, async ({ page, shot }) => {
    await page.getByTestId('entry-forms').click();
    await expect(page.getByTestId('frame-forms-list')).toBeVisible();
    const list = page.getByTestId('forms-list');
    await expect(list).toHaveAttribute('data-query', '');
    const all = Number(await list.getAttribute('data-count'));
    expect(all).toBeGreaterThan(10);
    await expect(rows(page)).toHaveCount(all);
    // Nothing spills sideways; every button a real touch target.
    await expectUsable(page);
    await shot('forms-home-list');

    // Pinyin initials narrow the list before any character is chosen.
    await typeKeys(page, 'hkqy');
    await expect(list).toHaveAttribute('data-query', 'hkqy');
    const found = Number(await list.getAttribute('data-count'));
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    for (const text of await rows(page).allTextContents()) expect(text).toContain('户口迁移');
    await expectUsable(page);
    await shot('forms-home-search');

    const row = rows(page).and(page.getByTestId(`forms-row-${FORM}`)).first();
    await expect(row).toContainText(TITLE);
    await row.click();
    await expect(page.getByTestId('forms-intro')).toHaveAttribute('data-form', FORM);
    await expect(page.getByTestId('frame-forms-intro')).toContainText(TITLE);

    await page.getByTestId('nav-back').click();
    await expect(page.getByTestId('forms-list')).toHaveAttribute('data-query', 'hkqy');
    await expect(page.getByTestId('forms-search-composition')).toHaveText('hkqy');

    await typeKeys(page, 'xx');
    await expect(page.getByTestId('forms-list-none')).toBeVisible();
    await expect(page.getByTestId('forms-list')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('frame-forms-list')).toContainText(/咨询台|information desk/);
    await shot('forms-home-none');

    await page.getByTestId('nav-home').click();
    await expect(page.getByTestId('screen-home')).toBeVisible();
  });
});
