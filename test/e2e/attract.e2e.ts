// The attract loop through the browser host: after `ui.attract.afterSeconds` of a resting home (the
// page's clock moved by the test) the hall's media fill the screen; a touch, a key, a card or a scan
// ends it, and the touch presses nothing under it; it never starts during a visit; a video plays to
// its end (muted) and one that cannot load is skipped; the loop says nothing.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { profilesDir } from '../../config/load.ts';
import { startTerminal, testConfig, type TerminalProcess } from '../support/terminal-process.ts';
import { scanBurst } from './scanner-burst.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { sampleAppointments } from '../../platform/seed/index.ts';

const AFTER_S = 30;
const IMAGE_S = 8;
const CAPTION = '自助终端可取号、查指南、查进度';

let terminal: TerminalProcess;
let mediaDir: string;
let dev: Page;

/** A short real WebM (a second of a moving square), recorded by Chromium's own MediaRecorder. */
async function recordClip(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 90;
    const g = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => (recorder.onstop = r));
    recorder.start();
    const started = performance.now();
    await new Promise<void>((done) => {
      const frame = () => {
        const t = performance.now() - started;
        g.fillStyle = '#0b3d7a';
        g.fillRect(0, 0, 160, 90);
        g.fillStyle = '#ffd36b';
        g.fillRect((t / 10) % 140, 30, 20, 20);
        if (t < 1000) requestAnimationFrame(frame);
        else done();
      };
      frame();
    });
    recorder.stop();
    await stopped;
    return [...new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer())];
  });
  await page.close();
  return Buffer.from(bytes);
}

test.beforeAll(async ({ browser }) => {
  mediaDir = mkdtempSync(join(tmpdir(), 'hall-attract-media-'));
  copyFileSync(join(profilesDir, 'media', 'hall-welcome.svg'), join(mediaDir, 'hall-welcome.svg'));
  writeFileSync(join(mediaDir, 'clip.webm'), await recordClip(browser));
  writeFileSync(join(mediaDir, 'broken.webm'), Buffer.from('this is not a video, whatever its name says'));
  writeFileSync(join(mediaDir, 'notes.txt'), 'not media');
  terminal = await startTerminal(
    testConfig({
      ui: {
        idleTimeoutSeconds: 60,
        attract: {
          afterSeconds: AFTER_S,
          folder: mediaDir,
          items: [
            { file: 'hall-welcome.svg', seconds: IMAGE_S, caption: CAPTION },
            { file: 'broken.webm' },
            { file: 'notes.txt' },
            { file: 'missing.png' },
            { file: 'clip.webm' },
          ],
        },
      },
      devices: [
        { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
        { id: 'scanner-1', kind: 'scanner', label: '扫码器', connection: { type: 'simulated', over: 'memory' } },
      ],
    }),
  );
  dev = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await dev.goto(terminal.devUrl!);
  await expect(dev.getByTestId('dev-device-idcard-1')).toHaveAttribute('data-state', 'ready');
});
test.afterAll(async () => {
  await terminal?.stop();
  rmSync(mediaDir, { recursive: true, force: true });
});

/** The kiosk with the page's clock under the test's hand, and what it says recorded. */
async function openKiosk(page: Page, size = { width: 1080, height: 1920 }) {
  await page.clock.install();
  await page.addInitScript(() => {
    const w = window as unknown as { __spoken: unknown[] };
    w.__spoken = [];
    window.addEventListener('hall:spoken', (e) => w.__spoken.push((e as CustomEvent).detail));
  });
  await page.setViewportSize(size);
  await page.goto(terminal.url);
  await expect(page.getByTestId('entry-ticket')).toBeVisible();
}
const spokenCount = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length);

async function startLoop(page: Page) {
  await page.clock.fastForward((AFTER_S - 1) * 1000);
  await expect(page.getByTestId('attract')).toBeHidden();
  await page.clock.fastForward(2000);
  await expect(page.getByTestId('attract')).toBeVisible();
}

test('the items the kiosk cannot show are named in the log at start', () => {
  expect(terminal.output()).toMatch(/attract loop: left out "notes\.txt": the kiosk shows \.png/);
  expect(terminal.output()).toContain(`attract loop: left out "missing.png": ${join(mediaDir, 'missing.png')} does not exist`);
});

for (const size of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`the resting home shows the hall's welcome card at ${size.width}x${size.height}, and a tap brings home without pressing 取号 under it`, async ({ page }) => {
    await openKiosk(page, size);
    await startLoop(page);
    const image = page.getByTestId('attract-image');
    await expect(image).toHaveAttribute('src', '/media/hall-welcome.svg');
    await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    await expect(page.getByTestId('attract-caption')).toHaveText(CAPTION);
    await expect(page.getByTestId('attract')).toContainText('请触摸屏幕开始办理');
    // It fills the screen, banner and status bar included.
    const box = (await page.getByTestId('attract').boundingBox())!;
    expect(box).toEqual({ x: 0, y: 0, width: size.width, height: size.height });
    await page.screenshot({ path: `var/screens/attract-${size.width}x${size.height}.png`, animations: 'disabled' });
    expect(await spokenCount(page)).toBe(0);
    const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, describeViolations(serious)).toEqual([]);

    // A tap right where 取号 lies under the show.
    const entry = (await page.getByTestId('entry-ticket').boundingBox())!;
    await page.mouse.click(entry.x + entry.width / 2, entry.y + entry.height / 2);
    await expect(page.getByTestId('attract')).toBeHidden();
    await expect(page.getByTestId('screen-home')).toBeVisible();
    await page.clock.runFor(1000);
    await expect(page.getByTestId('screen-home')).toBeVisible();
    await expect(page.getByTestId('screen-queue.tiles')).toHaveCount(0);
    // The next tap is the citizen's own.
    await page.getByTestId('entry-ticket').click();
    await expect(page.getByTestId('screen-queue.tiles')).toBeVisible();
  });
}

test('a finger on a touch screen ends it the same way, pressing nothing', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await openKiosk(page);
  await startLoop(page);
  const entry = (await page.getByTestId('entry-ticket').boundingBox())!;
  await page.touchscreen.tap(entry.x + entry.width / 2, entry.y + entry.height / 2);
  await expect(page.getByTestId('attract')).toBeHidden();
  await page.clock.runFor(1000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('screen-queue.tiles')).toHaveCount(0);
  await context.close();
});

test('it loops: the image for its seconds, a video that cannot load skipped, a muted video to its end, the image again', async ({ page }) => {
  const asked: { range: string | undefined; status: number }[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('/media/clip.webm')) asked.push({ range: (await r.request().allHeaders())['range'], status: r.status() });
  });
  await openKiosk(page);
  await startLoop(page);
  const show = page.getByTestId('attract');
  await expect(show).toHaveAttribute('data-src', '/media/hall-welcome.svg');
  await page.clock.fastForward((IMAGE_S - 1) * 1000);
  await expect(show).toHaveAttribute('data-src', '/media/hall-welcome.svg');
  await page.clock.fastForward(1500);
  // broken.webm fails to load and is left out: the clip plays.
  await expect(show).toHaveAttribute('data-src', '/media/clip.webm');
  const video = page.getByTestId('attract-video');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => ({ muted: v.muted, playing: v.currentTime > 0 || v.ended }))).toEqual({ muted: true, playing: true });
  // It plays to its end (in real time: media keep their own clock), then the image comes again.
  await expect(show).toHaveAttribute('data-src', '/media/hall-welcome.svg', { timeout: 15_000 });
  // And round again, without the broken one.
  await page.clock.fastForward(IMAGE_S * 1000 + 500);
  await expect(show).toHaveAttribute('data-src', '/media/clip.webm');
  expect(await spokenCount(page)).toBe(0);
  // Chromium asks for the video in byte ranges (bytes=0-) and is given them.
  expect(asked.length).toBeGreaterThan(0);
  expect(asked[0]).toEqual({ range: 'bytes=0-', status: 206 });
});

test('a card put on the reader ends it, and home shows the card', async ({ page }) => {
  await openKiosk(page);
  await startLoop(page);
  await dev.getByTestId('sim-idcard-1-insert:zhangWei').click();
  await expect(page.getByTestId('attract')).toBeHidden();
  await expect(page.getByTestId('card-holder')).toContainText('张*');
  // While the card lies on the reader the loop does not come back.
  await page.clock.fastForward((AFTER_S + 5) * 1000);
  await expect(page.getByTestId('attract')).toBeHidden();
  await dev.getByTestId('sim-idcard-1-remove').click();
  await expect(page.getByTestId('card-holder')).toBeHidden();
});

test('a key ends it and presses nothing; a wedge scanner\'s code ends it and checks the appointment in', async ({ page }) => {
  await openKiosk(page);
  await startLoop(page);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attract')).toBeHidden();
  await expect(page.getByTestId('screen-home')).toBeVisible();

  await startLoop(page);
  const booked = sampleAppointments('2026-11-24').find((a) => a.status === 'booked')!;
  await scanBurst(page, booked.code);
  await expect(page.getByTestId('attract')).toBeHidden();
  await expect(page.getByTestId('ticket-screen')).toBeVisible();
});

test('a code from the serial scanner ends it', async ({ page }) => {
  await openKiosk(page);
  await startLoop(page);
  const scan = dev.locator('[data-testid^="sim-scanner-1-scan:"]').first();
  await scan.click();
  await expect(page.getByTestId('attract')).toBeHidden();
});

test('it never starts during a visit; once idle ends the visit, the resting home gets it', async ({ page }) => {
  await openKiosk(page);
  await page.getByTestId('entry-ticket').click();
  await expect(page.getByTestId('screen-queue.tiles')).toBeVisible();
  await page.clock.fastForward((AFTER_S + 5) * 1000);
  await expect(page.getByTestId('screen-queue.tiles')).toBeVisible();
  await expect(page.getByTestId('attract')).toBeHidden();
  // The visit's idle timeout (60 s) takes it home; the loop comes only after a rest there.
  await page.clock.fastForward(30_000);
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await expect(page.getByTestId('attract')).toBeHidden();
  await startLoop(page);
});

test('an English terminal in large text and high contrast shows it the same way, in its own words', async ({ browser }) => {
  const en = await startTerminal(
    testConfig({
      terminal: { id: 'e2e-kiosk-en', role: 'kiosk', hallName: 'Minghu District Government Service Centre', locale: 'en' },
      ui: { largeText: true, highContrast: true, attract: { afterSeconds: AFTER_S, folder: mediaDir, items: [{ file: 'hall-welcome.svg', caption: CAPTION }] } },
    }),
  );
  try {
    for (const size of [
      { width: 1080, height: 1920 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.clock.install();
      await page.goto(en.url);
      await expect(page.getByTestId('entry-ticket')).toBeVisible();
      await startLoop(page);
      await expect(page.getByTestId('attract')).toContainText('Touch the screen to begin');
      await expect(page.getByTestId('attract')).toHaveAttribute('aria-label', /Touch the screen/);
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
      await page.screenshot({ path: `var/screens/attract-en-large-contrast-${size.width}x${size.height}.png`, animations: 'disabled' });
      await page.keyboard.press('Space');
      await expect(page.getByTestId('attract')).toBeHidden();
      await page.close();
    }
  } finally {
    await en.stop();
  }
});
