// The embedded platform's database (config platform.database, main/hosts/boot.ts): absent, the SQLite
// file beside the terminal's store as always; a postgres:// URL, the embedded platform on that
// database (migrated at start, its key beside the terminal's), the terminal enrolled into it and
// served by it; the config's refusals named.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config/load.ts';
import { bootTerminal } from '../../../main/hosts/boot.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../../support/pg-cluster.ts';

const dir = mkdtempSync(join(tmpdir(), 'embedded-db-'));
afterAll(async () => {
  await stopPgCluster();
  rmSync(dir, { recursive: true, force: true });
});

const terminal = { id: 'k1', role: 'kiosk', hallName: '某某政务服务中心' } as const;

function config(platform: Record<string, unknown>, store: string) {
  const parsed = parseConfig({ environment: 'development', terminal, platform, store: { path: store }, log: { console: false } });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.config;
}

describe('config platform.database', () => {
  it('names what is wrong: neither sqlite: nor postgres://, or set beside platform.url', () => {
    const bad = parseConfig({ terminal, platform: { database: 'mysql://h/db' } });
    expect(bad.ok ? [] : bad.problems).toEqual([expect.stringMatching(/^platform\.database: platform\.database must be sqlite:<path> or postgres:\/\//)]);
    const both = parseConfig({ terminal, platform: { database: 'postgres://h/db', url: 'http://10.0.0.1:5790/' } });
    expect(both.ok ? [] : both.problems).toEqual([expect.stringMatching(/^platform\.database: .*with platform\.url set no platform runs here/)]);
    expect(parseConfig({ terminal, platform: { database: 'sqlite:var/p.db' } }).ok).toBe(true);
  });
});

describe.skipIf(!pgInstalled)('the embedded platform on PostgreSQL', () => {
  it('runs on the configured database, with no platform SQLite file beside the store', async () => {
    const store = join(dir, 'pg', 'terminal.db');
    const booted = await bootTerminal(config({ database: await freshPgDatabase() }, store), { logStream: null });
    try {
      expect(booted.embeddedPlatform!.platform.storage.dialect).toBe('postgres');
      expect(existsSync(join(dir, 'pg', 'terminal.platform.db'))).toBe(false);
      expect(existsSync(join(dir, 'pg', 'keys', 'platform.key'))).toBe(true);
      // The terminal enrolled with it: its catalogue came from the platform's seed.
      const health = await fetch(`${booted.platformUrl}api/v1/health`);
      expect(health.status).toBe(200);
      expect(await booted.embeddedPlatform!.platform.catalogue.version()).toBeGreaterThan(0);
      expect((await booted.embeddedPlatform!.platform.storage.query("SELECT id FROM terminals WHERE id = 'k1'")).length).toBe(1);
    } finally {
      await booted.shutdown();
    }
  }, 60_000);
});
