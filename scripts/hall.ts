// `npm run hall`: a whole hall on one machine, to see the three roles work together: the reference
// platform on its own, and three terminals enrolled on it, each on simulated devices and with its
// developer page: a kiosk (取号), the counter of one window (叫号, 受理, 评价器) and the hall's call
// display. Each terminal gets its own Chromium window (or, with --no-open, prints its address).
//   npm run hall -- [--window=w01] [--no-open] [--port=5790]
// Databases and the generated configs go under var/hall/ (kept between runs: delete it for a fresh
// hall). The counter's staff sign-in PINs are listed in platform/seed/README.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../domain/clock.ts';
import { businessDateOf, DEFAULT_TIME_ZONE } from '../domain/hall-time.ts';
import pkg from '../package.json' with { type: 'json' };
import { seedReferencePlatform } from '../platform/seeding.ts';
import { startPlatform } from '../platform/server.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const problems: string[] = [];
const windowId = value('window') ?? 'w01';
if (!/^[a-z][a-z0-9-]*$/.test(windowId)) problems.push(`--window takes a window id of the queue set-up (e.g. w01), got "${windowId}"`);
const port = Number(value('port') ?? 5790);
if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`--port must be a whole number from 0 to 65535, got "${value('port')}"`);
const unknown = args.filter((a) => !/^--(window|port)=/.test(a) && a !== '--no-open');
if (unknown.length) problems.push(`unknown arguments: ${unknown.join(' ')}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), 'renderer'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dir = join(root, 'var', 'hall');
mkdirSync(dir, { recursive: true });
const timeZone = process.env['HALL_TIME_ZONE'] ?? DEFAULT_TIME_ZONE;
const platform = await startPlatform({
  clock: systemClock,
  version: pkg.version,
  port,
  host: '127.0.0.1',
  dbPath: join(dir, 'platform.db'),
  timeZone,
  seed: (p) => seedReferencePlatform(p, businessDateOf(systemClock.now(), timeZone)),
});
console.log(`[hall] reference platform on ${platform.url}api/v1/`);

type Json = Record<string, unknown>;
const base = JSON.parse(readFileSync(join(root, 'config/profiles/dev-simulated.json'), 'utf8')) as Json & { devices: Json[]; terminal: Json };
const device = (kind: string) => base.devices.find((d) => d['kind'] === kind);
const pad = { id: 'pad-1', kind: 'ratingPad', label: '评价器', connection: { type: 'simulated', over: 'pty' } };

const roles = [
  { role: 'kiosk', id: 'hall-kiosk-01', area: '一楼 综合服务区', devices: base.devices, extra: {} },
  { role: 'counter', id: `hall-counter-${windowId}`, area: `${windowId} 窗口`, devices: [device('printer'), device('idcard'), pad].filter(Boolean), extra: { counter: { windowId } } },
  { role: 'display', id: 'hall-display-01', area: '一楼 大厅', devices: [], extra: {} },
] as const;

const children: ChildProcess[] = [];
for (const r of roles) {
  const config: Json = {
    ...base,
    profile: `hall-${r.role}`,
    terminal: { ...base.terminal, id: r.id, role: r.role, hallArea: r.area },
    platform: { url: platform.url, enrolmentCode: await platform.platform.auth.issueEnrolmentCode(r.id, r.role), healthIntervalSeconds: 5 },
    store: { path: join(dir, `${r.role}.db`) },
    devices: r.devices,
    host: { browser: { port: 0, kiosk: false } },
    ...r.extra,
  };
  // The attract loop's pictures sit beside the profile; only the kiosk shows them.
  const ui = { ...(base['ui'] as Json) };
  const attract = ui['attract'] as Json | undefined;
  if (r.role === 'kiosk' && attract) ui['attract'] = { ...attract, folder: join(root, 'config/profiles', String(attract['folder'])) };
  else delete ui['attract'];
  config['ui'] = ui;
  const file = join(dir, `${r.role}.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  const argv = [join(root, 'main/hosts/browser/cli.ts'), '--config', file, '--windowed', ...(args.includes('--no-open') ? ['--no-open'] : [])];
  const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) console.log(`[${r.role}] ${line}`);
  });
  child.once('exit', (code, signal) => console.log(`[hall] the ${r.role} stopped (${signal ?? code})`));
  children.push(child);
}

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  void platform.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
