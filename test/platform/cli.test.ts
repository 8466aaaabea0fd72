// `npm run platform` (platform/cli.ts) as a real process: what it refuses and why (exit 2, nothing
// opened), and --processes=2 on PostgreSQL: prepared once in the primary (one set of enrolment codes),
// two workers serving the one port, each connection answered, a clean stop on SIGTERM. Halls (issue
// 17): --hall=ID:NAME adds one, --enrol=ID:ROLE@HALL makes a code into it (the terminal is then that
// hall's), an --enrol into a hall the platform does not have exits 2 before any code is made. --scope=HALL:FILE sets a hall's items.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openPlatformDatabase } from '../../platform/store/database.ts';
import { serviceItems } from '../../platform/seed/index.ts';
import { freshPgDatabase, pgInstalled, stopPgCluster } from '../support/pg-cluster.ts';
import { freePort, killWatched, startWatched } from '../support/watched-process.ts';

const cli = new URL('../../platform/cli.ts', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'platform-cli-'));
afterEach(killWatched);
afterAll(async () => {
  await stopPgCluster();
  rmSync(folder, { recursive: true, force: true });
});

const run = (args: string[]) => startWatched(cli, args, { cwd: folder, env: { HALL_TIME_ZONE: 'Asia/Shanghai' } });

describe('refusals', () => {
  it.each([
    [['--processes=2'], /--processes=2 needs --database=postgres:\/\/\.\.\.: on SQLite each process would keep its own event stream/],
    [['--database=sqlite:x.db', '--processes=3'], /on SQLite each process would keep its own event stream/],
    [['--database=postgres://h/db'], /needs --key=<file>/],
    [['--database=mysql://h/db'], /--database: .*neither sqlite:<path> nor postgres/],
    [['--database=sqlite:a.db', '--db=b.db'], /not both/],
    [['--processes=0'], /--processes must be a whole number from 1 to 64/],
    [['--enrol=k1:kiosk@East Hall'], /--enrol "k1:kiosk@East Hall": hall id "East Hall": lower-case letters, digits/],
    [['--hall=east'], /--hall takes HALL_ID:NAME/],
    [['--scope=street-1'], /--scope takes HALL:FILE/],
    [['--scope=street-1:no-such-file.txt'], /--scope=street-1:no-such-file.txt: cannot read the file/],
    [['--scope=Street 1:x.txt'], /--scope takes HALL:FILE .*hall id "Street 1": lower-case letters, digits/],
  ])('%j exits 2 saying why, opening nothing', async (args, message) => {
    const r = run(args);
    expect(await r.exited).toBe(2);
    expect(r.output()).toMatch(message);
    expect(existsSync(join(folder, 'var'))).toBe(false);
  });
});

describe('halls', () => {
  it('adds a hall and enrols a terminal into it (@HALL); the default hall without @', async () => {
    const port = await freePort();
    const r = run(['--database=sqlite:halls.db', `--port=${port}`, '--hall=east:东区政务服务大厅', '--enrol=k1:kiosk@east', '--enrol=k2:kiosk']);
    await r.waitFor(/enrolment code for k2 \(kiosk\): \S+/, 1, 60_000);
    expect(r.output()).toContain("hall east (东区政务服务大厅) added with the seed hall's queue set-up");
    const codeOf = (id: string) => new RegExp(`enrolment code for ${id} \\([^)]*\\): (\\S+)`).exec(r.output())![1]!;
    expect(r.output()).toMatch(/enrolment code for k1 \(kiosk in hall east\): /);
    const api = `http://127.0.0.1:${port}/api/v1/`;
    const enrol = async (id: string) => {
      const res = await fetch(`${api}terminals/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: codeOf(id), terminalId: id, role: 'kiosk', version: 't' }) });
      expect(res.status).toBe(201);
      return ((await res.json()) as { credential: string }).credential;
    };
    const listed = async (id: string, credential: string) => {
      const res = await fetch(`${api}supervision/terminals`, { headers: { 'x-terminal-id': id, authorization: `Bearer ${credential}` } });
      return ((await res.json()) as { terminals: { terminalId: string }[] }).terminals.map((t) => t.terminalId);
    };
    // Each terminal sees its own hall's terminals only.
    expect(await listed('k1', await enrol('k1'))).toEqual(['k1']);
    expect(await listed('k2', await enrol('k2'))).toEqual(['k2']);
    r.p.kill('SIGTERM');
    expect(await r.exited).toBe(0);
  }, 120_000);

  it('refuses an --enrol into a hall the platform does not have: exit 2, no code made', async () => {
    const r = run(['--database=sqlite:halls-unknown.db', '--port=0', '--enrol=k1:kiosk', '--enrol=k2:counter@west']);
    expect(await r.exited).toBe(2);
    expect(r.output()).toMatch(/--enrol=k2:counter@west: no hall "west" in this platform \(halls: default\); add it with --hall=west:NAME/);
    expect(r.output()).not.toMatch(/enrolment code for/);
  }, 60_000);
});

describe('--scope', () => {
  it('sets a hall\'s items from a file at start; a file naming an item the catalogue lacks exits 2 and keeps the scope', async () => {
    const [a, b, c] = serviceItems;
    writeFileSync(join(folder, 'street-1.txt'), `# 街道便民服务中心\n${a!.id}\n\n${b!.id}\r\n`);
    const port = await freePort();
    const r = run(['--database=sqlite:scope/platform.db', `--port=${port}`, '--hall=street-1:街道便民服务中心', '--scope=street-1:street-1.txt']);
    await r.waitFor(/hall street-1 offers 2 items \(street-1\.txt\): 0 added, \d+ taken out, catalogue version 2/);
    r.p.kill('SIGTERM');
    expect(await r.exited).toBe(0);

    writeFileSync(join(folder, 'bad.txt'), `${c!.id}\nno-such-item\n`);
    const bad = run(['--database=sqlite:scope/platform.db', `--port=${port}`, '--scope=street-1:bad.txt']);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/--scope=street-1:bad.txt: hall street-1's scope names 1 item\(s\) the catalogue does not have: no-such-item; nothing was changed/);
    const nowhere = run(['--database=sqlite:scope/platform.db', `--port=${port}`, '--scope=street-2:street-1.txt', '--enrol=k1:kiosk']);
    expect(await nowhere.exited).toBe(2);
    expect(nowhere.output()).toMatch(/--scope=street-2:street-1.txt: no hall "street-2" in this platform \(halls: default, street-1\): create it first \(npm run platform -- --hall=street-2:NAME\)/);
    expect(nowhere.output()).not.toMatch(/enrolment code for/);
    const db = openPlatformDatabase(join(folder, 'scope/platform.db'));
    try {
      const offered = db.prepare<[], { item_id: string }>("SELECT item_id FROM catalogue_scope WHERE hall_id = 'street-1' AND offered = 1 ORDER BY item_id").all();
      expect(offered.map((o) => o.item_id)).toEqual([a!.id, b!.id].sort());
    } finally {
      db.close();
    }
  }, 120_000);
});

describe.skipIf(!pgInstalled)('--processes=2 on PostgreSQL', () => {
  it('prepares once, serves the port from two workers, stops cleanly', async () => {
    const port = await freePort();
    const r = run([`--database=${await freshPgDatabase()}`, '--key=keys/platform.key', '--processes=2', `--port=${port}`, '--enrol=k1:kiosk']);
    await r.waitFor(/platform worker \d+ serving/, 2, 60_000);
    expect(r.output().match(/enrolment code for k1 \(kiosk\): /g)).toHaveLength(1);
    expect(existsSync(join(folder, 'keys/platform.key'))).toBe(true);
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`, { headers: { connection: 'close' } });
      expect(res.status).toBe(200);
    }
    r.p.kill('SIGTERM');
    expect(await r.exited).toBe(0);
  }, 120_000);
});
