// The event log redacts every entry before it keeps or writes it: the ring the developer page and the
// admin panel read, the console lines and the JSON lines through pino all hold masked values only.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../../domain/log-redaction.ts';
import { jsonLogSettings } from '../../../../lib/log-files.ts';
import { consoleSink, EventLog, pinoSink } from '../../../../main/core/system/event-log.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

const ID = '110105199003071234';

describe('event log redaction', () => {
  it('keeps, prints and writes an entry with its ID number, phone and name masked', () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    const printed: string[] = [];
    const json: string[] = [];
    const log = new EventLog(clock, { sink: consoleSink({ write: (s: string) => printed.push(s) }, 'debug') });
    const out = new Writable({ write: (chunk: Buffer, _e, done) => void (json.push(chunk.toString('utf8')), done()) });
    log.onEntry(pinoSink(pino(jsonLogSettings('debug', redact, { name: 'terminal' }), out)));

    log.for('queue').info(`ticket for ${ID}`, { holder: '张伟', phone: '13905890113', ticket: 'A012' });

    const kept = log.recent(1)[0]!;
    expect(kept.message).toBe('ticket for 110***********1234');
    expect(kept.data).toEqual({ holder: '张*', phone: '[redacted]', ticket: 'A012' });
    expect(printed.join('')).toContain('queue: ticket for 110***********1234 {"holder":"张*","phone":"[redacted]","ticket":"A012"}');
    const line = JSON.parse(json.join('')) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'info', name: 'terminal', source: 'queue', seq: 0, at: '2026-11-24T02:00:00.000Z', msg: 'ticket for 110***********1234', data: { holder: '张*' } });
    for (const s of [ID, '13905890113', '张伟']) expect(printed.join('') + json.join('')).not.toContain(s);
  });
});
