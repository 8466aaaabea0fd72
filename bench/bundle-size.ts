// The renderer's size as the kiosk downloads it (gzip), beside the floor every React page pays:
// the same Vite build of a page that renders one button with React and nothing else.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { repoRoot } from '../test/support/terminal-process.ts';
import { printTable } from './table.ts';

spawnSync(process.execPath, [join(repoRoot, 'scripts/build.ts'), 'renderer'], { stdio: 'inherit' });
const dist = join(repoRoot, 'dist/renderer');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files a page loads: its script and style tags and the chunks they import. */
function pageFiles(html: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(refs)].map((r) => join(dist, r));
}

const kiosk = pageFiles('index.html');
const dev = pageFiles('dev.html');
const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);

async function reactFloor(): Promise<number> {
  const dir = join(repoRoot, 'var', 'bench-react-floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>');
  writeFileSync(
    join(dir, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<button>ok</button>);\n",
  );
  await build({ root: dir, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir: join(dir, 'dist'), target: 'chrome120' } });
  const assets = join(dir, 'dist', 'assets');
  const size = readdirSync(assets).reduce((n, f) => n + gz(join(assets, f)), 0);
  rmSync(dir, { recursive: true, force: true });
  return size;
}
const floor = await reactFloor();
const all = readdirSync(join(dist, 'assets')).map((f) => join(dist, 'assets', f));

printTable('Renderer bundle (gzip -9)', [
  ['kiosk page (index.html: JS + CSS)', `${(sum(kiosk) / 1024).toFixed(1)} KB`],
  ['developer page (dev.html)', `${(sum(dev) / 1024).toFixed(1)} KB`],
  ['all assets', `${(sum(all) / 1024).toFixed(1)} KB`],
  ['floor: a one-button React page, same build', `${(floor / 1024).toFixed(1)} KB`],
  ['ratio kiosk / floor', `${(sum(kiosk) / floor).toFixed(2)}x`],
]);
