// Builds what the hosts run: the renderer (Vite) and, for Electron, the main process and preload.
//   node scripts/build.ts            everything
//   node scripts/build.ts renderer   the renderer only (what the browser host and the e2e tests need)
// A part whose inputs have not changed since its last build is skipped (a stamp of their mtimes).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { hasEspeak, recordClips } from './voice-clips.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// What is built is what a kiosk runs: React's production build. Vite takes NODE_ENV from the
// environment when it is set, and a build started from a test (vitest sets NODE_ENV=test) would
// otherwise be React's development build: StrictMode then mounts every screen twice (a ticket
// announced twice) and the stamp below would keep that build for the e2e tests.
process.env['NODE_ENV'] = 'production';
const parts = process.argv.slice(2);
const want = (p: string) => parts.length === 0 || parts.includes(p);
const force = process.argv.includes('--force');

function stampOf(paths: string[]): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== 'node_modules' && name !== 'dist') walk(join(p, name));
    } else h.update(`${p}:${s.size}:${s.mtimeMs}\n`);
  };
  paths.forEach((p) => walk(join(root, p)));
  // The mode too: a build made in another mode is not up to date.
  h.update(`NODE_ENV=${process.env['NODE_ENV']}\n`);
  return h.digest('hex');
}

async function step(name: string, inputs: string[], output: string, run: () => Promise<unknown>) {
  const stampFile = join(root, output, '.build-stamp');
  const stamp = stampOf(inputs);
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`[build] ${name}: up to date`);
    return;
  }
  const t0 = performance.now();
  await run();
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, stamp);
  console.log(`[build] ${name}: built in ${Math.round(performance.now() - t0)} ms`);
}

if (want('renderer')) {
  // The pinyin index of the on-screen keyboard is built from the seed catalogue (scripts/pinyin-index.ts).
  await step('renderer', ['renderer', 'main/contract', 'vite.config.ts', 'package-lock.json', 'scripts/pinyin-index.ts', 'platform/seed'], 'dist/renderer', () =>
    build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' }),
  );
  // The kiosk voice's clips (scripts/voice-clips.ts), recorded once into dist/voice and copied beside
  // the page (Vite empties dist/renderer). Never a reason to fail the build: without espeak-ng the
  // kiosk speaks only where the browser has a voice.
  if (!hasEspeak()) console.log('[build] voice clips: espeak-ng not installed (apt install espeak-ng); none recorded');
  else
    await step('voice clips', ['renderer/src/voice', 'renderer/src/locales/zh-CN/voice.ts', 'renderer/src/locales/en/voice.ts', 'scripts/voice-clips.ts'], 'dist/voice', async () => {
      const r = await recordClips(join(root, 'dist/voice'));
      console.log(`[build] voice clips: ${r.clips} clips, ${Math.round(r.bytes / 1024)} KB (16 kHz mono WAV)`);
    });
  if (existsSync(join(root, 'dist/voice'))) cpSync(join(root, 'dist/voice'), join(root, 'dist/renderer/voice'), { recursive: true, filter: (src) => !src.endsWith('.build-stamp') });
}

if (want('electron')) {
  // The Electron main process is bundled (the core and its dependencies, native modules kept
  // external); the preload is CommonJS because sandboxed preloads cannot be modules.
  const external = [/^node:/, 'electron', 'better-sqlite3', 'serialport', /^@serialport\//, 'node-hid', 'ws', 'fastify'];
  await step('electron', ['main', 'devices', 'config', 'platform', 'package-lock.json'], 'dist/electron', async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        // The catalogue apply worker is an entry of its own: the host hands its URL to the core.
        ssr: true,
        outDir: join(root, 'dist/electron'),
        emptyOutDir: true,
        target: 'node22',
        rollupOptions: {
          input: { main: join(root, 'main/hosts/electron/main.ts'), 'catalogue-apply-worker': join(root, 'main/core/catalogue/catalogue-apply-worker.ts') },
          external,
          output: { format: 'es', entryFileNames: '[name].js' },
        },
      },
    });
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        ssr: join(root, 'main/hosts/electron/preload.cts'),
        outDir: join(root, 'dist/electron'),
        emptyOutDir: false,
        target: 'node22',
        rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
      },
    });
  });
}
