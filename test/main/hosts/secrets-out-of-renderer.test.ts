// The terminal's secrets stay in the core (issue 16): a terminal enrolled with a real platform over
// HTTP by a one-time code, its store key on disk, is served over the same RPC the screens use; every
// contract method that takes no input is called (system.getInfo and system.getStatus among them), every
// event is subscribed to, and every frame the screen side receives is read for the enrolment code, the
// credential the platform issued and the store key (hex, base64): zero hits. The built renderer bundle
// (what the screens are made of) is read for the config's secret keys and the profiles' values too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, profilesDir } from '../../../config/load.ts';
import { systemClock } from '../../../domain/clock.ts';
import { businessDateOf } from '../../../domain/hall-time.ts';
import { contract } from '../../../main/contract/index.ts';
import { bootTerminal, type BootedTerminal } from '../../../main/hosts/boot.ts';
import { serveCore } from '../../../main/hosts/serve-core.ts';
import { platformTransport } from '../../../main/platform-client/platform-transport.ts';
import { createFramePair } from '../../../main/rpc/memory-pair.ts';
import { seedReferencePlatform } from '../../../platform/seeding.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { testPinHash } from '../../support/admin-pin.ts';
import { repoRoot } from '../../support/terminal-process.ts';

let dir: string;
let platform: RunningPlatform;
let terminal: BootedTerminal;
const secrets: Record<string, string> = {};
/** Every frame the screen side received, as text. */
const received: string[] = [];
const answered = new Map<string, unknown>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hall-secrets-'));
  platform = await startPlatform({ clock: systemClock, version: 'test', seed: (p) => seedReferencePlatform(p, businessDateOf(Date.now(), 'Asia/Shanghai')) });
  const code = await platform.platform.auth.issueEnrolmentCode('kiosk-s1', 'kiosk');
  secrets['enrolment code'] = code;
  // The admin panel's PIN hash (and its salt and hash parts on their own) never reach the screen either.
  const pinHash = await testPinHash('358024');
  secrets['admin PIN hash'] = pinHash;
  const [, , , , salt, digest] = pinHash.split('$');
  secrets['admin PIN salt'] = salt!;
  secrets['admin PIN digest'] = digest!;
  const parsed = parseConfig({
    environment: 'development',
    terminal: { id: 'kiosk-s1', role: 'kiosk', hallName: '澜溪区政务服务中心' },
    platform: { url: platform.url, enrolmentCode: code },
    store: { path: join(dir, 'terminal.db') },
    admin: { pinHash },
    log: { level: 'debug', console: false },
    devices: [
      { id: 'printer-1', kind: 'printer', label: '取号打印机', connection: { type: 'simulated', over: 'memory' } },
      { id: 'idcard-1', kind: 'idcard', label: '身份证阅读器', connection: { type: 'simulated', over: 'memory' } },
    ],
    // The developer page's methods are in the contract too, and the most talkative: on.
    dev: { page: true },
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  // The platform's fetch, watched for the credential it hands back (sent as the bearer afterwards).
  const http = platformTransport(null).fetch;
  terminal = await bootTerminal(parsed.config, {
    logStream: null,
    catalogueWorker: null,
    fetch: async (url, init) => {
      const bearer = /^Bearer (.+)$/.exec(init.headers['authorization'] ?? '');
      if (bearer?.[1]) secrets['credential'] = bearer[1];
      return http(url, init);
    },
  });
  await terminal.core.sync.whenIdle();
  const key = readFileSync(join(dir, 'keys', 'terminal.key'));
  secrets['store key (hex)'] = key.toString('hex');
  secrets['store key (base64)'] = key.toString('base64').replace(/=+$/, '');
  secrets['store key (base64url)'] = key.toString('base64url');

  // The screen's end of the RPC, as the renderer has it.
  const [screen, core] = createFramePair();
  serveCore(terminal.core, terminal.log).connect(core);
  screen.onFrame((f) => received.push(f));
  for (const e of Object.keys(contract.events)) screen.send(JSON.stringify({ k: 'sub', e }));
  const methods = contract.methods as Record<string, { input: { safeParse(v: unknown): { success: boolean } } }>;
  const noInput = Object.keys(methods).filter((m) => methods[m]!.input.safeParse({}).success);
  expect(noInput).toEqual(expect.arrayContaining(['system.getInfo', 'system.getStatus', 'dev.getLog', 'dev.listDevices']));
  let id = 0;
  for (const m of noInput) {
    const reqId = ++id;
    const answer = new Promise<unknown>((resolve) => {
      const off = screen.onFrame((f) => {
        const frame = JSON.parse(f) as { k: string; id?: number; r?: unknown };
        if (frame.k === 'res' && frame.id === reqId) {
          off();
          resolve(frame.r);
        }
      });
    });
    screen.send(JSON.stringify({ k: 'req', id: reqId, m, i: {} }));
    answered.set(m, await Promise.race([answer, new Promise((r) => setTimeout(() => r('no answer within 5 s'), 5000))]));
  }
  // Events pushed meanwhile (status, sync) are in `received` too.
  await new Promise((r) => setTimeout(r, 300));
}, 120_000);

afterAll(async () => {
  await terminal?.shutdown();
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('secrets out of the renderer', () => {
  it('the terminal is enrolled with a credential, and its answers were received', () => {
    expect(Object.keys(secrets).sort()).toEqual(['admin PIN digest', 'admin PIN hash', 'admin PIN salt', 'credential', 'enrolment code', 'store key (base64)', 'store key (base64url)', 'store key (hex)']);
    expect(secrets['credential']).not.toBe(secrets['enrolment code']);
    expect((answered.get('system.getInfo') as { ok: boolean }).ok).toBe(true);
    expect((answered.get('system.getStatus') as { ok: boolean; value: { platform: unknown } }).ok).toBe(true);
    // The log the developer page shows holds the enrolment itself: what the grep reads is not empty.
    expect(JSON.stringify(answered.get('dev.getLog'))).toContain('enrol');
    expect(received.some((f) => f.includes('"k":"evt"'))).toBe(true);
  });

  it('no answer and no event carries the enrolment code, the credential, the store key or the admin PIN hash', () => {
    const text = received.join('\n');
    const found = Object.entries(secrets)
      .filter(([, v]) => text.includes(v))
      .map(([k]) => `${k}: in ${received.filter((f) => f.includes(secrets[k]!)).map((f) => f.slice(0, 120)).join(' | ')}`);
    expect(found).toEqual([]);
  });

  it('the built renderer holds no secret config key and no profile secret', () => {
    if (!existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.ts'), 'renderer'], { cwd: repoRoot, stdio: 'pipe' });
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(js|html|css|json)$/.test(n)) files.push(p);
      }
    };
    walk(join(repoRoot, 'dist', 'renderer'));
    expect(files.length).toBeGreaterThan(0);
    // The config's secret-bearing keys (the renderer never sees a config object with them) and any
    // secret a shipped profile carries.
    // (The key admin.pinHash is named in the panel's words, telling IT staff where to set it; its values are checked below.)
    const needles = ['enrolmentCode', 'keyPath', 'platform.credential', 'terminal.key'];
    for (const f of readdirSync(profilesDir).filter((n) => n.endsWith('.json'))) {
      const profile = JSON.parse(readFileSync(join(profilesDir, f), 'utf8')) as { platform?: { enrolmentCode?: string }; admin?: { pinHash?: string } };
      if (profile.platform?.enrolmentCode) needles.push(profile.platform.enrolmentCode);
      if (profile.admin?.pinHash) needles.push(profile.admin.pinHash);
    }
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return needles.filter((n) => text.includes(n)).map((n) => `${n} in ${f}`);
    });
    expect(hits).toEqual([]);
  });
});
