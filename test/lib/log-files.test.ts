// The JSON-lines log files: written through pino with the caller's redaction applied to the object,
// the message and fastify's request/response/error serializers; levels by name; below the level not
// written; a new file when the size limit is reached, and only keepFiles old ones kept.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redact } from '../../domain/log-redaction.ts';
import { openJsonLog, type JsonLog } from '../../lib/log-files.ts';

let dir: string;
let log: JsonLog | null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hall-logfiles-'));
  log = null;
});
afterEach(async () => {
  await log?.close();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (): Record<string, unknown>[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('openJsonLog', () => {
  it('writes redacted JSON lines, levels by name, nothing below its level', async () => {
    log = await openJsonLog({ dir, name: 'terminal', level: 'info', maxSizeMb: 1, keepFiles: 3, redact });
    log.logger.debug('not written');
    log.logger.info({ data: { name: '张伟', phone: '13905890113', ticket: 'A012' } }, 'ticket for 110105199003071234 at 13905890113');
    log.logger.warn({ req: { method: 'GET', url: '/m/form/F1?t=secret-token&lang=zh', headers: { authorization: 'Bearer x' } }, res: { statusCode: 404, headers: {} } }, 'request');
    log.logger.error({ err: new Error('no case for 110105199003071234') }, 'failed');
    log.flush();
    const got = lines();
    expect(got.map((l) => l['level'])).toEqual(['info', 'warn', 'error']);
    expect(got[0]).toMatchObject({ name: 'terminal', msg: 'ticket for 110***********1234 at 139****0113', data: { name: '张*', phone: '[redacted]', ticket: 'A012' } });
    expect(got[1]).toMatchObject({ req: { method: 'GET', url: '/m/form/F1?t=[redacted]&lang=zh' }, res: { statusCode: 404 } });
    expect(got[1]!['req']).not.toHaveProperty('headers');
    expect(got[2]).toMatchObject({ err: { type: 'Error', message: 'no case for 110***********1234' } });
    const text = JSON.stringify(got);
    for (const s of ['张伟', '13905890113', '110105199003071234', 'secret-token', 'Bearer']) expect(text).not.toContain(s);
  });

  it('starts a new file at the size limit and keeps only keepFiles old ones', async () => {
    log = await openJsonLog({ dir, name: 'terminal', level: 'info', maxSizeMb: 1, keepFiles: 2, redact });
    const filler = 'x'.repeat(10_000);
    // Four times a little over 1 MB: each batch fills a file, the next is opened and the oldest beyond 2 removed.
    for (let batch = 0; batch < 4; batch++) {
      const rolled = new Promise((resolve) => log!.file.on('rolled', resolve));
      for (let i = 0; i < 110; i++) log.logger.info({ batch, i }, filler);
      await rolled;
    }
    log.logger.info('last');
    log.flush();
    await log.close();
    log = null;
    const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
    // The current file and the 2 before it; the first two files (batch 0 and most of batch 1) are gone.
    expect(files.sort()).toEqual(['terminal.3.log', 'terminal.4.log', 'terminal.5.log']);
    // Each file stopped at the first line past 1 MB (lines of ~10 KB).
    for (const f of ['terminal.3.log', 'terminal.4.log']) expect(statSync(join(dir, f)).size).toBeGreaterThanOrEqual(1024 * 1024);
    for (const f of ['terminal.3.log', 'terminal.4.log']) expect(statSync(join(dir, f)).size).toBeLessThan(1024 * 1024 + 20_000);
    const kept = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    // What was still buffered when a file was full went to the next one: batch 0 is all gone, batch 1's end is in file 3.
    expect(kept).not.toContain('"batch":0,');
    for (const there of ['"batch":2,', '"batch":3,', '"msg":"last"']) expect(kept).toContain(there);
  });
});
