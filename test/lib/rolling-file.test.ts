// The rolling log file: a new file at the size limit and at local midnight (on an injected clock), a
// restart the same day going on in the day's file and a restart the next day starting the next one,
// and only keepFiles old files kept, also those earlier processes left; other files never touched.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDayStart, nextLocalMidnight, openRollingFile, type Rolled, type RollingFile } from '../../lib/rolling-file.ts';
import { ManualClock } from '../support/manual-clock.ts';

let dir: string;
let open: RollingFile[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-rolling-'));
  open = [];
});
afterEach(async () => {
  for (const f of open) await f.close();
  rmSync(dir, { recursive: true, force: true });
});

const logs = () => readdirSync(dir).sort();
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const rolledOnce = (file: RollingFile) => new Promise<Rolled>((resolve) => file.on('rolled', resolve));
async function opened(options: Partial<Parameters<typeof openRollingFile>[0]> = {}): Promise<RollingFile> {
  const file = await openRollingFile({ dir, name: 'terminal', maxBytes: 1000, keepFiles: 2, ...options });
  open.push(file);
  return file;
}

describe('openRollingFile', () => {
  it('starts at <name>.1.log in a new folder it makes', async () => {
    dir = join(dir, 'logs', 'deeper');
    const file = await opened();
    file.stream.write('one\n');
    file.stream.flushSync();
    expect(file.current()).toBe(join(dir, 'terminal.1.log'));
    expect(read('terminal.1.log')).toBe('one\n');
  });

  it('rolls at the size limit and keeps only keepFiles old files', async () => {
    const file = await opened({ maxBytes: 100, keepFiles: 2 });
    const line = `${'x'.repeat(59)}\n`; // 60 bytes: the second line of a file crosses 100
    const removed: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const rolled = rolledOnce(file);
      file.stream.write(`${i}${line}`);
      file.stream.flushSync();
      file.stream.write(`${i}${line}`);
      const r = await rolled;
      removed.push(...r.removed);
      expect(r.problems).toEqual([]);
      expect(r.file).toBe(join(dir, `terminal.${i + 1}.log`));
    }
    file.stream.write('last\n');
    file.stream.flushSync();
    expect(logs()).toEqual(['terminal.4.log', 'terminal.5.log', 'terminal.6.log']);
    expect(removed.map((f) => f.slice(dir.length + 1))).toEqual(['terminal.1.log', 'terminal.2.log', 'terminal.3.log']);
    expect(read('terminal.4.log')).toBe(`4${line}4${line}`);
    expect(read('terminal.6.log')).toBe('last\n');
  });

  it('rolls at local midnight (the injected clock), not on a day with nothing written', async () => {
    const clock = new ManualClock(new Date(2026, 11, 7, 23, 59, 0));
    const file = await opened({ clock, maxBytes: 1_000_000 });
    file.stream.write('monday\n');
    file.stream.flushSync();
    clock.advance(59_000);
    expect(file.current()).toBe(join(dir, 'terminal.1.log'));
    const rolled = rolledOnce(file);
    clock.advance(1_000); // 00:00
    expect((await rolled).file).toBe(join(dir, 'terminal.2.log'));
    file.stream.write('tuesday\n');
    file.stream.flushSync();
    expect(read('terminal.1.log')).toBe('monday\n');
    expect(read('terminal.2.log')).toBe('tuesday\n');
    // Tuesday's file has a line: Wednesday's midnight rolls again; Thursday's, with nothing new, does not.
    clock.advance(24 * 3600_000);
    expect(file.current()).toBe(join(dir, 'terminal.3.log'));
    await new Promise((r) => setImmediate(r));
    clock.advance(24 * 3600_000);
    expect(file.current()).toBe(join(dir, 'terminal.3.log'));
    expect(clock.pending).toBe(1);
  });

  it('goes on in the day file after a restart the same day, and starts the next file on a new day or when it is full', async () => {
    const clock = new ManualClock(Date.now());
    const first = await opened({ clock });
    first.stream.write('before the restart\n');
    await first.close();
    const again = await opened({ clock });
    again.stream.write('after it\n');
    again.stream.flushSync();
    expect(again.current()).toBe(join(dir, 'terminal.1.log'));
    expect(read('terminal.1.log')).toBe('before the restart\nafter it\n');
    await again.close();
    // The next morning: a new file, yesterday's kept.
    clock.set(nextLocalMidnight(Date.now()) + 3 * 3600_000);
    const tomorrow = await opened({ clock });
    expect(tomorrow.current()).toBe(join(dir, 'terminal.2.log'));
    await tomorrow.close();
    // A file at its limit is not continued, the same day either.
    writeFileSync(join(dir, 'terminal.2.log'), 'y'.repeat(1000));
    const full = await opened({ clock, keepFiles: 5 });
    expect(full.current()).toBe(join(dir, 'terminal.3.log'));
  });

  it('removes at open the old files earlier processes left beyond keepFiles, and nothing else', async () => {
    for (let n = 1; n <= 6; n++) writeFileSync(join(dir, `terminal.${n}.log`), `${n}\n`);
    const yesterday = localDayStart(Date.now()) / 1000 - 3600;
    for (let n = 1; n <= 6; n++) utimesSync(join(dir, `terminal.${n}.log`), yesterday, yesterday);
    const others = ['platform.1.log', 'terminal.log', 'terminal.7.log.gz', 'terminal.x.log', 'notes.txt'];
    for (const f of others) writeFileSync(join(dir, f), 'keep\n');
    const file = await opened({ keepFiles: 2 });
    // Yesterday's newest (6) is not continued: 7 is new, 5 and 6 are kept.
    expect(file.current()).toBe(join(dir, 'terminal.7.log'));
    expect(file.removedAtOpen.removed.map((f) => f.slice(dir.length + 1))).toEqual(['terminal.1.log', 'terminal.2.log', 'terminal.3.log', 'terminal.4.log']);
    expect(logs()).toEqual([...others, 'terminal.5.log', 'terminal.6.log', 'terminal.7.log'].sort());
    expect(statSync(join(dir, 'terminal.7.log')).size).toBe(0);
  });

  it('orders files by number, not by name (terminal.10 after terminal.9)', async () => {
    for (const n of [8, 9, 10]) writeFileSync(join(dir, `terminal.${n}.log`), `${n}\n`);
    const file = await opened({ keepFiles: 1 });
    // 10 is today's and small: continued; 9 kept, 8 removed.
    expect(file.current()).toBe(join(dir, 'terminal.10.log'));
    expect(logs()).toEqual(['terminal.10.log', 'terminal.9.log']);
  });

  it('refuses bad options saying which and why, before touching the folder', async () => {
    writeFileSync(join(dir, 'terminal.1.log'), 'kept\n');
    await expect(openRollingFile({ dir, name: 'terminal', maxBytes: 0, keepFiles: 2 })).rejects.toThrow(/maxBytes must be more than 0 \(was 0\)/);
    await expect(openRollingFile({ dir, name: 'terminal', maxBytes: 10, keepFiles: -1 })).rejects.toThrow(/keepFiles must be a whole number >= 0 \(was -1\)/);
    await expect(openRollingFile({ dir, name: '../etc/x', maxBytes: 10, keepFiles: 1 })).rejects.toThrow(/log file name "..\/etc\/x"/);
    expect(read('terminal.1.log')).toBe('kept\n');
  });

  it('says which file cannot be opened', async () => {
    writeFileSync(join(dir, 'terminal.1.log'), '');
    // A folder where the next file would go.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    await expect(openRollingFile({ dir: blocked, name: 'terminal', maxBytes: 10, keepFiles: 1 })).rejects.toThrow(/blocked/);
  });
});
