// An expired or wrong card (flow 8), through the browser host with simulated devices and the embedded
// reference platform (clock 2026-11-24): a card past its validity (刘建华, valid to 2024-05-01) is named
// expired with its date wherever the card is shown, and every real-name use refuses it with the same
// words: the real-name ticket (an ordinary ticket is still given), appointment check-in by card, case
// progress by card. A typed ID number with a wrong check digit is refused at once at the 18th character.
import { expect, test, type Page } from '@playwright/test';
import { liuJianhua, zhangWei } from '../../devices/idcard/test-identities.ts';
import { testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { backHome, englishLargeContrast, liftCard, startKiosk } from './kiosk-rig.ts';

const devices = [
  { id: 'printer-1', kind: 'printer', label: '取号打印机', model: 'generic-80', connection: { type: 'simulated', over: 'memory' } },
  { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
] as const;
const WORDS = '您的身份证已于 2024-05-01 过期，请使用有效证件或到咨询台办理';

let terminal: TerminalProcess;
let dev: Page;
let kiosk: Page;

test.beforeAll(async ({ browser }) => {
  expect(liuJianhua.validTo).toBe('2024-05-01');
  ({ terminal, dev, kiosk } = await startKiosk(browser, testConfig({ devices: [...devices] }), 'idcard-1'));
});
test.afterAll(async () => {
  await terminal?.stop();
});

const home = () => backHome(kiosk, ['problem-ok', 'ticket-done', 'nav-home']);
const insert = async (who: string) => {
  await dev.getByTestId(`sim-idcard-1-insert:${who}`).click();
  await expect(kiosk.getByTestId('card-holder')).toBeVisible();
};
const removeCard = () => liftCard(dev);
const refusedAsExpired = async () => {
  await expect(kiosk.getByTestId('problem')).toHaveAttribute('data-code', 'idcard.expired');
  await expect(kiosk.getByTestId('problem')).toContainText(WORDS);
};

test.describe.serial('an expired card', () => {
  test('is named expired with its date as soon as it is read', async () => {
    await home();
    await insert('liuJianhua');
    await expect(kiosk.getByTestId('card-expired')).toHaveText(WORDS);
    await kiosk.screenshot({ path: 'var/screens/card-expired-home-1080x1920.png' });
  });

  test('is refused for a real-name ticket with the same words; an ordinary ticket is still given', async () => {
    await home();
    await kiosk.getByTestId('entry-ticket').click();
    await expect(kiosk.getByTestId('card-expired')).toHaveText(WORDS);
    await kiosk.getByTestId('category-fund').click(); // 住房公积金: real-name
    await refusedAsExpired();
    await kiosk.screenshot({ path: 'var/screens/card-expired-ticket-1080x1920.png' });
    await kiosk.getByTestId('problem-ok').click();
    await kiosk.getByTestId('category-tax').click(); // 税务: no card needed
    await expect(kiosk.getByTestId('ticket-number')).toHaveText(/^G\d{3}$/);
    // 完成 ends the visit: the card is then "left"; lifted and put back, it is this test's card again.
    await kiosk.getByTestId('ticket-done').click();
    await removeCard();
    await insert('liuJianhua');
  });

  test('is refused for appointment check-in by card', async () => {
    await home();
    await kiosk.getByTestId('entry-checkIn').click();
    // The card on the reader checks in by itself: refused, and the card's way says why.
    await refusedAsExpired();
    await kiosk.getByTestId('problem-ok').click();
    await expect(kiosk.getByTestId('check-in-card')).toContainText(WORDS);
    await expect(kiosk.getByTestId('check-in-card-use')).toHaveCount(0);
  });

  test('is refused for case progress by card', async () => {
    await home();
    await kiosk.getByTestId('entry-progress').click();
    await refusedAsExpired();
    await kiosk.getByTestId('problem-ok').click();
    await expect(kiosk.getByTestId('cases-card')).toContainText(WORDS);
    await expect(kiosk.getByTestId('screen-cases.find')).toBeVisible();
    await kiosk.screenshot({ path: 'var/screens/card-expired-cases-1080x1920.png' });
  });

  test('in English, large text and high contrast, the same sentence with the date', async () => {
    await home();
    await englishLargeContrast(kiosk);
    await kiosk.getByTestId('entry-ticket').click();
    await expect(kiosk.getByTestId('card-expired')).toHaveText('Your ID card expired on 2024-05-01; please use a valid card or ask at the help desk');
    await kiosk.screenshot({ path: 'var/screens/card-expired-en-large-contrast-1080x1920.png' });
    await kiosk.getByTestId('nav-home').click();
    await removeCard();
    // A valid card after it is taken as before.
    await insert('zhangWei');
    await expect(kiosk.getByTestId('card-expired')).toHaveCount(0);
    await removeCard();
  });
});

test('a typed ID number with a wrong check digit is refused at once at the 18th character', async () => {
  await home();
  await kiosk.getByTestId('entry-ticket').click();
  await kiosk.getByTestId('category-fund').click();
  await kiosk.getByTestId('real-name-type').click();
  const first17 = zhangWei.idNumber.slice(0, 17);
  const right = zhangWei.idNumber[17]!;
  const wrong = right === '1' ? '2' : '1';
  for (const d of first17) await kiosk.getByTestId(`key-${d}`).click();
  await expect(kiosk.getByTestId('id-entry-take')).toBeDisabled();
  await kiosk.getByTestId(`key-${wrong}`).click();
  await expect(kiosk.getByTestId('id-entry-check')).toHaveAttribute('data-check', 'invalid');
  await expect(kiosk.getByTestId('id-entry-check')).toHaveText('号码校验不通过：请对照证件检查每一位');
  await expect(kiosk.getByTestId('id-entry-hint')).toHaveText('号码不正确，请核对后重新输入');
  await expect(kiosk.getByTestId('id-entry-take')).toBeDisabled();
  await kiosk.screenshot({ path: 'var/screens/id-wrong-check-digit-1080x1920.png' });
  await kiosk.getByTestId('key-backspace').click();
  await kiosk.getByTestId(right === 'X' ? 'key-X' : `key-${right}`).click();
  await expect(kiosk.getByTestId('id-entry-check')).toHaveAttribute('data-check', 'valid');
  await expect(kiosk.getByTestId('id-entry-take')).toBeEnabled();
  await kiosk.getByTestId('real-name-cancel').click();
});
