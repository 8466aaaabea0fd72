// `npm run bench [name...]`: runs each benchmark script in its own process and prints its table.
// Benchmarks print figures; they never assert wall time and are never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_BENCHES = new Set(['run.ts', 'table.ts', 'rig.ts', 'city-platform.ts', 'counted-storage.ts']);
const all = readdirSync(here).filter((f) => f.endsWith('.ts') && !NOT_BENCHES.has(f)).map((f) => f.slice(0, -3));
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !all.includes(a));
if (unknown.length) {
  console.error(`no such benchmark: ${unknown.join(', ')} (have: ${all.join(', ')})`);
  process.exit(2);
}
console.log(`node ${process.version}, ${new Date().toISOString()}`);
let failed = 0;
for (const name of asked.length ? asked : all) {
  const r = spawnSync(process.execPath, [join(here, `${name}.ts`)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`benchmark ${name} failed (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
