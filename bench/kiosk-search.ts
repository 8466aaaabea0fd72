// The kiosk's search as a citizen feels it: keystroke to results painted, at 10,000 items, in Chromium
// through the browser host (the real screen, the real RPC over the WebSocket, the core's SQLite
// search). A reference platform in this process serves the generated catalogue; the terminal syncs
// it and the page types queries on the on-screen keyboard, one key at a time. The time runs from the
// key's pointerup to the second animation frame after the results for the text so far are in the DOM
// (the frame they are painted in has ended).
// Beside it, in the same page and run: a plain in-memory filter of the same catalogue (the same
// normalised text, includes(), the first 30 drawn as a plain list), keystroke to painted the same way.
// Figures only; nothing here asserts a time. BENCH_ITEMS (default 10000), BENCH_ROUNDS (default 3).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { systemClock } from '../domain/clock.ts';
import { businessDateOf } from '../domain/hall-time.ts';
import { foldPinyin, itemTerms, TermIndexer } from '../main/store/search-terms.ts';
import { chromiumPath } from '../playwright.config.ts';
import { seedReferencePlatform } from '../platform/seeding.ts';
import { generateCatalogue } from '../platform/seed/index.ts';
import { startPlatform } from '../platform/server.ts';
import { startTerminal, testConfig } from '../test/support/terminal-process.ts';
import { connectRpc } from './rig.ts';
import { median, ms, printTable } from './table.ts';

const N = Number(process.env['BENCH_ITEMS'] ?? 10_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
/** What citizens type: pinyin initials, full pinyin, codes, and one that finds nothing at its end. */
const WORDS = ['sfz', 'jmsfzhl', 'gjj', 'shebao', 'yyzz', 'hunyin', 'bdcdj', '0710', 'tuixiu', 'sfzx'];
const LIMIT = 30;

/**
 * The in-page probes, as page source (this file is type-checked for Node, without the DOM):
 * __oursPainted(text) resolves, once the kiosk shows the results for `text`, with the time since the
 * last pointerup; __plainKeystroke(text, limit) filters the same catalogue in the page and draws it.
 */
const PROBES = `(all) => {
  let lastUp = 0;
  document.addEventListener('pointerup', () => (lastUp = performance.now()), { capture: true });
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  const shown = (text) => document.querySelector('[data-testid="guide-results"][data-query="' + CSS.escape(text) + '"]') !== null;
  window.__oursPainted = (text) => new Promise((resolve) => {
    const done = () => void frames().then((t) => resolve(t - lastUp));
    if (shown(text)) return done();
    const mo = new MutationObserver(() => {
      if (!shown(text)) return;
      mo.disconnect();
      done();
    });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
  });
  const box = document.createElement('ol');
  box.style.cssText = 'position:fixed;left:0;top:0;width:50%;max-height:40%;overflow:hidden;opacity:0.01;pointer-events:none';
  document.body.append(box);
  window.__plainKeystroke = async (text, limit) => {
    const t0 = performance.now();
    const q = text.toLowerCase();
    const prefix = [];
    const rest = [];
    for (const r of all) {
      if (!r.text.includes(q)) continue;
      (r.nameNorm.startsWith(q) ? prefix : rest).push(r);
      if (prefix.length >= limit) break;
    }
    box.replaceChildren(...prefix.concat(rest).slice(0, limit).map((h) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      for (const v of [h.name, h.dept, String(h.visits), h.online ? 'online' : '']) {
        const span = document.createElement('span');
        span.textContent = v;
        b.append(span);
      }
      li.append(b);
      return li;
    }));
    return (await frames()) - t0;
  };
}`;

const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

const dir = mkdtempSync(join(tmpdir(), 'bench-kiosk-search-'));
const items = generateCatalogue({ count: N });
const platform = await startPlatform({
  clock: systemClock,
  version: 'bench',
  dbPath: join(dir, 'platform.db'),
  seed: async (p) => {
    await seedReferencePlatform(p, businessDateOf(systemClock.now(), 'Asia/Shanghai'));
    await p.catalogue.publish({ upserts: items.map((body) => ({ kind: 'item' as const, id: body.id, body })) });
  },
});
const code = await platform.platform.auth.issueEnrolmentCode('bench-kiosk', 'kiosk');
const terminal = await startTerminal(
  testConfig({ terminal: { id: 'bench-kiosk', role: 'kiosk', hallName: '基准测试大厅' }, platform: { url: platform.url, enrolmentCode: code, requestTimeoutMs: 30_000 } }),
);

// The plain filter's data: the same normalised text the core indexes, compacted.
const indexer = new TermIndexer();
const rows = items.map((it) => {
  const t = itemTerms(it, indexer);
  const squash = (s: string) => foldPinyin(s.replace(/\s+/g, ''));
  return {
    id: it.id,
    name: it.name,
    dept: it.deptName,
    visits: it.visitsRequired,
    online: it.isOnline,
    nameNorm: t.nameNorm,
    text: [t.nameNorm, t.keywordsNorm, squash(t.namePinyin), squash(t.nameInitials), squash(t.keywordPinyin), squash(t.keywordInitials), t.deptNorm, it.catalogCode, it.taskCode].join('|'),
  };
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const ours: number[] = [];
const plain: number[] = [];
let synced = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(terminal.url);
  await page.getByTestId('entry-guide').waitFor();
  // Wait for the terminal to hold the whole catalogue (its first sync applies it on a worker): the
  // last generated item is found by its code.
  const rpc = await connectRpc(terminal);
  const last = items.at(-1)!;
  for (let i = 0; i < 1200; i++) {
    const r = await rpc.call('catalogue.search', { query: last.id, limit: 1 });
    if (r.ok && r.value.hits[0]?.id === last.id) {
      synced = N;
      break;
    }
    await new Promise((res) => setTimeout(res, 250));
  }
  rpc.close();
  if (synced === 0) throw new Error('the terminal did not sync the generated catalogue');
  await page.getByTestId('entry-guide').click();
  await page.getByTestId('guide-search').waitFor();
  await installProbes(page, rows);

  for (let round = 0; round < ROUNDS; round++) {
    for (const word of WORDS) {
      for (let i = 1; i <= word.length; i++) {
        const q = word.slice(0, i);
        const painted = page.evaluate(`window.__oursPainted(${JSON.stringify(q)})`) as Promise<number>;
        await page.getByTestId(`key-${word[i - 1]}`).click();
        ours.push(await painted);
        plain.push((await page.evaluate(`window.__plainKeystroke(${JSON.stringify(q)}, ${LIMIT})`)) as number);
      }
      await page.getByTestId('key-clear').click();
      await page.getByTestId('browse-themes').waitFor();
    }
  }
} finally {
  await browser.close();
  await terminal.stop();
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}

printTable(`Kiosk search, keystroke to results painted (Chromium, browser host; ${synced} items; ${ours.length} keystrokes)`, [
  ['ours: key -> RPC -> SQLite search -> React list, p50', ms(median(ours))],
  ['ours, p95', ms(p95(ours))],
  ['ours, slowest', ms(Math.max(...ours))],
  ['plain in-memory filter in the page (includes, 30 rows drawn), p50', ms(median(plain))],
  ['plain, p95', ms(p95(plain))],
  ['ratio ours / plain at p95', `${(p95(ours) / p95(plain)).toFixed(2)}x`],
  ['goal: ours p95 <= 50 ms', p95(ours) <= 50 ? 'met' : 'not met'],
]);

async function installProbes(page: Page, data: typeof rows): Promise<void> {
  await page.evaluate(`(${PROBES})(${JSON.stringify(data)})`);
}
