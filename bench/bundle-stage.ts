// The offline bundle's staging (scripts/bundle.ts): the browser host's tree (the app folders, the built
// renderer, the production node_modules for this machine, the 121 MiB Node runtime) put in a temp
// folder by hard links (stageTree, what makeBundle does), median of BENCH_RUNS (default 3) taking turns
// with the plain alternative beside it: the same tree copied (fs.cpSync, as makeBundle did before).
// The stage only feeds tar or the zip, so its files need not be copies. Needs `node scripts/build.ts renderer`.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { APP_FOLDERS, keepForThisMachine, productionPackages, root, stageFile, stageTree } from '../scripts/bundle.ts';
import { median, ms, printTable } from './table.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const keep = keepForThisMachine(process.arch);
const packages = productionPackages(root);
const runtime = join(root, 'node_modules', 'node', 'bin', 'node');

function linked(stage: string): void {
  for (const f of APP_FOLDERS) stageTree(join(root, f), join(stage, f));
  stageTree(join(root, 'dist', 'renderer'), join(stage, 'dist', 'renderer'));
  for (const p of packages) stageTree(join(root, p), join(stage, p), (src) => keep(relative(root, src)));
  mkdirSync(join(stage, 'runtime'));
  stageFile(runtime, join(stage, 'runtime', 'node'));
}

function copied(stage: string): void {
  for (const f of APP_FOLDERS) cpSync(join(root, f), join(stage, f), { recursive: true });
  cpSync(join(root, 'dist', 'renderer'), join(stage, 'dist', 'renderer'), { recursive: true });
  for (const p of packages) cpSync(join(root, p), join(stage, p), { recursive: true, verbatimSymlinks: true, filter: (src) => keep(relative(root, src)) });
  mkdirSync(join(stage, 'runtime'));
  copyFileSync(runtime, join(stage, 'runtime', 'node'));
}

const times: Record<'linked' | 'copied', number[]> = { linked: [], copied: [] };
for (let i = 0; i < RUNS; i++) {
  for (const [name, stageIt] of i % 2 ? ([['copied', copied], ['linked', linked]] as const) : ([['linked', linked], ['copied', copied]] as const)) {
    const work = mkdtempSync(join(tmpdir(), 'bench-stage-'));
    const t0 = performance.now();
    stageIt(join(work, 'hall-terminal'));
    times[name].push(performance.now() - t0);
    rmSync(work, { recursive: true, force: true });
  }
}
const l = median(times.linked);
const c = median(times.copied);
printTable(`Bundle staging, browser host (${RUNS} runs each, taking turns)`, [
  ['hard links (makeBundle)', `${ms(l)} (range ${ms(Math.min(...times.linked))}-${ms(Math.max(...times.linked))})`],
  ['copies (fs.cpSync)', `${ms(c)} (range ${ms(Math.min(...times.copied))}-${ms(Math.max(...times.copied))})`],
  ['ratio copies / links', `${(c / l).toFixed(1)}x`],
]);
