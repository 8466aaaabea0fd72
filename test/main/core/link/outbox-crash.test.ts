// Crash test: a terminal process making and delivering 200 evaluations is killed (SIGKILL) at random
// moments while the platform goes down and up. After it runs to the end, the platform must hold each
// evaluation exactly once: lost = 0, duplicated = 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { systemClock } from '../../../../domain/clock.ts';
import { PlatformClient } from '../../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { repoRoot } from '../../../support/terminal-process.ts';

const TOTAL = 200;
const KILLS = 8;

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it(`delivers ${TOTAL} evaluations exactly once through ${KILLS} SIGKILLs and platform outages`, { timeout: 120_000 }, async () => {
  const seed = Number(process.env['CRASH_SEED'] ?? Date.now() % 100000);
  const random = mulberry32(seed);
  const dir = mkdtempSync(join(tmpdir(), 'hall-crash-'));
  const platformDb = join(dir, 'platform.db');
  let platform: RunningPlatform | null = await startPlatform({ clock: systemClock, version: 't', dbPath: platformDb });
  const port = Number(new URL(platform.url).port);
  try {
    const code = await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk');
    const enrolled = await new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock: systemClock, timeoutMs: 2000, credentials: () => null }).call(
      'terminals.enrol',
      { body: { code, terminalId: 'k1', role: 'kiosk', version: '1' } },
    );
    if (!enrolled.ok || enrolled.value.notModified) throw new Error('enrolment failed');
    writeFileSync(join(dir, 'credentials.json'), JSON.stringify({ terminalId: 'k1', credential: enrolled.value.value.credential }));

    const run = (): { child: ChildProcess; out: () => string; exited: Promise<number | null> } => {
      let out = '';
      const child = spawn(process.execPath, [join(repoRoot, 'test/support/outbox-crash-child.ts'), dir, String(port), String(TOTAL)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
      child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
      const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      return { child, out: () => out, exited };
    };
    const toggle = async () => {
      if (platform) {
        await platform.close();
        platform = null;
      } else {
        platform = await startPlatform({ clock: systemClock, version: 't', dbPath: platformDb, port });
      }
    };

    let kills = 0;
    while (kills < KILLS) {
      const p = run();
      await new Promise((r) => setTimeout(r, 150 + random() * 600));
      if (random() < 0.5) await toggle();
      p.child.kill('SIGKILL');
      await p.exited;
      kills++;
    }
    if (!platform) await toggle();
    const last = run();
    const code2 = await last.exited;
    expect(code2, last.out()).toBe(0);
    expect(last.out()).toContain('done');

    const got = (await platform!.platform.records.evaluations()).map((e) => e.evaluation.ticketId!);
    const unique = new Set(got);
    const lost = [...Array(TOTAL).keys()].filter((i) => !unique.has(`T${String(i + 1).padStart(4, '0')}`)).length;
    const duplicated = got.length - unique.size;
    const summary = JSON.parse(/done (.*)/.exec(last.out())![1]!) as { refused: number; delivered: number };
    console.log(`outbox crash test (seed ${seed}): ${KILLS} SIGKILLs, lost = ${lost}, duplicated = ${duplicated}, refused = ${summary.refused}`);
    expect({ lost, duplicated, refused: summary.refused, delivered: summary.delivered }).toEqual({ lost: 0, duplicated: 0, refused: 0, delivered: TOTAL });
  } finally {
    await platform?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
